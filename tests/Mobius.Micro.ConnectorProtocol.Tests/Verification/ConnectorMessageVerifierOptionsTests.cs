using System.ComponentModel.DataAnnotations;
using Mobius.Micro.ConnectorProtocol.Verification;

namespace Mobius.Micro.ConnectorProtocol.Tests.Verification;

public sealed class ConnectorMessageVerifierOptionsTests
{
    [Fact]
    public void The_freshness_window_defaults_to_300_seconds() =>
        Assert.Equal(TimeSpan.FromSeconds(300), new ConnectorMessageVerifierOptions().FreshnessWindow);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_window_below_one_second_is_refused(int seconds)
    {
        var options = new ConnectorMessageVerifierOptions { FreshnessWindow = TimeSpan.FromSeconds(seconds) };

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConnectorMessageVerifier(options, TimeProvider.System));
    }

    [Fact]
    public void A_window_of_minutes_is_valid()
    {
        var options = new ConnectorMessageVerifierOptions { FreshnessWindow = TimeSpan.FromMinutes(10) };

        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
    }
}
