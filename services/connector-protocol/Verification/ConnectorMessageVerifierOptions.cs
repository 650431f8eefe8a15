using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.ConnectorProtocol.Verification;

/// <summary>Settings of <see cref="ConnectorMessageVerifier"/>; bind from configuration and validate at start.</summary>
public sealed class ConnectorMessageVerifierOptions
{
    /// <summary>Rule 6: how far <c>iat</c> may be from now, either way. Whole seconds; default 300 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FreshnessWindow { get; set; } = TimeSpan.FromSeconds(300);
}
