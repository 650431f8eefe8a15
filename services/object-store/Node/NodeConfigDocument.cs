using System.Reflection;
using Mobius.Micro.ObjectStore.History;
using Mobius.Micro.ObjectStore.Services;

namespace Mobius.Micro.ObjectStore.Node;

/// <summary>The node's configuration: <c>{"hid","name","version","services":[{sid,spid,name}],"historyRetentionDays"}</c>.</summary>
public sealed record NodeConfigDocument(string Hid, string Name, string Version, IReadOnlyList<NodeConfigService> Services, double HistoryRetentionDays)
{
    public const string ProductName = "Mobius.Micro";

    public static string ProductVersion { get; } =
        typeof(NodeConfigDocument).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static NodeConfigDocument From(string hid, IEnumerable<ServiceKind> kinds, IReadOnlyList<ServiceRecord> registered, HistoryOptions history) => new(
        hid,
        ProductName,
        ProductVersion,
        [.. kinds.Select(kind => new NodeConfigService(kind.Sid, kind.Spid, registered.FirstOrDefault(service => service.Sid == kind.Sid)?.Name ?? kind.DefaultName))],
        history.Retention.TotalDays);
}

public sealed record NodeConfigService(string Sid, string Spid, string Name);
