using k8s;

namespace Mobius.Micro.Deployment.Tests;

/// <summary>
/// k8s/base and both overlays rendered once per test run by scripts/k8s/render.sh (the same script
/// as <c>make k8s</c>), each read back into the Kubernetes API's own types with the strict reader:
/// an unknown apiVersion/kind, an unknown or misspelt field or a value of the wrong type fails.
/// </summary>
public sealed class RenderedManifests : IAsyncLifetime
{
    public static readonly string[] Kustomizations = ["base", "dev", "prod"];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mobius-k8s-{Guid.NewGuid():N}");
    private readonly Dictionary<string, List<object>> _objects = [];

    public IReadOnlyList<object> Of(string kustomization) => _objects[kustomization];

    public async Task InitializeAsync()
    {
        var (exitCode, output) = await Repository.RunScriptAsync("scripts/k8s/render.sh", _directory);
        Assert.True(exitCode == 0, $"scripts/k8s/render.sh failed ({exitCode}):\n{output}");
        foreach (var kustomization in Kustomizations)
        {
            var yaml = await File.ReadAllTextAsync(Path.Combine(_directory, kustomization + ".yaml"));
            _objects[kustomization] = KubernetesYaml.LoadAllFromString(yaml, strict: true);
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
