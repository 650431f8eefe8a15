using System.Text.Json;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Subscriptions;

namespace Mobius.Micro.ObjectStore.Services;

/// <summary>
/// A service's configuration as the API answers it: <c>{"sid","spid","name","state","settings",
/// "registered","reloaded","status":{status,statusText,lastChanged},"profiles":[PIDs]}</c>.
/// </summary>
public sealed record ServiceDocument(
    string Sid, string Spid, string Name, string State, JsonElement Settings, string Registered, string? Reloaded,
    ServiceStatusDocument? Status, IReadOnlyList<string> Profiles)
{
    public static ServiceDocument From(ServiceKind kind, ServiceRecord record, ObjectInstance? status, IEnumerable<string> pids) => new(
        record.Sid,
        kind.Spid,
        record.Name,
        record.State,
        JsonSerializer.Deserialize<JsonElement>(record.SettingsJson),
        new DateTimeValue(record.RegisteredAt).ToString(),
        record.ReloadedAt is { } reloaded ? new DateTimeValue(reloaded).ToString() : null,
        status is null ? null : ServiceStatusDocument.From(status),
        [.. pids]);
}
