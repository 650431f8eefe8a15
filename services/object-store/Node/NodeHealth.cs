using Microsoft.Extensions.Diagnostics.HealthChecks;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectStore.Discovery;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;
using Mobius.Micro.ObjectStore.Services;
using Mobius.Micro.ObjectStore.Subscriptions;
using Mobius.Micro.ServiceDefaults.Health;

namespace Mobius.Micro.ObjectStore.Node;

/// <summary>
/// The node's health: <c>ok</c> when this store's own dependencies (PostgreSQL, the bus) are ready and
/// every service reports OK, else <c>degraded</c>; with each dependency check and each service's status.
/// </summary>
public sealed class NodeHealth(HealthCheckService health, ObjectRepository objects, ServiceRepository services, ProfileCatalog profiles)
{
    public async Task<NodeHealthDocument> CheckAsync(string hid, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(check => check.Tags.Contains(HealthTags.Ready), cancellationToken);
        var statuses = await objects.FindAllAsync(hid, null, ServiceStatusProfile.Pid, ServiceStatusProfile.Ins, cancellationToken);
        var registered = await services.ListAsync(hid, cancellationToken);
        var serviceHealth = ServiceKind.All(profiles.Services).Select(kind =>
        {
            var status = statuses.FirstOrDefault(found => found.Uri.Sid == kind.Sid);
            return new NodeServiceHealth(
                kind.Sid,
                registered.FirstOrDefault(service => service.Sid == kind.Sid)?.Name ?? kind.DefaultName,
                ServiceSummary.StatusName(status),
                status is null ? null : ServiceStatusDocument.From(status));
        }).ToList();
        var healthy = report.Status == HealthStatus.Healthy && serviceHealth.All(service => service.State == "online");
        return new NodeHealthDocument(
            hid,
            healthy ? "ok" : "degraded",
            report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()),
            serviceHealth);
    }
}

/// <summary><c>{"hid","status":"ok"|"degraded","checks":{"postgres":"Healthy",...},"services":[...]}</c>.</summary>
public sealed record NodeHealthDocument(string Hid, string Status, IReadOnlyDictionary<string, string> Checks, IReadOnlyList<NodeServiceHealth> Services);

/// <summary>One service: <c>{"sid","name","state":"online"|"fault"|"unknown","status":{status,statusText,lastChanged}}</c>.</summary>
public sealed record NodeServiceHealth(string Sid, string Name, string State, ServiceStatusDocument? Status);
