using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.ServiceDefaults.Configuration;

/// <summary>The MobiusFlow hub (node) this deployment serves: the first part of every URI.</summary>
public sealed class HubOptions
{
    public const string Section = "Mobius";

    [Required]
    [RegularExpression("^[0-9A-F]{6}$", ErrorMessage = "must be 6 upper-case hex digits, e.g. 000001")]
    public string HubId { get; set; } = "000001";
}
