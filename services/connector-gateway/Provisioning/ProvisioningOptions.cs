using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.ConnectorGateway.Provisioning;

/// <summary>
/// Broker accounts for connectors in Mosquitto's dynamic security plugin. Off by default (a broker
/// without the plugin, e.g. the anonymous development one). Bound from the <c>Provisioning</c> section.
/// </summary>
public sealed class ProvisioningOptions : IValidatableObject
{
    public const string Section = "Provisioning";

    /// <summary>Provision connectors' broker accounts (and the gateway's own) in the dynamic security plugin.</summary>
    public bool Enabled { get; set; }

    /// <summary>A broker user allowed to use <c>$CONTROL/dynamic-security/#</c> (the one <c>mosquitto_ctrl dynsec init</c> creates).</summary>
    public string? AdminUsername { get; set; }

    public string? AdminPassword { get; set; }

    /// <summary>MQTT client id of the provisioning connection; unique per replica.</summary>
    [Required]
    public string ClientId { get; set; } = $"mobius-gateway-provisioning-{Environment.MachineName}";

    /// <summary>How often every connector's account is compared with its object (also once at start).</summary>
    [Range(10, 86400)]
    public int ReconcileIntervalSeconds { get; set; } = 300;

    /// <summary>How long the plugin has to answer a batch of commands.</summary>
    [Range(1, 300)]
    public int ResponseTimeoutSeconds { get; set; } = 10;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && string.IsNullOrEmpty(AdminUsername))
        {
            yield return new ValidationResult("is required when provisioning is enabled", [nameof(AdminUsername)]);
        }

        if (Enabled && string.IsNullOrEmpty(AdminPassword))
        {
            yield return new ValidationResult("is required when provisioning is enabled", [nameof(AdminPassword)]);
        }
    }
}
