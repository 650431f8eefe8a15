namespace Mobius.Micro.Contracts;

/// <summary>
/// A service's health, published periodically by every Mobius.Micro host from its readiness checks
/// (service defaults, <c>Mobius:ServiceSid</c>). The object store writes it into the service's
/// <c>serviceStatus</c> object (PID <c>0001</c>, INS <c>0001</c>) and marks the service unknown (-1)
/// when no report arrives for a few intervals.
/// </summary>
public sealed record ServiceHealthReported
{
    public required string Hid { get; init; }

    /// <summary>The MobiusFlow service this host implements, 3 hex digits (e.g. <c>022</c> for the EnOcean decoder).</summary>
    public required string Sid { get; init; }

    /// <summary>-1 unknown, 0 fault, 1 OK.</summary>
    public required int Status { get; init; }

    /// <summary>For people: <c>OK</c>, or which checks fail and why.</summary>
    public required string StatusText { get; init; }

    /// <summary>The reporting process (host name and process id), for logs.</summary>
    public required string Instance { get; init; }

    public required DateTimeOffset ReportedAt { get; init; }

    public const int Unknown = -1;
    public const int Fault = 0;
    public const int Ok = 1;
}
