namespace Mobius.Micro.EnOcean.Erp1;

/// <summary>What a UTE teach-in response answers (DB6.5..4).</summary>
public enum UteResult
{
    RejectedGeneralReason = 0,
    AcceptedTeachIn = 1,
    AcceptedDeletion = 2,
    RejectedEepNotSupported = 3,
}
