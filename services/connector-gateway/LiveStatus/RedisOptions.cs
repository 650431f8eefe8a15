using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.ConnectorGateway.LiveStatus;

/// <summary>Where live status is kept: <c>ConnectionStrings:Redis</c> (<c>ConnectionStrings__Redis</c>), a StackExchange.Redis configuration string.</summary>
public sealed class RedisOptions
{
    public const string Section = "ConnectionStrings";

    [Required]
    public string Redis { get; set; } = "";
}
