namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>The totals after a people-count frame, and whether the frame showed that the sensor rebooted.</summary>
public readonly record struct PeopleCountStep(PeopleTotals Totals, bool Rebooted);
