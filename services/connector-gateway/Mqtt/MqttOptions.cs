using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.ConnectorGateway.Mqtt;

/// <summary>The gateway's connection to the MQTT broker. Bound from the <c>Mqtt</c> section.</summary>
public sealed class MqttOptions
{
    public const string Section = "Mqtt";

    [Required]
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 1883;

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>MQTT client id; unique per replica (the default adds the machine name).</summary>
    [Required]
    public string ClientId { get; set; } = $"mobius-gateway-{Environment.MachineName}";

    /// <summary>First level of every connector topic.</summary>
    [Required]
    [RegularExpression("^[^/+#$][^+#]*$", ErrorMessage = "must be a plain topic level without wildcards")]
    public string TopicPrefix { get; set; } = "mobius";

    /// <summary>
    /// Group of the MQTT v5 shared subscription (<c>$share/{group}/...</c>) that lets several
    /// gateway replicas split the load; empty subscribes without sharing.
    /// </summary>
    public string SharedSubscriptionGroup { get; set; } = "mobius-gateway";

    /// <summary>Connect with TLS (mqtts).</summary>
    public bool UseTls { get; set; }

    /// <summary>PEM file of the CA that signed the broker's certificate; the system store when empty.</summary>
    public string? CaCertificatePath { get; set; }

    /// <summary>PEM certificate the gateway presents when the broker asks for one (with <see cref="ClientKeyPath"/>).</summary>
    public string? ClientCertificatePath { get; set; }

    /// <summary>PEM private key of <see cref="ClientCertificatePath"/>.</summary>
    public string? ClientKeyPath { get; set; }

    /// <summary>How long the broker keeps the gateway's session (and the unacknowledged messages in it) across a disconnect.</summary>
    [Range(0, 86400)]
    public int SessionExpirySeconds { get; set; } = 3600;
}
