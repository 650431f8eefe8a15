using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Services;

namespace Mobius.Micro.ObjectStore.Discovery;

/// <summary>
/// A service as hub discovery lists it, after MobiusFlow: <c>{"id":"0022/022","sid","spid","name",
/// "registered","state","status"}</c>; <c>status</c> is <c>online</c>, <c>fault</c> or <c>unknown</c>
/// from its status object.
/// </summary>
public sealed record ServiceSummary(string Id, string Sid, string Spid, string Name, string? Registered, string State, string Status)
{
    public static ServiceSummary From(ServiceKind kind, ServiceRecord? record, ObjectInstance? status) => new(
        $"{kind.Spid}/{kind.Sid}",
        kind.Sid,
        kind.Spid,
        record?.Name ?? kind.DefaultName,
        record is null ? null : new DateTimeValue(record.RegisteredAt).ToString(),
        record?.State ?? ServiceRecord.Running,
        StatusName(status));

    public static string StatusName(ObjectInstance? status) =>
        (status?.PresentValueOf(ServiceStatusProfile.Status) as NumberValue)?.Value switch
        {
            ServiceStatusProfile.Ok => "online",
            ServiceStatusProfile.Fault => "fault",
            _ => "unknown",
        };
}
