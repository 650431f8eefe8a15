using System.Text.Json;

namespace Mobius.Micro.EnOcean.Tests.Vectors;

/// <summary>The fixture's vectors, loaded once from the test output directory.</summary>
public static class EnOceanVectors
{
    private static readonly Lazy<IReadOnlyDictionary<string, EnOceanVector>> ById = new(Load);

    public static EnOceanVector Get(string id) => ById.Value[id];

    public static IEnumerable<EnOceanVector> All => ById.Value.Values;

    /// <summary>Vectors holding a telegram or payload to decode with the EEP they name.</summary>
    public static IEnumerable<EnOceanVector> WithEep => All.Where(vector => vector.HasEepPayload && vector.Eep is not null);

    public static TheoryData<string> IdsOfKind(string kind) => ToTheoryData(All.Where(vector => vector.Kind == kind));

    public static TheoryData<string> IdsWithEep() => ToTheoryData(WithEep);

    private static TheoryData<string> ToTheoryData(IEnumerable<EnOceanVector> vectors) => new(vectors.Select(vector => vector.Id));

    private static IReadOnlyDictionary<string, EnOceanVector> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "enocean-vectors.json");
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        var vectors = JsonSerializer.Deserialize<List<EnOceanVector>>(File.ReadAllText(path), options)
            ?? throw new InvalidOperationException($"{path} holds no vectors.");
        return vectors.ToDictionary(vector => vector.Id);
    }
}
