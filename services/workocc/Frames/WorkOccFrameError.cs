namespace Mobius.Micro.WorkOcc.Frames;

/// <summary>
/// Why a frame was rejected as a whole: the <see cref="Code"/>, for <see cref="WorkOccErrorCode.BadPayload"/>
/// the <see cref="Problem"/>, and a message naming the offending byte or value.
/// </summary>
public readonly record struct WorkOccFrameError(WorkOccErrorCode Code, WorkOccPayloadProblem? Problem, string Message)
{
    /// <summary>The counter reason: the lower-case code, and for bad payloads the problem, e.g. <c>bad_payload:battery_out_of_range</c>.</summary>
    public string Reason => Problem is { } problem
        ? $"{Code.ToCode().ToLowerInvariant()}:{problem.ToReason()}"
        : Code.ToCode().ToLowerInvariant();
}
