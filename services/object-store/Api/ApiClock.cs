using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectStore.Api;

/// <summary>The <c>ts</c> of answers: the current time as ISO-8601 UTC with milliseconds.</summary>
public sealed class ApiClock(TimeProvider time)
{
    public string Now() => new DateTimeValue(time.GetUtcNow()).ToString();
}
