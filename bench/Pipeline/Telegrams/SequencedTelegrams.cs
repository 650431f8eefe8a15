using Mobius.Micro.Cli.Simulate.EnOcean;
using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.EnOcean.Eeps.Decoding;
using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.Bench.Pipeline.Telegrams;

/// <summary>
/// Telegrams that say which they are. Telegram <c>i</c> (from 0, in the order the simulated
/// connectors send them) is an A5-02-05 temperature telegram of device <c>i mod D</c> with the raw
/// temperature <c>(i / D) mod 256</c>: every device's next telegram differs from its last (so the
/// decoders never take it for a copy and the object store always reports a change), and whoever
/// sees the telegram, its decoded value or the stored value can tell which one it was.
/// </summary>
public sealed class SequencedTelegrams
{
    public const string Eep = "A5-02-05";
    public const uint FirstSenderId = 0x5B000000;
    public const int RawValues = 256;

    private readonly EepDefinition _definition;
    private readonly EepCase _case;
    private readonly EepField _temperature;
    private readonly double[] _storedValueOfRaw = new double[RawValues];
    private long _issued;

    public SequencedTelegrams(int devices)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(devices);
        Devices = devices;
        _definition = EepCatalog.TryGet(Eep, out var definition) ? definition : throw new InvalidOperationException($"{Eep} is not in the EEP catalog");
        _case = EepSimulation.UplinkCases(_definition)[0];
        _temperature = _case.Fields.Single(field => field.Kind == EepFieldKind.Scaled);
        TemperatureRid = _temperature.Resource?.Rid ?? throw new InvalidOperationException($"{Eep} temperature fills no resource");
        for (var raw = 0; raw < RawValues; raw++)
        {
            _storedValueOfRaw[raw] = DecodedTemperature(Compose(0, raw, rssi: -60));
        }
    }

    public int Devices { get; }

    /// <summary>The object profile (PID) of the devices.</summary>
    public string Pid => _definition.Pid;

    /// <summary>The resource the temperature is stored in.</summary>
    public string TemperatureRid { get; }

    /// <summary>How many telegrams were handed out so far.</summary>
    public long Issued => Interlocked.Read(ref _issued);

    public static string SenderIdOf(int device) => (FirstSenderId + (uint)device).ToString("X8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Hands out the next telegram: its index and its ESP3 bytes.</summary>
    public (long Index, byte[] Esp3) Next(int rssi)
    {
        var index = Interlocked.Increment(ref _issued) - 1;
        var (device, raw) = Locate(index);
        return (index, Compose(device, raw, rssi));
    }

    public (int Device, int Raw) Locate(long index) => ((int)(index % Devices), (int)(index / Devices % RawValues));

    /// <summary>
    /// The index of a telegram of <paramref name="device"/> with <paramref name="raw"/>: the first one
    /// at or after <paramref name="lowestOutstanding"/> (that device's oldest telegram not yet seen).
    /// </summary>
    public long IndexOf(int device, int raw, long lowestOutstanding)
    {
        var round = lowestOutstanding / Devices;
        var step = ((raw - (int)(round % RawValues)) % RawValues + RawValues) % RawValues;
        return ((round + step) * Devices) + device;
    }

    /// <summary>Reads device and raw temperature from ESP3 bytes; false for anything else.</summary>
    public bool TryIdentify(ReadOnlyMemory<byte> esp3, out int device, out int raw)
    {
        device = raw = 0;
        if (!Esp3PacketParser.TryParse(esp3, out var packet, out _) || !Erp1TelegramParser.TryParse(packet, out var erp1, out _))
        {
            return false;
        }

        var sender = uint.Parse(erp1.SenderId, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        device = (int)(sender - FirstSenderId);
        raw = (int)BitField.Read(erp1.Payload.Span, _temperature.BitOffset, _temperature.BitSize);
        return sender >= FirstSenderId && device < Devices;
    }

    /// <summary>The raw temperature whose decoded value is nearest to a stored one.</summary>
    public int RawOfStoredValue(double stored)
    {
        var best = 0;
        for (var raw = 1; raw < RawValues; raw++)
        {
            if (Math.Abs(_storedValueOfRaw[raw] - stored) < Math.Abs(_storedValueOfRaw[best] - stored))
            {
                best = raw;
            }
        }

        return best;
    }

    private byte[] Compose(int device, int raw, int rssi) =>
        EepTelegramComposer.Compose(_definition, new EepReading(_case, [raw]), FirstSenderId + (uint)device, rssi);

    private double DecodedTemperature(byte[] esp3)
    {
        if (!Esp3PacketParser.TryParse(esp3, out var packet, out _) || !Erp1TelegramParser.TryParse(packet, out var erp1, out _))
        {
            throw new InvalidOperationException("a composed telegram does not parse");
        }

        var decoded = EepDecoder.Decode(_definition, erp1);
        return decoded.Resources.Single(value => value.Resource.Rid == TemperatureRid).Number
            ?? throw new InvalidOperationException("the temperature decodes to no number");
    }
}
