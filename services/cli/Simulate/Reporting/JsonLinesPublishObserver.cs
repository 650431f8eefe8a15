using System.Buffers;
using System.Text;
using System.Text.Json;
using Mobius.Micro.Cli.Simulate.Connectors;
using Mobius.Micro.Cli.Simulate.Mqtt;
using Mobius.Micro.ConnectorProtocol;

namespace Mobius.Micro.Cli.Simulate.Reporting;

/// <summary>
/// <c>--json</c>: one JSON object per line for every message once the broker acknowledged it or the
/// publish failed, e.g. <c>{"ts":"...","serial":"MF_5A0000","role":"up","seq":12,"mod":"enocean",
/// "uid":"5A000003","data":"55...","misbehaviour":"none","published":true}</c>. Passes every outcome on to the counters.
/// </summary>
public sealed class JsonLinesPublishObserver(TextWriter output, IPublishObserver next, TimeProvider clock) : IPublishObserver
{
    private readonly Lock _writing = new();

    public void Published(OutgoingMessage message, PublishOutcome outcome)
    {
        next.Published(message, outcome);
        var line = Line(message, outcome, clock.GetUtcNow());
        lock (_writing)
        {
            output.WriteLine(line);
        }
    }

    private static string Line(OutgoingMessage message, PublishOutcome outcome, DateTimeOffset now)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("ts", now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("serial", message.Serial.ToString());
            json.WriteString("role", RoleName(message.Role));
            if (message.Sequence is { } sequence)
            {
                json.WriteNumber("seq", sequence);
            }

            if (message.Module is { } module)
            {
                json.WriteString("mod", module.ToWireName());
                json.WriteString("uid", message.DeviceUid);
                json.WriteString("data", message.Data);
            }
            else if (message.Misbehaviour == Misbehaviour.Malformed)
            {
                json.WriteNumber("payloadBytes", message.Payload.Length);
            }

            json.WriteString("misbehaviour", message.Misbehaviour.ToName());
            json.WriteBoolean("published", outcome.Acknowledged);
            if (outcome.Failure is { } failure)
            {
                json.WriteString("error", failure);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string RoleName(MessageRole role) => role switch
    {
        MessageRole.Up => "up",
        MessageRole.Online => "online",
        MessageRole.Heartbeat => "heartbeat",
        MessageRole.LastWill => "lastWill",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown message role."),
    };
}
