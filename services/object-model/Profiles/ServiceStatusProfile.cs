using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectModel.Profiles;

/// <summary>
/// The <c>serviceStatus</c> object every service has at PID <c>0001</c>, INS <c>0001</c>: the real
/// health of the container behind the service. It has no common resources: its RIDs start at <c>01</c>.
/// </summary>
public static class ServiceStatusProfile
{
    public const string Pid = "0001";
    public const string Ins = "0001";
    public const string ProfileName = "serviceStatus";

    /// <summary>-1 unknown, 0 fault, 1 OK; unknown until the service reports.</summary>
    public const string Status = "01";

    public const string StatusText = "02";
    public const string LastChanged = "03";

    public const double Unknown = -1;
    public const double Fault = 0;
    public const double Ok = 1;

    public static ObjectProfile Profile { get; } = new(
        Pid,
        ProfileName,
        "Health of the service: -1 unknown, 0 fault, 1 OK",
        ["Service"],
        [
            new()
            {
                Rid = Status, Name = "status", Type = ResourceType.Number,
                Settings = new() { Access = ResourceAccess.Read, Min = Unknown, Max = Ok, Precision = 0 },
                Default = new NumberValue(Unknown),
            },
            new() { Rid = StatusText, Name = "statusText", Type = ResourceType.String },
            new() { Rid = LastChanged, Name = "lastChanged", Type = ResourceType.DateTime },
        ]);
}
