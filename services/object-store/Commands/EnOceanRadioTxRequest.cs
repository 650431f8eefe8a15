using System.Text.Json;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Api;

namespace Mobius.Micro.ObjectStore.Commands;

/// <summary>
/// The body of <c>ENOCEAN_RADIO_TX</c>, <c>{"connectorURI":"000001/021/FFC0/0001","rawData":[85,0,...]}</c>,
/// checked: an object URI of a connector of this hub's connectors service, and 1..max bytes 0..255.
/// </summary>
public sealed record EnOceanRadioTxRequest(MobiusUri ConnectorUri, byte[] RawData)
{
    public static EnOceanRadioTxRequest Read(JsonElement body, string hid, string connectorsSid, int maxBytes)
    {
        JsonBody.Object(body, "the body");
        var text = JsonBody.String(body, "connectorURI") ?? throw CommandErrors.InvalidConnectorUri("connectorURI is required, e.g. 000001/021/FFC0/0001");
        if (!MobiusUri.TryParse(text, out var uri, out var invalid))
        {
            throw CommandErrors.InvalidConnectorUri($"connectorURI: {invalid.Message}");
        }

        if (uri.Level != UriPart.Ins || uri.Hid != hid || uri.Sid != connectorsSid || uri.Pid != ConnectorProfile.Pid)
        {
            throw CommandErrors.InvalidConnectorUri($"connectorURI '{uri}' is not a connector object {hid}/{connectorsSid}/{ConnectorProfile.Pid}/INS");
        }

        if (!body.TryGetProperty("rawData", out var raw) || raw.ValueKind != JsonValueKind.Array)
        {
            throw ApiErrors.InvalidRequest("rawData is required: an array of bytes (0..255)");
        }

        var length = raw.GetArrayLength();
        if (length == 0 || length > maxBytes)
        {
            throw ApiErrors.InvalidRequest($"rawData must hold 1..{maxBytes} bytes, not {length}");
        }

        var bytes = new byte[length];
        var index = 0;
        foreach (var item in raw.EnumerateArray())
        {
            bytes[index] = item.ValueKind == JsonValueKind.Number && item.TryGetByte(out var value)
                ? value
                : throw ApiErrors.InvalidRequest($"rawData[{index}] is {item.GetRawText()}, not a byte 0..255");
            index++;
        }

        return new EnOceanRadioTxRequest(uri, bytes);
    }
}
