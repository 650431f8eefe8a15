using Mobius.Micro.WorkOcc.Frames;

namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>The sensor was in <see cref="State"/> from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
public sealed record OccupancySegment(DateTimeOffset Start, DateTimeOffset End, OccupancyState State);
