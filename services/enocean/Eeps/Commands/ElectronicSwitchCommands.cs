namespace Mobius.Micro.EnOcean.Eeps.Commands;

/// <summary>
/// Commands to D2-01 electronic switches and dimmers (VLD payloads, every type of the family
/// shares the layout): set an output, ask for the status, ask for a measurement, set the pilot
/// wire mode. The status (CMD 4) and measurement (CMD 7) responses arrive as ordinary telegrams.
/// </summary>
public static class ElectronicSwitchCommands
{
    private const string Eep = "D2-01-00";

    /// <summary>The I/O channel value meaning every output channel of the device.</summary>
    public const int AllChannels = 0x1E;

    /// <summary>CMD 1: switch or dim <paramref name="channel"/> to <paramref name="percent"/> (0 = off, 100 = fully on).</summary>
    /// <param name="dimTimer">0 switches at once; 1..3 dim with that dim timer; 4 stops dimming.</param>
    public static byte[] SetOutput(int channel, int percent, int dimTimer = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var (definition, @case) = CatalogCases.Titled(Eep, "CMD 0x1 ");
        return EepEncoder.Encode(definition, @case, new Dictionary<string, long> { ["DV"] = dimTimer, ["I/O"] = channel, ["OV"] = percent });
    }

    /// <summary>CMD 3: ask for the status of <paramref name="channel"/>; the device answers with CMD 4.</summary>
    public static byte[] QueryStatus(int channel)
    {
        var (definition, @case) = CatalogCases.Titled(Eep, "CMD 0x3 ");
        return EepEncoder.Encode(definition, @case, new Dictionary<string, long> { ["I/O"] = channel });
    }

    /// <summary>CMD 6: ask for the energy (or, with <paramref name="power"/>, the power) of <paramref name="channel"/>; the device answers with CMD 7.</summary>
    public static byte[] QueryMeasurement(int channel, bool power)
    {
        var (definition, @case) = CatalogCases.Titled(Eep, "CMD 0x6 ");
        return EepEncoder.Encode(definition, @case, new Dictionary<string, long> { ["qu"] = power ? 1 : 0, ["I/O"] = channel });
    }

    /// <summary>CMD 8: set the pilot wire mode (0 off, 1 comfort, 2 eco, 3 anti-freeze, 4 comfort-1, 5 comfort-2).</summary>
    public static byte[] SetPilotWireMode(int mode)
    {
        var (definition, @case) = CatalogCases.Titled(Eep, "CMD 0x8 ");
        return EepEncoder.Encode(definition, @case, new Dictionary<string, long> { ["PM"] = mode });
    }
}
