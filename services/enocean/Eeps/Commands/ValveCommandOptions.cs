namespace Mobius.Micro.EnOcean.Eeps.Commands;

/// <summary>The service flags of an A5-20-01 command (DB1); all off by default.</summary>
public sealed record ValveCommandOptions
{
    /// <summary>RIN: run the initialisation sequence.</summary>
    public bool RunInitSequence { get; init; }

    /// <summary>LFS: lift set.</summary>
    public bool LiftSet { get; init; }

    /// <summary>VO: open the valve fully (maintenance).</summary>
    public bool OpenValve { get; init; }

    /// <summary>VC: close the valve fully.</summary>
    public bool CloseValve { get; init; }

    /// <summary>SB: summer bit, the actuator wakes up rarely to save energy.</summary>
    public bool SummerMode { get; init; }

    /// <summary>SPN: the set point is inverse.</summary>
    public bool SetPointInverse { get; init; }

    /// <summary>RCU: service on instead of room control unit.</summary>
    public bool ServiceOn { get; init; }
}
