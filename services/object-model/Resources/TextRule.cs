using System.Text.RegularExpressions;

namespace Mobius.Micro.ObjectModel.Resources;

/// <summary>
/// Constraints on a string resource beyond MobiusFlow's <c>maxlen</c>: a pattern it must match
/// (a serial number, a sender id) and a length in UTF-8 bytes (a pre-shared key).
/// </summary>
public sealed record TextRule
{
    public Regex? Pattern { get; init; }
    public int? MinUtf8Bytes { get; init; }
    public int? MaxUtf8Bytes { get; init; }
}
