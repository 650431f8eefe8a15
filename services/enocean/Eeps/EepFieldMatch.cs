namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>A test on a decoded field of the same case: the field <see cref="Shortcut"/> has raw value <see cref="Raw"/>.</summary>
public sealed record EepFieldMatch(string Shortcut, long Raw);
