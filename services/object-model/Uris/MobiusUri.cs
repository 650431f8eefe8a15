using System.Diagnostics.CodeAnalysis;

namespace Mobius.Micro.ObjectModel.Uris;

/// <summary>
/// A MobiusFlow URI, <c>HID/SID/PID/INS/RID</c>, or a prefix of it addressing a hub, service,
/// profile or object. Lower-case hex is accepted; the canonical form is upper-case.
/// </summary>
public sealed class MobiusUri : IEquatable<MobiusUri>
{
    private readonly string[] parts;
    private readonly string text;

    private MobiusUri(string[] parts)
    {
        this.parts = parts;
        text = string.Join('/', parts);
    }

    public string Hid => parts[0];
    public string? Sid => PartOrNull(UriPart.Sid);
    public string? Pid => PartOrNull(UriPart.Pid);
    public string? Ins => PartOrNull(UriPart.Ins);
    public string? Rid => PartOrNull(UriPart.Rid);

    /// <summary>The deepest part present: <see cref="UriPart.Ins"/> for an object, <see cref="UriPart.Rid"/> for a resource.</summary>
    public UriPart Level => (UriPart)(parts.Length - 1);

    /// <summary>The parts present, upper-case, in order from HID.</summary>
    public IReadOnlyList<string> Parts => parts;

    /// <summary>Parses <c>HID[/SID[/PID[/INS[/RID]]]]</c>; throws <see cref="InvalidUriException"/> naming the bad part.</summary>
    public static MobiusUri Parse(string text) =>
        TryParse(text, out var uri, out var error) ? uri : throw error;

    public static bool TryParse(string text, [NotNullWhen(true)] out MobiusUri? uri, [NotNullWhen(false)] out InvalidUriException? error) =>
        TryFromParts(text.Split('/'), out uri, out error);

    /// <summary>Builds a URI from its parts in order (e.g. the segments of an API route); throws <see cref="InvalidUriException"/> naming the bad part.</summary>
    public static MobiusUri FromParts(params IReadOnlyList<string> parts) =>
        TryFromParts(parts, out var uri, out var error) ? uri : throw error;

    /// <summary>The URI of instance <paramref name="ins"/> of this profile URI (<c>HID/SID/PID</c>).</summary>
    public MobiusUri WithIns(string ins)
    {
        if (Level != UriPart.Pid)
        {
            throw new InvalidOperationException($"{text} is not a profile URI");
        }

        return FromParts([.. parts, ins]);
    }

    /// <summary>The URI one level up (an object's profile, a resource's object), or <see langword="null"/> for a hub.</summary>
    public MobiusUri? Parent => parts.Length > 1 ? new MobiusUri(parts[..^1]) : null;

    /// <summary>The URI of resource <paramref name="rid"/> of this object.</summary>
    public MobiusUri WithRid(string rid)
    {
        if (Level != UriPart.Ins)
        {
            throw new InvalidOperationException($"{text} is not an object URI");
        }

        return FromParts([.. parts, rid]);
    }

    public override string ToString() => text;

    public bool Equals(MobiusUri? other) => other is not null && text == other.text;

    public override bool Equals(object? obj) => obj is MobiusUri other && Equals(other);

    public override int GetHashCode() => text.GetHashCode(StringComparison.Ordinal);

    private static bool TryFromParts(
        IReadOnlyList<string> parts, [NotNullWhen(true)] out MobiusUri? uri, [NotNullWhen(false)] out InvalidUriException? error)
    {
        uri = null;
        if (parts.Count > UriParts.Count)
        {
            error = new InvalidUriException(null, $"'{string.Join('/', parts)}' has more than {UriParts.Count} parts (HID/SID/PID/INS/RID)");
            return false;
        }

        var normalized = new string[parts.Count];
        for (var index = 0; index < parts.Count; index++)
        {
            var part = (UriPart)index;
            if (UriParts.Normalize(part, parts[index], out var reason) is not { } value)
            {
                error = new InvalidUriException(part, reason!);
                return false;
            }

            normalized[index] = value;
        }

        error = null;
        uri = new MobiusUri(normalized);
        return true;
    }

    private string? PartOrNull(UriPart part) => (int)part < parts.Length ? parts[(int)part] : null;
}
