using Mobius.Micro.EnOcean.Esp3;
using Mobius.Micro.EnOcean.Tests.Profiles;
using Mobius.Micro.EnOcean.Tests.Vectors;

namespace Mobius.Micro.EnOcean.Tests.Fuzz;

/// <summary>
/// A million random and mutated frames through everything the library does with received bytes:
/// every one ends in a result or a typed error code, never in an exception. The generator is
/// seeded, so a failure names a frame that fails again.
/// </summary>
public sealed class RandomFrameFuzzTests
{
    private const int FrameCount = 1_000_000;
    private const int Seed = 20_251_125;

    [Fact]
    public void A_million_random_and_mutated_frames_give_only_results_or_typed_errors()
    {
        var random = new Random(Seed);
        var mutator = new FrameMutator(random, Seeds());
        var reached = new int[6];

        for (var index = 0; index < FrameCount; index++)
        {
            var frame = mutator.Next();
            try
            {
                reached[FramePipeline.Run(frame, random.Next())]++;
            }
            catch (Exception failure) when (failure is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"frame {index} ({Convert.ToHexString(frame)}) threw {failure}");
            }
        }

        // The mutations reach every layer: typed framing errors, other packet types, radio telegrams decoded with an EEP.
        Assert.All(reached[1..], count => Assert.True(count > 1000, string.Join(", ", reached)));
    }

    /// <summary>Real frames of the vector fixture and a RADIO_ERP1 packet around every spec-built payload.</summary>
    private static List<byte[]> Seeds()
    {
        var frames = EnOceanVectors.All.Select(vector => vector.Esp3Hex ?? vector.StreamHex).OfType<string>()
            .Where(hex => hex.Length % 2 == 0).Select(Convert.FromHexString).ToList();
        foreach (var telegram in SpecTelegrams.All)
        {
            byte[] radio = [Convert.ToByte(telegram.Eep[..2], 16), .. Convert.FromHexString(telegram.Payload), 0x01, 0x02, 0x03, 0x04, telegram.Status];
            frames.Add(Esp3PacketWriter.Write(Esp3PacketType.RadioErp1, radio, [0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0x40, 0x00]));
        }

        return frames;
    }
}
