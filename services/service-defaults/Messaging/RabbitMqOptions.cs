using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.ServiceDefaults.Messaging;

/// <summary>Where the message bus lives. Bound from the <c>RabbitMq</c> section (<c>RabbitMq__Host</c>, ...).</summary>
public sealed class RabbitMqOptions
{
    public const string Section = "RabbitMq";

    [Required]
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 5672;

    [Required]
    public string VirtualHost { get; set; } = "/";

    [Required]
    public string Username { get; set; } = "";

    [Required]
    public string Password { get; set; } = "";

    /// <summary>Connect with TLS (amqps); the server certificate must be trusted by the host.</summary>
    public bool UseTls { get; set; }

    /// <summary>How many messages each receive endpoint may hold unacknowledged.</summary>
    [Range(1, 10000)]
    public int PrefetchCount { get; set; } = 64;
}
