using Microsoft.Extensions.DependencyInjection;
using Mobius.Micro.Contracts;
using Mobius.Micro.WorkOccDecoder.IntegrationTests.Infrastructure;
using Mobius.Micro.WorkOccDecoder.Occupancy;

namespace Mobius.Micro.WorkOccDecoder.IntegrationTests.Decoder;

/// <summary>
/// The decoder in process on real RabbitMQ and Redis, a stand-in bus playing gateway and object
/// store: what it publishes for each telegram, and what it counts. Every test uses sensors of its own.
/// </summary>
public sealed class DecoderTests(DecoderFixture fixture) : IClassFixture<DecoderFixture>
{
    private static readonly DateTimeOffset T0 = DecoderFixture.Start;

    private StandInBus Bus => fixture.Bus;

    [Fact]
    public async Task A_known_desk_sensor_gets_its_values_back_dated_and_the_frame_is_broadcast()
    {
        Register(0x4B1D0007, "000001/023/0200/0001", "0200");

        await Bus.HearAsync("A701014B1D00072A01012C5532", T0, rssi: -71);

        var values = Assert.Single(await Bus.Values.WaitForAsync(ForObject("000001/023/0200/0001")));
        Assert.Equal(T0, values.ObservedAt);
        Assert.Equal(
            [
                ReportedValue.Of("40", true),
                ReportedValue.Of("41", "occupied"),
                ReportedValue.Of("4E", 5.0),
                ReportedValue.Of("4F", 100.0 * 5 / (9 * 60)),
                ReportedValue.Of("42", "2025-11-25T08:55:00.000Z"),
                ReportedValue.Of("43", 85.0),
            ],
            values.Values);
        var broadcast = Assert.Single(await Bus.Broadcasts.WaitForAsync(command => command.PayloadJson.Contains("\"uid\":\"4B1D0007\"")));
        Assert.Equal("WORKOCC_TELEGRAM", broadcast.CommandId);
        Assert.Contains("\"connectorURI\":\"000001/021/FFC0/00A1\"", broadcast.PayloadJson);
        Assert.Contains("\"dBm\":-71", broadcast.PayloadJson);
    }

    [Fact]
    public async Task A_frame_heard_by_two_connectors_is_written_once_and_broadcast_twice()
    {
        Register(0x10000001, "000001/023/0201/0001", "0201");
        var frame = WorkOccTelegrams.PeopleCount(0x10000001, 1, 120, 100, 20);

        await Task.WhenAll(Bus.HearAsync(frame, T0, "MF_0000A1"), Bus.HearAsync(frame, T0.AddMilliseconds(300), "MF_0000B2"));

        await Bus.Broadcasts.WaitForAsync(command => command.PayloadJson.Contains("10000001"), count: 2);
        await Bus.Values.WaitForAsync(ForObject("000001/023/0201/0001"));
        await Eventually.QuietPeriod();
        var values = Assert.Single(Bus.Values.Where(ForObject("000001/023/0201/0001")));
        Assert.Contains(ReportedValue.Of("44", 120), values.Values);
        Assert.DoesNotContain(values.Values, value => value.Rid is "4E" or "4F" or "47");
        Assert.True(fixture.Metrics.Total("mobius.workocc.frames", ("type", "peopleCount"), ("verdict", "duplicate")) >= 1);
    }

    [Fact]
    public async Task A_telegram_delivered_twice_is_applied_once_and_its_values_are_published_again()
    {
        Register(0x10000009, "000001/023/0201/0009", "0201");
        var frame = WorkOccTelegrams.PeopleCount(0x10000009, 1, 10, 0, 10);

        await Bus.HearAsync(frame, T0, messageSeq: 77);
        await Bus.Values.WaitForAsync(ForObject("000001/023/0201/0009"));
        await Bus.HearAsync(frame, T0, messageSeq: 77);
        await Bus.Values.WaitForAsync(ForObject("000001/023/0201/0009"), count: 2);
        await Bus.HearAsync(WorkOccTelegrams.PeopleCount(0x10000009, 2, 12, 0, 12), T0.AddMinutes(1), messageSeq: 78);

        var values = await Bus.Values.WaitForAsync(ForObject("000001/023/0201/0009"), count: 3);
        Assert.Equal(values[0].Values, values[1].Values);
        Assert.Contains(ReportedValue.Of("44", 12), values[2].Values);
        Assert.True(fixture.Metrics.Total("mobius.workocc.frames", ("type", "peopleCount"), ("verdict", "redelivered")) >= 1);
    }

    [Fact]
    public async Task A_reordered_older_frame_is_not_written_over_the_newer_one()
    {
        Register(0x10000002, "000001/023/0200/0002", "0200");

        await Bus.HearAsync(WorkOccTelegrams.Occupancy(0x10000002, 11, 0, 0, 90), T0.AddSeconds(1));
        await Bus.Values.WaitForAsync(ForObject("000001/023/0200/0002"));
        await Bus.HearAsync(WorkOccTelegrams.Occupancy(0x10000002, 10, 1, 0, 90), T0);

        await Bus.Broadcasts.WaitForAsync(command => command.PayloadJson.Contains("10000002"), count: 2);
        await Eventually.QuietPeriod();
        var values = Assert.Single(Bus.Values.Where(ForObject("000001/023/0200/0002")));
        Assert.Contains(ReportedValue.Of("41", "vacant"), values.Values);
        Assert.True(fixture.Metrics.Total("mobius.workocc.frames", ("type", "occupancy"), ("verdict", "stale")) >= 1);
    }

    [Fact]
    public async Task A_bad_frame_is_counted_by_reason_and_changes_nothing()
    {
        Register(0x10000003, "000001/023/0200/0003", "0200");
        var before = fixture.Metrics.Total("mobius.workocc.frames.rejected", ("reason", "crc_mismatch"));

        await Bus.HearAsync(WorkOccTelegrams.Corrupted(WorkOccTelegrams.Occupancy(0x10000003, 1, 1, 0, 90)), T0);
        await Bus.HearAsync(WorkOccTelegrams.Health(0x10000003, 2, 150, 3000, 0), T0);

        await Eventually.ReturnsAsync(
            () => Task.FromResult(fixture.Metrics.Total("mobius.workocc.frames.rejected", ("reason", "crc_mismatch")) - before),
            rejected => rejected == 1,
            "the CRC rejection");
        await Eventually.ReturnsAsync(
            () => Task.FromResult(fixture.Metrics.Total("mobius.workocc.frames.rejected", ("reason", "bad_payload:battery_out_of_range"))),
            rejected => rejected >= 1,
            "the bad payload rejection");
        await Eventually.QuietPeriod();
        Assert.Empty(Bus.Values.Where(ForObject("000001/023/0200/0003")));
        Assert.Empty(Bus.Broadcasts.Where(command => command.PayloadJson.Contains("10000003")));
    }

    [Fact]
    public async Task An_unknown_sensor_is_announced_once_and_provisioned_as_the_kind_its_frame_shows()
    {
        await Bus.HearAsync(WorkOccTelegrams.PeopleCount(0x10000004, 1, 5, 0, 5), T0);
        await Bus.HearAsync(WorkOccTelegrams.PeopleCount(0x10000004, 2, 6, 0, 6), T0.AddMinutes(1));

        var discovered = Assert.Single(await Bus.Discovered.WaitForAsync(message => message.Uid == "10000004"));
        Assert.Equal(("peopleCounter", "0201", "peopleCount", true), (discovered.SensorType, discovered.Pid, discovered.MessageType, discovered.ProvisioningRequested));
        Assert.Equal("MF_0000A1", discovered.ConnectorSerial);
        var provisioning = Assert.Single(await Bus.Provisioning.WaitForAsync(message => message.Configuration.Contains(ReportedValue.Of("0B", "10000004"))));
        Assert.Equal(("000001", "023", "0201", "auto-provision"), (provisioning.Hid, provisioning.Sid, provisioning.Pid, provisioning.Reason));
        Assert.Equal([ReportedValue.Of("0A", "peopleCounter"), ReportedValue.Of("0B", "10000004")], provisioning.Configuration);

        await Bus.Broadcasts.WaitForAsync(command => command.PayloadJson.Contains("10000004"), count: 2);
        await Eventually.QuietPeriod();
        Assert.Single(Bus.Discovered.Where(message => message.Uid == "10000004"));
        Assert.True(fixture.Metrics.Total("mobius.workocc.readings.not_written", ("reason", "unknown_device")) >= 2);
    }

    [Fact]
    public async Task A_health_frame_announces_a_sensor_of_unknown_kind_without_provisioning_it()
    {
        await Bus.HearAsync(WorkOccTelegrams.Health(0x10000005, 1, 80, 3000, 0), T0);

        var discovered = Assert.Single(await Bus.Discovered.WaitForAsync(message => message.Uid == "10000005"));
        Assert.Null(discovered.SensorType);
        Assert.False(discovered.ProvisioningRequested);
        await Eventually.QuietPeriod();
        Assert.Empty(Bus.Provisioning.Where(message => message.Configuration.Contains(ReportedValue.Of("0B", "10000005"))));
    }

    [Fact]
    public async Task An_object_whose_pid_is_no_workocc_profile_is_counted_and_not_written()
    {
        Register(0x10000006, "000001/023/0100/0001", "0100");

        await Bus.HearAsync(WorkOccTelegrams.Heartbeat(0x10000006, 1, 1, 80), T0);

        await Eventually.ReturnsAsync(
            () => Task.FromResult(fixture.Metrics.Total("mobius.workocc.readings.not_written", ("reason", "unknown_profile"))),
            count => count >= 1,
            "the unknown profile count");
        Assert.Empty(Bus.Values.Where(ForObject("000001/023/0100/0001")));
    }

    [Fact]
    public async Task The_sweep_makes_a_silent_sensor_unknown_after_the_timeout()
    {
        Register(0x10000007, "000001/023/0200/0007", "0200");
        var heardAt = T0.AddHours(1);
        await Bus.HearAsync(WorkOccTelegrams.Occupancy(0x10000007, 1, 1, 60, 70), heardAt);
        await Bus.Values.WaitForAsync(ForObject("000001/023/0200/0007"));

        fixture.Clock.Now = heardAt.AddMinutes(31);
        await fixture.Redis.GetDatabase().KeyDeleteAsync($"{fixture.RedisKeyPrefix}workocc:sweep-lock");
        Assert.True(await fixture.Decoder.Services.GetRequiredService<OccupancySweeper>().SweepOnceAsync(CancellationToken.None));

        var swept = (await Bus.Values.WaitForAsync(ForObject("000001/023/0200/0007"), count: 2))[1];
        Assert.Contains(ReportedValue.Of("41", "unknown"), swept.Values);
        Assert.Contains(ReportedValue.Of("40", false), swept.Values);
        Assert.Contains(ReportedValue.Of("42", "2025-11-25T10:00:00.000Z"), swept.Values);
        Assert.True(fixture.Metrics.Total("mobius.workocc.occupancy.timeouts") >= 1);
    }

    [Fact]
    public async Task Missed_frames_and_sequence_restarts_are_counted()
    {
        Register(0x10000008, "000001/023/0202/0008", "0202");

        await Bus.HearAsync(WorkOccTelegrams.Environment(0x10000008, 10, 2150, 90, 300), T0);
        await Bus.Values.WaitForAsync(ForObject("000001/023/0202/0008"));
        await Bus.HearAsync(WorkOccTelegrams.Environment(0x10000008, 14, 2160, 90, 300), T0.AddMinutes(1));
        await Bus.Values.WaitForAsync(ForObject("000001/023/0202/0008"), count: 2);
        await Bus.HearAsync(WorkOccTelegrams.Environment(0x10000008, 0, 2170, 90, 300), T0.AddMinutes(10));

        var values = (await Bus.Values.WaitForAsync(ForObject("000001/023/0202/0008"), count: 3))[2];
        Assert.Equal([ReportedValue.Of("47", 21.7), ReportedValue.Of("48", 45.0), ReportedValue.Of("49", 300)], values.Values);
        Assert.True(fixture.Metrics.Total("mobius.workocc.frames.missed") >= 3);
        Assert.True(fixture.Metrics.Total("mobius.workocc.sequence.restarts") >= 1);
    }

    private void Register(uint uid, string objectUri, string pid) => Bus.Devices[uid.ToString("X8")] = (objectUri, pid);

    private static Func<ObjectValuesReported, bool> ForObject(string objectUri) => values => values.ObjectUri == objectUri;
}
