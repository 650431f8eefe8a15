namespace Mobius.Micro.Cli.Simulate;

/// <summary>How <c>mobius simulate</c> ends.</summary>
public static class SimulateExitCodes
{
    public const int Done = 0;

    /// <summary>An option is invalid (as for the parser's own errors).</summary>
    public const int InvalidOptions = 1;

    public const int ProvisioningFailed = 2;

    public const int BrokerUnreachable = 3;

    /// <summary>Stopped with Ctrl+C before the duration was over; the summary is still printed.</summary>
    public const int Interrupted = 130;
}
