using System.Text.Json.Nodes;
using Mobius.Micro.Cli.JsonLines;
using Mobius.Micro.WorkOcc.Frames;
using Mobius.Micro.WorkOcc.Json;

namespace Mobius.Micro.Cli.WorkOcc;

/// <summary>
/// One line of <c>workocc decode</c> (decode-cli.md): <c>{"hex":"A701..."}</c> becomes
/// <c>{"ok":true,"type","uid","seq","fields"}</c> or <c>{"ok":false,"error","message"}</c> with a
/// code of the WorkOcc library (<c>NO_SYNC</c>, <c>BAD_VERSION</c>, <c>UNKNOWN_TYPE</c>,
/// <c>BAD_LENGTH</c>, <c>CRC_MISMATCH</c>, <c>BAD_PAYLOAD</c>, <c>BAD_HEX</c>).
/// </summary>
public static class WorkOccDecodeLine
{
    public static JsonObject Decode(JsonObject request)
    {
        if (request["hex"] is not JsonValue value || !value.TryGetValue<string>(out var hex))
        {
            return JsonLinesFilter.Error(WorkOccErrorCode.BadHex.ToCode(), "the line needs \"hex\": the frame as a string of hexadecimal digits");
        }

        if (!WorkOccFrameParser.TryParseHex(hex, out var frame, out var error))
        {
            return JsonLinesFilter.Error(error.Code.ToCode(), error.Message);
        }

        return new JsonObject
        {
            ["ok"] = true,
            ["type"] = frame.Type.ToName(),
            ["uid"] = frame.Uid,
            ["seq"] = frame.Sequence,
            ["fields"] = WorkOccFrameJson.Fields(frame),
        };
    }
}
