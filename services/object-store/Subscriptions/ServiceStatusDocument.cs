using System.Text.Json.Nodes;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectStore.Objects;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>The value of a <c>service-status</c> event and of a service's status elsewhere: <c>{status,statusText,lastChanged}</c>.</summary>
public sealed record ServiceStatusDocument(JsonNode Status, JsonNode StatusText, JsonNode LastChanged)
{
    public static ServiceStatusDocument From(ObjectInstance status) => new(
        status.PresentValueOf(ServiceStatusProfile.Status).ToJson(),
        status.PresentValueOf(ServiceStatusProfile.StatusText).ToJson(),
        status.PresentValueOf(ServiceStatusProfile.LastChanged).ToJson());
}
