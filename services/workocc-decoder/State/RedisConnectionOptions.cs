using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.WorkOccDecoder.State;

/// <summary>Where sensor state is kept: <c>ConnectionStrings:Redis</c> (<c>ConnectionStrings__Redis</c>), a StackExchange.Redis configuration string.</summary>
public sealed class RedisConnectionOptions
{
    public const string Section = "ConnectionStrings";

    [Required]
    public string Redis { get; set; } = "";
}
