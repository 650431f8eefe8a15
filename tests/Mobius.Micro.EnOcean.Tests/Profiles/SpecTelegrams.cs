using System.Text.Json;

namespace Mobius.Micro.EnOcean.Tests.Profiles;

/// <summary>
/// The spec-built telegrams, loaded once. tools/eep-generator wrote them from the specification's
/// offsets, ranges, scales and texts with its own arithmetic, never by running the C# decoder.
/// </summary>
public static class SpecTelegrams
{
    private static readonly Lazy<IReadOnlyList<SpecTelegram>> Loaded = new(Load);

    public static IReadOnlyList<SpecTelegram> All => Loaded.Value;

    public static TheoryData<int> Indexes() => new(Enumerable.Range(0, All.Count));

    private static IReadOnlyList<SpecTelegram> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "eep-spec-telegrams.json");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return JsonSerializer.Deserialize<List<SpecTelegram>>(File.ReadAllText(path), options)
            ?? throw new InvalidOperationException($"{path} holds no telegrams.");
    }
}
