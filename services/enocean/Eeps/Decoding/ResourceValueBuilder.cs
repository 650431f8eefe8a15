namespace Mobius.Micro.EnOcean.Eeps.Decoding;

/// <summary>
/// The resource values decoded fields give: a bool resource is true when the raw value is in the
/// field's <see cref="EepField.TrueWhen"/>; an enum resource takes the member of the matched item;
/// a number resource takes the value of a scaled field, or of an enum field's scaled item. A value
/// the telegram does not give (no matching item, "not valid", outside the resource's range) is not
/// written. Derived flags follow the field resources.
/// </summary>
internal static class ResourceValueBuilder
{
    public static List<ResourceValue> Build(EepCase @case, ReadOnlySpan<DecodedField> fields)
    {
        var values = new List<ResourceValue>(fields.Length + @case.DerivedFlags.Count);
        foreach (var field in fields)
        {
            if (field.Resource is { } resource && ValueOf(resource, field) is { } value)
            {
                values.Add(value);
            }
        }

        for (var index = 0; index < @case.DerivedFlags.Count; index++)
        {
            var flag = @case.DerivedFlags[index];
            if (DerivedFlagEvaluator.Evaluate(flag, fields) is { } value)
            {
                values.Add(ResourceValue.Of(flag.Resource, value));
            }
        }

        return values;
    }

    private static ResourceValue? ValueOf(EepResource resource, DecodedField field) => resource.Type switch
    {
        ResourceValueType.Bool => ResourceValue.Of(resource, field.Field.TrueWhen.Contains(field.Raw)),
        ResourceValueType.Enum => field.Item?.Member is { } member ? ResourceValue.Of(resource, member) : null,
        _ => HasNumber(field) && InRange(resource.Settings, field.Value) ? ResourceValue.Of(resource, field.Value) : null,
    };

    private static bool HasNumber(DecodedField field) =>
        field.Field.Kind == EepFieldKind.Scaled || field.Item?.Scale is not null;

    /// <summary>Within the resource's range, allowing for the rounding of the scale's arithmetic.</summary>
    private static bool InRange(ResourceSettings settings, double value) =>
        double.IsFinite(value)
        && (settings.Min is not { } min || value >= min - Tolerance(min))
        && (settings.Max is not { } max || value <= max + Tolerance(max));

    private static double Tolerance(double bound) => 1e-9 * Math.Max(1, Math.Abs(bound));
}
