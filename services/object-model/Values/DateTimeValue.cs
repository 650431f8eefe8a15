using System.Globalization;
using System.Text.Json.Nodes;

namespace Mobius.Micro.ObjectModel.Values;

/// <summary>A point in time, kept in UTC at millisecond resolution, written <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
public sealed record DateTimeValue : ResourceValue
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public DateTimeValue(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        Value = utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMillisecond));
    }

    public DateTimeOffset Value { get; }

    public override ResourceType Type => ResourceType.DateTime;

    public override JsonNode ToJson() => JsonValue.Create(ToString());

    public override string ToString() => Value.ToString(Format, CultureInfo.InvariantCulture);
}
