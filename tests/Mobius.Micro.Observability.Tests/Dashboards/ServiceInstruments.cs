using System.Diagnostics.Metrics;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.Extensions.DependencyInjection;

namespace Mobius.Micro.Observability.Tests.Dashboards;

/// <summary>
/// Every instrument the services define: each service's build output is loaded (in a load context of
/// its own), every type of its <c>Mobius.Micro.*</c> assemblies that is built from an
/// <see cref="IMeterFactory"/> alone (the metrics classes) is created, and a listener records what
/// they publish. A new metrics class or instrument is found without a list to keep up to date.
/// </summary>
public static class ServiceInstruments
{
    private static readonly (string Folder, string Assembly)[] Services =
    [
        ("connector-gateway", "Mobius.Micro.ConnectorGateway"),
        ("enocean-decoder", "Mobius.Micro.EnOceanDecoder"),
        ("workocc-decoder", "Mobius.Micro.WorkOccDecoder"),
        ("object-store", "Mobius.Micro.ObjectStore"),
    ];

    public static IReadOnlyList<(string Name, string? Unit, Type Kind)> All()
    {
        var published = new List<(string, string?, Type)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter.Name.StartsWith("Mobius.Micro.", StringComparison.Ordinal))
                {
                    lock (published)
                    {
                        published.Add((instrument.Name, instrument.Unit, instrument.GetType().GetGenericTypeDefinition()));
                    }
                }
            },
        };
        listener.Start();

        using var provider = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = provider.GetRequiredService<IMeterFactory>();
        foreach (var (folder, assembly) in Services)
        {
            foreach (var metricsType in MetricsTypes(Path.Combine(RepositoryRoot(), "services", folder, "bin", BuildConfiguration(), "net10.0", assembly + ".dll")))
            {
                Activator.CreateInstance(metricsType, meterFactory);
            }
        }

        return [.. published.Distinct()];
    }

    private static IEnumerable<Type> MetricsTypes(string serviceDll)
    {
        Assert.True(File.Exists(serviceDll), $"{serviceDll} is missing: build the solution first");
        var context = new ServiceLoadContext(serviceDll);
        return Directory.GetFiles(Path.GetDirectoryName(serviceDll)!, "Mobius.Micro.*.dll")
            .Select(context.LoadFromAssemblyPath)
            .SelectMany(LoadableTypes)
            .Where(type => type is { IsClass: true, IsAbstract: false } && type.GetConstructor([typeof(IMeterFactory)]) is not null);
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partly)
        {
            return partly.Types.OfType<Type>();
        }
    }

    /// <summary>The service's own assemblies from its folder; the framework's (and so <see cref="IMeterFactory"/>) shared with the test.</summary>
    private sealed class ServiceLoadContext(string serviceDll) : AssemblyLoadContext(isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(serviceDll);

        protected override Assembly? Load(AssemblyName name)
        {
            if (name.Name is null || name.Name.StartsWith("System.", StringComparison.Ordinal) || name.Name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal))
            {
                return null;
            }

            return _resolver.ResolveAssemblyToPath(name) is { } path ? LoadFromAssemblyPath(path) : null;
        }
    }

    private static string BuildConfiguration() =>
        typeof(ServiceInstruments).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Mobius.Micro.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no Mobius.Micro.sln above {AppContext.BaseDirectory}");
    }
}
