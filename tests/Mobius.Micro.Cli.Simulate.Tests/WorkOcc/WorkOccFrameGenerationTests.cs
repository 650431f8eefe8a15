using System.Buffers.Binary;
using Mobius.Micro.Cli.Simulate.Tests.Support;
using Mobius.Micro.Cli.Simulate.WorkOcc;
using Mobius.Micro.WorkOcc.Frames;
using Mobius.Micro.WorkOcc.Profiles;

namespace Mobius.Micro.Cli.Simulate.Tests.WorkOcc;

public sealed class WorkOccFrameGenerationTests
{
    private const uint Uid = 0x5A000005;

    [Fact]
    public void The_frame_writer_gives_the_example_of_the_spec()
    {
        var frame = WorkOccFrameWriter.Write(WorkOccMessageType.Occupancy, 0x4B1D0007, 42, [0x01, 0x01, 0x2C, 0x55]);

        Assert.Equal("A701014B1D00072A01012C5532", Convert.ToHexString(frame));
    }

    [Theory]
    [InlineData(WorkOccSensorKind.DeskOccupancy)]
    [InlineData(WorkOccSensorKind.PeopleCounter)]
    [InlineData(WorkOccSensorKind.Environment)]
    public void Every_frame_is_valid_with_its_CRC_and_the_sequence_counts_up_and_wraps(WorkOccSensorKind kind)
    {
        var frames = Frames(kind, 600);

        Assert.All(frames, frame => Assert.Null(WorkOccFrameCheck.Problem(frame)));
        Assert.All(frames, frame => Assert.True(WorkOccFrameParser.TryParse(frame, out _, out var error), $"{Convert.ToHexString(frame)}: {error.Message}"));
        Assert.All(frames, frame => Assert.Equal("5A000005", Convert.ToHexString(frame.AsSpan(3, 4))));
        Assert.All(frames.Zip(frames.Skip(1)), pair => Assert.Equal((byte)(pair.First[7] + 1), pair.Second[7]));
        Assert.Contains(frames, frame => frame[2] == (byte)WorkOccMessageType.Health);
    }

    [Fact]
    public void A_desk_sensor_reports_occupancy_changes_heartbeats_and_the_time_since_the_change()
    {
        var start = DateTimeOffset.UnixEpoch.AddDays(20_000);
        var random = new Random(5);
        var sensor = WorkOccSensors.Create(WorkOccSensorKind.DeskOccupancy, Uid, random);
        var frames = Enumerable.Range(0, 200).Select(second => sensor.NextTelegram(random, start.AddSeconds(second * 10), -70)).ToList();
        var occupancy = frames.Where(frame => frame[2] == (byte)WorkOccMessageType.Occupancy).ToList();

        Assert.Contains(frames, frame => frame[2] == (byte)WorkOccMessageType.Heartbeat);
        Assert.Contains(occupancy, frame => frame[8] == 0);
        Assert.Contains(occupancy, frame => frame[8] == 1);
        Assert.Contains(occupancy, frame => BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(9, 2)) == 0);
        Assert.All(occupancy, frame => Assert.InRange(BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(9, 2)), 0, 3600 + 2000));
    }

    [Fact]
    public void A_people_counter_keeps_its_totals_consistent_with_the_people_present_across_wraps()
    {
        var frames = Frames(WorkOccSensorKind.PeopleCounter, 2000).Where(frame => frame[2] == (byte)WorkOccMessageType.PeopleCount).ToList();
        var counts = frames.Select(frame => (In: BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(8)), Out: BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(10)), Present: BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(12)))).ToList();

        foreach (var (before, after) in counts.Zip(counts.Skip(1)))
        {
            var entered = (ushort)(after.In - before.In);
            var left = (ushort)(after.Out - before.Out);
            Assert.InRange(entered, 0, 3);
            Assert.InRange(left, 0, 3);
            Assert.Equal(before.Present + entered - left, after.Present);
        }
    }

    [Fact]
    public void An_environment_sensor_reports_office_values()
    {
        var frames = Frames(WorkOccSensorKind.Environment, 300).Where(frame => frame[2] == (byte)WorkOccMessageType.Environment).ToList();

        Assert.All(frames, frame =>
        {
            Assert.InRange(BinaryPrimitives.ReadInt16BigEndian(frame.AsSpan(8)) / 100.0, 18, 26);
            Assert.InRange(frame[10] / 2.0, 30, 65);
            Assert.InRange(BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(11)), 0, 900);
        });
    }

    private static List<byte[]> Frames(WorkOccSensorKind kind, int count)
    {
        var random = new Random(4);
        var sensor = WorkOccSensors.Create(kind, Uid, random);
        return [.. Enumerable.Range(0, count).Select(_ => sensor.NextTelegram(random, DateTimeOffset.UtcNow, -70))];
    }
}
