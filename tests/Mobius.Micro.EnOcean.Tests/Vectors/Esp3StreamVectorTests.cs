using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOcean.Tests.Vectors;

public sealed class Esp3StreamVectorTests
{
    public static TheoryData<string> Streams => EnOceanVectors.IdsOfKind("esp3_stream");

    [Theory]
    [MemberData(nameof(Streams))]
    public void Stream_yields_its_expected_packets(string id)
    {
        var vector = EnOceanVectors.Get(id);

        var packets = Esp3StreamReader.ReadAll(VectorTelegrams.Bytes(vector.StreamHex));

        var senders = packets.Select(VectorTelegrams.TelegramIn).OfType<IRadioTelegram>().Select(telegram => telegram.SenderId).ToList();
        foreach (var expectation in vector.Expectations)
        {
            switch (expectation.Name)
            {
                case "packet_count":
                    Assert.Equal(expectation.Value.GetInt32(), packets.Count);
                    break;
                case "packet_0_data":
                    Assert.Equal(expectation.Value.GetString(), Convert.ToHexString(packets[0].Data.Span));
                    break;
                case var key when key.StartsWith(ExpectationKeys.PacketsFromPrefix, StringComparison.Ordinal):
                    var sender = key[ExpectationKeys.PacketsFromPrefix.Length..];
                    Assert.Equal(expectation.Value.GetInt32(), senders.Count(candidate => candidate == sender));
                    break;
                default:
                    throw new InvalidOperationException($"{id}: no check for {expectation.Name}");
            }
        }
    }
}
