using System.Globalization;
using System.Text.RegularExpressions;

namespace Mobius.Micro.Testing;

/// <summary>The gateway's rejection counter, as its Prometheus endpoint exposes it.</summary>
public static partial class GatewayRejections
{
    /// <summary>How many messages the gateway at <paramref name="gateway"/> rejected for <paramref name="reason"/>.</summary>
    public static async Task<double> CountAsync(Uri gateway, string reason)
    {
        using var http = new HttpClient { BaseAddress = gateway };
        var exposition = await http.GetStringAsync("/metrics");
        return RejectionLine().Matches(exposition)
            .Where(match => match.Groups["labels"].Value.Contains($"reason=\"{reason}\"", StringComparison.Ordinal))
            .Sum(match => double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("""^mobius_gateway_messages_rejected_total\{(?<labels>[^}]*)\} (?<value>[0-9.eE+-]+)""", RegexOptions.Multiline)]
    private static partial Regex RejectionLine();
}
