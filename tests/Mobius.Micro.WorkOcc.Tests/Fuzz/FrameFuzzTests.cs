using System.Diagnostics;
using Mobius.Micro.WorkOcc.Frames;
using Mobius.Micro.WorkOcc.Tests.TestSupport;
using Xunit.Abstractions;

namespace Mobius.Micro.WorkOcc.Tests.Fuzz;

/// <summary>
/// A million random and mutated frames: the parser never throws, every rejection is one of the
/// typed errors, and whatever it accepts holds only values the specification allows.
/// </summary>
public sealed class FrameFuzzTests(ITestOutputHelper output)
{
    private const int Frames = 1_000_000;

    [Fact]
    public void A_million_random_and_mutated_frames_give_only_typed_errors_or_valid_frames()
    {
        var random = new Random(20251125);
        var seeds = ValidFrames();
        var errors = new Dictionary<WorkOccErrorCode, int>();
        var accepted = 0;
        var clock = Stopwatch.StartNew();

        for (var index = 0; index < Frames; index++)
        {
            var bytes = (index % 4) switch
            {
                0 => RandomBytes(random),
                1 => WellFramedRandomPayload(random),
                2 => Mutated(random, seeds[random.Next(seeds.Length)], fixCrc: false),
                _ => Mutated(random, seeds[random.Next(seeds.Length)], fixCrc: true),
            };

            if (WorkOccFrameParser.TryParse(bytes, out var frame, out var error))
            {
                AssertValid(frame, bytes);
                accepted++;
            }
            else
            {
                Assert.True(Enum.IsDefined(error.Code), $"undefined error code {error.Code} for {Convert.ToHexString(bytes)}");
                Assert.Equal(error.Code == WorkOccErrorCode.BadPayload, error.Problem is not null);
                Assert.False(string.IsNullOrEmpty(error.Message));
                errors[error.Code] = errors.GetValueOrDefault(error.Code) + 1;
            }
        }

        output.WriteLine($"{Frames} frames in {clock.ElapsedMilliseconds} ms: {accepted} accepted, "
            + string.Join(", ", errors.OrderBy(entry => entry.Key).Select(entry => $"{entry.Key.ToCode()} {entry.Value}")));
        Assert.All(Enum.GetValues<WorkOccErrorCode>().Where(code => code != WorkOccErrorCode.BadHex), code => Assert.True(errors.GetValueOrDefault(code) > 0, $"{code} never happened"));
        Assert.True(accepted > 0);
    }

    [Fact]
    public void Random_text_gives_only_typed_errors_or_valid_frames()
    {
        var random = new Random(11);
        const string alphabet = "0123456789ABCDEFabcdef A7xg-";
        for (var index = 0; index < 100_000; index++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 32)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            if (!WorkOccFrameParser.TryParseHex(text, out _, out var error))
            {
                Assert.True(Enum.IsDefined(error.Code));
            }
        }
    }

    private static byte[][] ValidFrames() =>
    [
        SpecFrames.Occupancy(1, 300, 85),
        SpecFrames.Heartbeat(0, 100, 1, 2),
        SpecFrames.PeopleCount(100, 90, 10),
        SpecFrames.Environment(2150, 90, 300),
        SpecFrames.Health(80, 3000, 0b101),
    ];

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 24)];
        random.NextBytes(bytes);
        if (bytes.Length > 0 && random.Next(2) == 0)
        {
            bytes[0] = WorkOccFrameParser.Sync;
        }

        return bytes;
    }

    /// <summary>Right sync, version, length and CRC for a type of 0..6, random UID, sequence and payload: reaches the payload checks.</summary>
    private static byte[] WellFramedRandomPayload(Random random)
    {
        var type = (byte)random.Next(0, 7);
        var payload = new byte[WorkOccMessageTypes.TryGetPayloadLength(type, out var length) ? length : random.Next(0, 8)];
        random.NextBytes(payload);
        return SpecFrames.Frame(type, (uint)random.NextInt64(0, 1L << 32), (byte)random.Next(256), payload);
    }

    private static byte[] Mutated(Random random, byte[] seed, bool fixCrc)
    {
        var bytes = new List<byte>(seed);
        for (var mutation = random.Next(1, 4); mutation > 0; mutation--)
        {
            var position = random.Next(bytes.Count + 1);
            switch (random.Next(5))
            {
                case 0 when position < bytes.Count:
                    bytes[position] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when position < bytes.Count:
                    bytes[position] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.Insert(position, (byte)random.Next(256));
                    break;
                case 3 when position < bytes.Count:
                    bytes.RemoveAt(position);
                    break;
                default:
                    bytes.RemoveRange(position, bytes.Count - position);
                    break;
            }
        }

        var mutated = bytes.ToArray();
        return fixCrc && mutated.Length >= 2 ? SpecFrames.WithCrcFixed(mutated) : mutated;
    }

    private static void AssertValid(WorkOccFrame frame, byte[] bytes)
    {
        Assert.Equal(WorkOccFrameParser.Sync, bytes[0]);
        Assert.Equal(Convert.ToHexString(bytes, 3, 4), frame.Uid);
        Assert.Equal(bytes[7], frame.Sequence);
        Assert.Equal(SpecFrames.Crc8(bytes.AsSpan(1, bytes.Length - 2)), bytes[^1]);
        switch (frame)
        {
            case OccupancyFrame occupancy:
                Assert.True(Enum.IsDefined(occupancy.State));
                Assert.True(occupancy.Battery is null or >= 0 and <= 100);
                break;
            case HeartbeatFrame heartbeat:
                Assert.True(Enum.IsDefined(heartbeat.State));
                Assert.True(heartbeat.Battery is null or >= 0 and <= 100);
                break;
            case EnvironmentFrame environment:
                Assert.True(environment.Humidity is null or >= 0 and <= 100);
                break;
            case HealthFrame health:
                Assert.True(health.Battery is null or >= 0 and <= 100);
                Assert.Equal(0, bytes[11] & 0xF8);
                break;
        }
    }
}
