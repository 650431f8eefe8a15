using Mobius.Micro.ConnectorProtocol;

namespace Mobius.Micro.Cli.Simulate.Connectors;

/// <summary>
/// Reads <c>--psk-file</c>: one <c>serial=psk</c> per line (<c>MF_5A0000=first connector psk</c>).
/// Blank lines and lines starting with <c>#</c> are skipped; spaces around the serial are ignored,
/// the PSK is everything after the first <c>=</c>, exactly as written.
/// </summary>
public static class PskFileReader
{
    /// <summary>The PSKs by serial, and one line per problem (naming the line, never the PSK).</summary>
    public static (IReadOnlyDictionary<ConnectorSerial, string> Psks, IReadOnlyList<string> Problems) Read(string path, IEnumerable<string> lines)
    {
        var psks = new Dictionary<ConnectorSerial, string>();
        var problems = new List<string>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var separator = line.IndexOf('=', StringComparison.Ordinal);
            var where = $"{path} line {number}";
            if (separator < 0 || !ConnectorSerial.TryParse(line.AsSpan(0, separator).Trim(), out var serial))
            {
                problems.Add($"{where}: expected serial=psk with a serial like MF_5A0000");
                continue;
            }

            var psk = line[(separator + 1)..];
            if (!ConnectorPsk.IsValid(psk))
            {
                problems.Add($"{where}: the PSK of {serial} must be {ConnectorPsk.MinLengthInBytes}..{ConnectorPsk.MaxLengthInBytes} UTF-8 bytes");
            }
            else if (!psks.TryAdd(serial, psk))
            {
                problems.Add($"{where}: {serial} is listed twice");
            }
        }

        return (psks, problems);
    }
}
