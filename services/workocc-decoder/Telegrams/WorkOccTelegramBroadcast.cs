using System.Text.Json.Nodes;
using Mobius.Micro.Contracts;
using Mobius.Micro.WorkOcc.Frames;
using Mobius.Micro.WorkOcc.Json;

namespace Mobius.Micro.WorkOccDecoder.Telegrams;

/// <summary>
/// The <c>WORKOCC_TELEGRAM</c> broadcast command for Engine API subscribers, one per valid frame
/// each connector heard (duplicates included, as each is a reception):
/// <c>{"uid","type","seq","fields","data","connectorURI","dBm"}</c>, <c>fields</c> as in the decode
/// command line, <c>data</c> the frame as hex, <c>dBm</c> only when the connector reported it.
/// </summary>
public static class WorkOccTelegramBroadcast
{
    public const string CommandId = "WORKOCC_TELEGRAM";

    public static BroadcastCommand For(WorkOccFrame frame, RawTelegramReceived raw)
    {
        var payload = new JsonObject
        {
            ["uid"] = frame.Uid,
            ["type"] = frame.Type.ToName(),
            ["seq"] = frame.Sequence,
            ["fields"] = WorkOccFrameJson.Fields(frame),
            ["data"] = Convert.ToHexString(raw.Data),
            ["connectorURI"] = raw.ConnectorUri,
        };
        if (raw.Rssi is { } rssi)
        {
            payload["dBm"] = rssi;
        }

        return new BroadcastCommand { CommandId = CommandId, PayloadJson = payload.ToJsonString(), IssuedAt = raw.ReceivedAt };
    }
}
