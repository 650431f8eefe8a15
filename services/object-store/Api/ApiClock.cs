using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectStore.Api;

/// <summary>The <c>ts</c> of answers and the <c>timestamp</c> of events: ISO-8601 UTC with milliseconds.</summary>
public sealed class ApiClock(TimeProvider time)
{
    public string Now() => Format(time.GetUtcNow());

    public string Format(DateTimeOffset instant) => new DateTimeValue(instant).ToString();
}
