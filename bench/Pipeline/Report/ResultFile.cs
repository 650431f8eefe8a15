using System.Globalization;
using System.Text.Json;

namespace Mobius.Micro.Bench.Pipeline.Report;

/// <summary>Writes a run's figures as JSON: <c>{directory}/pipeline-{UTC time}.json</c>.</summary>
public static class ResultFile
{
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<string> WriteAsync(string directory, object figures, DateTimeOffset startedAt, string kind = "pipeline")
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{kind}-{startedAt.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(figures, Indented));
        return path;
    }
}
