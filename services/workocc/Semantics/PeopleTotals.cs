namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>
/// A people counter's last raw 16-bit totals (since its boot) and the running totals kept by the
/// decoder, which only ever count up.
/// </summary>
public sealed record PeopleTotals(ushort LastIn, ushort LastOut, long TotalIn, long TotalOut);
