using System.Text.Json;
using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Writes;
using Mobius.Micro.ObjectStore.Api;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>
/// Client writes to a draft object: a value at a priority (1..16, default 15), checked against the
/// resource's type, access and settings; JSON <c>null</c> relinquishes (clears) that priority, as a
/// BACnet-style priority array does. A refusal throws and, the draft being thrown away, changes nothing.
/// </summary>
public static class ResourceWrites
{
    public static void Write(ObjectDraft draft, ResourceDefinition resource, int priority, JsonElement value)
    {
        if (PriorityArray.CheckWrite(priority) is { } badPriority)
        {
            throw ApiErrors.WriteRejected(badPriority);
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            Clear(draft, resource, priority);
            return;
        }

        if (ResourceWriteValidator.Validate(resource, value, WriteOrigin.Client, out var accepted) is { } rejection)
        {
            throw ApiErrors.WriteRejected(rejection);
        }

        draft.Write(resource, priority, accepted!);
    }

    public static void Clear(ObjectDraft draft, ResourceDefinition resource, int priority)
    {
        if (PriorityArray.CheckClear(priority) is { } refused)
        {
            throw ApiErrors.WriteRejected(refused);
        }

        if (resource.Settings.Access == ResourceAccess.Read)
        {
            throw ApiErrors.WriteRejected(new WriteRejection(WriteRejectionReasons.ReadOnly, $"{resource.Rid} {resource.Name} is read-only"));
        }

        draft.Clear(resource, priority);
    }

    /// <summary>The priority of a request body: <paramref name="name"/> as a whole number, 15 when absent; anything else is <c>invalid_priority</c>.</summary>
    public static int Priority(JsonElement body, string name)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty(name, out var priority) || priority.ValueKind == JsonValueKind.Null)
        {
            return PriorityArray.Measured;
        }

        return priority.ValueKind == JsonValueKind.Number && priority.TryGetInt32(out var number)
            ? number
            : throw ApiErrors.WriteRejected(new WriteRejection(WriteRejectionReasons.InvalidPriority, $"{name} must be a whole number {PriorityArray.Highest}..{PriorityArray.Default}"));
    }
}
