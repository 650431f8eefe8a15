namespace Mobius.Micro.ObjectModel.Uris;

/// <summary>A URI or URI pattern that does not follow the MobiusFlow syntax; the message names the bad part.</summary>
public sealed class InvalidUriException(UriPart? part, string message) : FormatException(message)
{
    /// <summary>The offending part, or <see langword="null"/> when the URI as a whole is wrong (e.g. too many levels).</summary>
    public UriPart? Part { get; } = part;
}
