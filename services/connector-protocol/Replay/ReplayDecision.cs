namespace Mobius.Micro.ConnectorProtocol.Replay;

/// <summary>The verdict of <see cref="ReplayGuard.Decide"/> and the state to store after it.</summary>
/// <param name="Verdict">Accept, drop silently, or reject.</param>
/// <param name="NextState">
/// The connector's new state; null when the stored state stays as it is (every verdict but
/// <see cref="ReplayVerdict.Accept"/>, and an accepted last will).
/// </param>
public readonly record struct ReplayDecision(ReplayVerdict Verdict, ReplayState? NextState);
