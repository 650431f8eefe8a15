using System.Globalization;
using System.Text.Json;
using Mobius.Micro.Bench.Pipeline.Measuring;
using Mobius.Micro.Bench.Pipeline.Stack;
using Mobius.Micro.Bench.Pipeline.Telegrams;

namespace Mobius.Micro.Bench.Pipeline.Taps;

/// <summary>How the bus taps recognise the benchmark's telegrams in the messages they see.</summary>
public static class Readers
{
    /// <summary><c>EnOceanTelegramsReceived</c>, as the gateway publishes its batches once RabbitMQ confirmed them: each telegram's <c>data</c> is the ESP3 packet.</summary>
    public static Action<JsonElement> RawTelegrams(SequencedTelegrams telegrams, TelegramLedger ledger) => message =>
    {
        foreach (var telegram in message.GetProperty("telegrams").EnumerateArray())
        {
            if (telegram.TryGetProperty("data", out var data) && telegrams.TryIdentify(data.GetBytesFromBase64(), out var device, out var raw))
            {
                ledger.Seen(device, raw);
            }
        }
    };

    /// <summary>
    /// <c>ResourceValuesChanged</c>, as the object store publishes it after a write committed: the
    /// temperature resource of a device object, its priority 15 slot holding the value.
    /// </summary>
    public static Action<JsonElement> StoredTemperatures(SequencedTelegrams telegrams, TelegramLedger ledger, string hubId)
    {
        var objectPrefix = $"{hubId}/022/{telegrams.Pid}/";
        var suffix = "/" + telegrams.TemperatureRid;
        return message =>
        {
            if (!message.TryGetProperty("resources", out var resources))
            {
                return;
            }

            foreach (var resource in resources.EnumerateArray())
            {
                var uri = resource.GetProperty("uri").GetString() ?? "";
                if (!uri.StartsWith(objectPrefix, StringComparison.Ordinal) || !uri.EndsWith(suffix, StringComparison.Ordinal))
                {
                    continue;
                }

                var ins = int.Parse(uri.AsSpan(objectPrefix.Length, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                using var prar = JsonDocument.Parse(resource.GetProperty("prarJson").GetString() ?? "[]");
                if (prar.RootElement[BenchDevices.MeasuredPriority - 1] is { ValueKind: JsonValueKind.Number } value)
                {
                    ledger.Seen(BenchDevices.DeviceOfIns(ins), telegrams.RawOfStoredValue(value.GetDouble()));
                }
            }
        };
    }
}
