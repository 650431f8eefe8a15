using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.ObjectStore.Profiles;

/// <summary>The SIDs of the services whose objects this store keeps, section <c>Mobius:Services</c>; the defaults are MobiusFlow's.</summary>
public sealed class ServiceIdsOptions : IValidatableObject
{
    public const string Section = "Mobius:Services";
    private const string Sid = "^[0-9A-F]{3}$";
    private const string SidMessage = "must be 3 upper-case hex digits, e.g. 021";

    /// <summary>Generic objects with no backend logic.</summary>
    [RegularExpression(Sid, ErrorMessage = SidMessage)]
    public string ObjectStore { get; set; } = "020";

    /// <summary>Connector objects (<c>mobiusFlowConnector</c>).</summary>
    [RegularExpression(Sid, ErrorMessage = SidMessage)]
    public string Connectors { get; set; } = "021";

    [RegularExpression(Sid, ErrorMessage = SidMessage)]
    public string EnOceanDevices { get; set; } = "022";

    [RegularExpression(Sid, ErrorMessage = SidMessage)]
    public string WorkOccDevices { get; set; } = "023";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string[] sids = [ObjectStore, Connectors, EnOceanDevices, WorkOccDevices];
        if (sids.Distinct(StringComparer.Ordinal).Count() != sids.Length)
        {
            yield return new ValidationResult($"every service needs its own SID, not {string.Join(", ", sids)}");
        }
    }
}
