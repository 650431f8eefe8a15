using System.Text.Json;
using Mobius.Micro.EnOcean.Eeps.Decoding;

namespace Mobius.Micro.EnOcean.Tests.Vectors;

/// <summary>
/// Asserts a vector's EEP field expectations: a number is the scaled value within the vector's
/// tolerance, <c>{"raw": n}</c> the raw bit field (with <c>desc</c>, a substring of the enum
/// text too), a string a substring of the enum text.
/// </summary>
internal static class FieldExpectations
{
    /// <summary>T21 and NU are status bits, checked with the frame.</summary>
    private static readonly IReadOnlySet<string> StatusBitKeys = new HashSet<string> { "T21", "NU" };

    public static void AssertAll(EnOceanVector vector, EepDecodeResult result)
    {
        Assert.True(result.IsSuccess, $"{vector.Id}: {result.Error?.ToCode()}");
        if (vector.Expected.TryGetProperty(ExpectationKeys.HandlePosition, out var position))
        {
            AssertDescription($"{vector.Id} position", position.GetString(), Assert.Single(result.Fields));
        }

        foreach (var expectation in vector.Expectations.Where(property => EnOceanVector.IsFieldKey(property.Name) && !StatusBitKeys.Contains(property.Name)))
        {
            var field = result.FindField(expectation.Name);
            Assert.True(field.HasValue, $"{vector.Id}: no field {expectation.Name}");
            AssertOne($"{vector.Id} {expectation.Name}", expectation.Value, field.Value, vector.Tolerance ?? 0);
        }
    }

    private static void AssertOne(string what, JsonElement expected, DecodedField field, double tolerance)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Number:
                var allowed = Math.Max(tolerance, 1e-9 * Math.Max(1, Math.Abs(expected.GetDouble())));
                Assert.True(Math.Abs(expected.GetDouble() - field.Value) <= allowed, $"{what}: expected {expected.GetDouble()} ± {tolerance}, got {field.Value}");
                break;
            case JsonValueKind.String:
                AssertDescription(what, expected.GetString(), field);
                break;
            case JsonValueKind.Object:
                Assert.True(expected.GetProperty("raw").GetInt64() == field.Raw, $"{what}: expected raw {expected.GetProperty("raw")}, got {field.Raw}");
                if (expected.TryGetProperty("desc", out var description))
                {
                    AssertDescription(what, description.GetString(), field);
                }

                break;
            default:
                throw new InvalidOperationException($"{what}: unexpected expectation {expected}");
        }
    }

    private static void AssertDescription(string what, string? expected, DecodedField field)
    {
        Assert.NotNull(expected);
        Assert.True(field.Description?.Contains(expected, StringComparison.Ordinal) == true, $"{what}: expected text containing '{expected}', got '{field.Description}' (raw {field.Raw})");
    }
}
