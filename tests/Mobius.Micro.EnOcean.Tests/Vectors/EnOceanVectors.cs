using System.Text.Json;
using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.EnOcean.Tests.Vectors;

/// <summary>The fixture's vectors, loaded once from the test output directory.</summary>
public static class EnOceanVectors
{
    private static readonly Lazy<IReadOnlyDictionary<string, EnOceanVector>> ById = new(Load);

    public static EnOceanVector Get(string id) => ById.Value[id];

    public static IEnumerable<EnOceanVector> All => ById.Value.Values;

    /// <summary>Decodable vectors whose EEP the catalog has; the others wait for the issue that adds their EEP.</summary>
    public static IEnumerable<EnOceanVector> WithCatalogEep =>
        All.Where(vector => vector.HasEepPayload && vector.Eep is { } eep && EepCatalog.TryGet(eep, out _));

    public static TheoryData<string> IdsOfKind(string kind) => ToTheoryData(All.Where(vector => vector.Kind == kind));

    public static TheoryData<string> IdsWithCatalogEep() => ToTheoryData(WithCatalogEep);

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
