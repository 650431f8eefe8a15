using System.Globalization;

namespace Mobius.Micro.Reliability.Tests;

/// <summary>When one fault was injected, noticed and healed, and the telegrams acknowledged meanwhile.</summary>
public sealed record FaultOutcome(string Name, DateTime Injected, DateTime Red, DateTime Restarted, DateTime Ready, DateTime Stored, DateTime Online)
{
    /// <summary>How long before the fault a telegram still counts as one of its own (it may have been in flight; faults follow each other within seconds).</summary>
    public static readonly TimeSpan InFlight = TimeSpan.FromSeconds(1);

    public const string Header = """
        | fault                      | red (s) | ready (s) | stored (s) | online (s) | acknowledged | lost |
        |----------------------------|--------:|----------:|-----------:|-----------:|-------------:|-----:|
        """;

    /// <summary>The fault a telegram acknowledged at <paramref name="time"/> is counted with: the last one that began no later than <see cref="InFlight"/> after it.</summary>
    public static FaultOutcome? Of(IReadOnlyList<FaultOutcome> outcomes, DateTime time) =>
        outcomes.LastOrDefault(outcome => outcome.Injected - InFlight <= time);

    public string Row(int acknowledged, int lost) => string.Create(CultureInfo.InvariantCulture,
        $"| {Name,-26} | {Seconds(Injected, Red),7:F1} | {Seconds(Restarted, Ready),9:F1} | {Seconds(Restarted, Stored),10:F1} | {Seconds(Restarted, Online),10:F1} | {acknowledged,12} | {lost,4} |");

    private static double Seconds(DateTime from, DateTime to) => (to - from).TotalSeconds;
}
