using System.Text;
using System.Text.Json;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectModel.Writes;

/// <summary>
/// Checks one value against a resource before anything is written: access, type, <c>min</c>/<c>max</c>,
/// <c>maxlen</c>, <c>enum</c> and the resource's text rule. Messages never contain a write-only value.
/// </summary>
public static class ResourceWriteValidator
{
    public static WriteRejection? Validate(ResourceDefinition resource, ResourceValue value, WriteOrigin origin) =>
        CheckAccess(resource, origin) ?? CheckValue(resource, value);

    /// <summary>Reads a JSON value as the resource's type, then validates it; <paramref name="value"/> is set when it is accepted.</summary>
    public static WriteRejection? Validate(ResourceDefinition resource, JsonElement json, WriteOrigin origin, out ResourceValue? value)
    {
        value = null;
        return CheckAccess(resource, origin)
            ?? (ResourceValueReader.TryRead(json, resource.Type, out var read) ? Accept(resource, read, out value) : WrongType(resource));
    }

    /// <summary>Reads text as the resource's type (string, enum member, ISO-8601 datetime), then validates it.</summary>
    public static WriteRejection? Validate(ResourceDefinition resource, string text, WriteOrigin origin, out ResourceValue? value)
    {
        value = null;
        return CheckAccess(resource, origin)
            ?? (ResourceValueReader.TryReadText(text, resource.Type, out var read) ? Accept(resource, read, out value) : WrongType(resource));
    }

    private static WriteRejection? Accept(ResourceDefinition resource, ResourceValue read, out ResourceValue? value)
    {
        var rejection = CheckValue(resource, read);
        value = rejection is null ? read : null;
        return rejection;
    }

    private static WriteRejection? CheckAccess(ResourceDefinition resource, WriteOrigin origin) =>
        origin == WriteOrigin.Client && resource.Settings.Access == ResourceAccess.Read
            ? Reject(WriteRejectionReasons.ReadOnly, resource, "is read-only")
            : null;

    private static WriteRejection WrongType(ResourceDefinition resource) =>
        Reject(WriteRejectionReasons.WrongType, resource, resource.Type == ResourceType.DateTime
            ? "takes an ISO-8601 datetime with its offset, e.g. 2025-11-25T10:00:00.000Z"
            : $"takes a {resource.Type.JsonName()}");

    private static WriteRejection? CheckValue(ResourceDefinition resource, ResourceValue value) =>
        value switch
        {
            _ when value.Type != resource.Type =>
                Reject(WriteRejectionReasons.WrongType, resource, $"takes a {resource.Type.JsonName()}, not a {value.Type.JsonName()}"),
            NumberValue number => ValidateNumber(resource, number.Value),
            StringValue text => ValidateText(resource, text.Value),
            EnumValue member => ValidateMember(resource, member.Member),
            _ => null,
        };

    private static WriteRejection? ValidateNumber(ResourceDefinition resource, double number)
    {
        var settings = resource.Settings;
        return number switch
        {
            _ when !double.IsFinite(number) => Reject(WriteRejectionReasons.WrongType, resource, "takes a finite number"),
            _ when number < settings.Min => Reject(WriteRejectionReasons.BelowMin, resource, $"must be at least {settings.Min}, not {number}"),
            _ when number > settings.Max => Reject(WriteRejectionReasons.AboveMax, resource, $"must be at most {settings.Max}, not {number}"),
            _ => null,
        };
    }

    private static WriteRejection? ValidateText(ResourceDefinition resource, string text)
    {
        if (text.Length > resource.Settings.MaxLength)
        {
            return Reject(WriteRejectionReasons.TooLong, resource, $"must be at most {resource.Settings.MaxLength} characters");
        }

        if (resource.TextRule is not { } rule)
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetByteCount(text);
        return text switch
        {
            _ when bytes < rule.MinUtf8Bytes => Reject(WriteRejectionReasons.TooShort, resource, $"must be at least {rule.MinUtf8Bytes} UTF-8 bytes, not {bytes}"),
            _ when bytes > rule.MaxUtf8Bytes => Reject(WriteRejectionReasons.TooLong, resource, $"must be at most {rule.MaxUtf8Bytes} UTF-8 bytes, not {bytes}"),
            _ when rule.Pattern is { } pattern && !pattern.IsMatch(text) =>
                Reject(WriteRejectionReasons.PatternMismatch, resource, $"{Shown(resource, text)} does not match {pattern}"),
            _ => null,
        };
    }

    private static WriteRejection? ValidateMember(ResourceDefinition resource, string member) =>
        resource.Settings.Enum is { } members && !members.Contains(member, StringComparer.Ordinal)
            ? Reject(WriteRejectionReasons.NotInEnum, resource, $"'{member}' is not one of {string.Join(", ", members)}")
            : null;

    private static string Shown(ResourceDefinition resource, string text) =>
        resource.WriteOnly ? "the value" : $"'{text}'";

    private static WriteRejection Reject(string reason, ResourceDefinition resource, string problem) =>
        new(reason, $"{resource.Rid} {resource.Name} {problem}");
}
