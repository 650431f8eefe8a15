using CsCheck;
using Mobius.Micro.WorkOcc.Frames;
using Xunit.Abstractions;

namespace Mobius.Micro.Fuzz.Tests;

/// <summary>WorkOcc frames as bytes and as the hex text connectors send: a frame or a typed error, never an exception.</summary>
public sealed class WorkOccFuzzTests(ITestOutputHelper output)
{
    private static readonly byte[][] Seeds =
    [
        Frame(0x01, [0x01, 0x01, 0x2C, 0x55]),
        Frame(0x02, [0x00, 0x64, 0x01, 0x02]),
        Frame(0x03, [0x00, 0x64, 0x00, 0x5A, 0x00, 0x0A]),
        Frame(0x04, [0x08, 0x66, 0x5A, 0x01, 0x2C]),
        Frame(0x05, [0x50, 0x0B, 0xB8, 0x05]),
    ];

    [Fact]
    public void WorkOcc_frames_parse_or_fail_with_a_typed_error()
    {
        var frames = Gen.OneOf(ByteEdits.Random(24), ByteEdits.Mutated(Seeds), ByteEdits.Mutated(Seeds).Select(WithValidCrc));
        FuzzRun.Check(output, "WorkOcc frames", frames, bytes =>
        {
            if (!WorkOccFrameParser.TryParse(bytes, out var frame, out var error))
            {
                Assert.True(Enum.IsDefined(error.Code), $"undefined error {error.Code}");
                Assert.False(string.IsNullOrEmpty(error.Message));
                return;
            }

            Assert.Equal(Convert.ToHexString(bytes, 3, 4), frame.Uid);
        });
    }

    [Fact]
    public void WorkOcc_hex_text_parses_or_fails_with_a_typed_error()
    {
        var texts = Gen.OneOf(
            Gen.String[Gen.Char["0123456789ABCDEFabcdef xg-"], 0, 40],
            ByteEdits.Mutated(Seeds).Select(bytes => Convert.ToHexString(bytes)));
        FuzzRun.Check(output, "WorkOcc hex", texts, text =>
        {
            if (!WorkOccFrameParser.TryParseHex(text, out _, out var error))
            {
                Assert.True(Enum.IsDefined(error.Code), $"undefined error {error.Code}");
            }
        });
    }

    /// <summary>sync 0xA7, version 1, type, UID 0A0B0C0D, sequence 7, payload, CRC8 over everything after the sync byte.</summary>
    private static byte[] Frame(byte type, byte[] payload) =>
        WithValidCrc([WorkOccFrameParser.Sync, 0x01, type, 0x0A, 0x0B, 0x0C, 0x0D, 0x07, .. payload, 0x00]);

    private static byte[] WithValidCrc(byte[] bytes)
    {
        if (bytes.Length >= 2)
        {
            bytes[^1] = Crc8.Compute(bytes.AsSpan(1, bytes.Length - 2));
        }

        return bytes;
    }
}
