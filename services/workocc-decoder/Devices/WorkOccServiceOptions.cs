using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.WorkOccDecoder.Devices;

/// <summary>
/// The SID of the WorkPlace Occupancy service, from the same key the object store reads
/// (<c>Mobius:Services:WorkOccDevices</c>, MobiusFlow's default <c>023</c>): where new sensor objects go.
/// </summary>
public sealed class WorkOccServiceOptions
{
    public const string Section = "Mobius:Services";

    [RegularExpression("^[0-9A-F]{3}$", ErrorMessage = "must be 3 upper-case hex digits, e.g. 023")]
    public string WorkOccDevices { get; set; } = "023";
}
