using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.WorkOccDecoder.Tests;

public sealed class WorkOccDecoderOptionsTests
{
    [Fact]
    public void The_defaults_are_valid_and_give_the_specified_windows()
    {
        var options = new WorkOccDecoderOptions();

        Assert.Empty(Validate(options));
        var semantics = options.ToSemantics();
        Assert.Equal(TimeSpan.FromSeconds(2), semantics.DuplicateWindow);
        Assert.Equal(TimeSpan.FromSeconds(60), semantics.ReorderWindow);
        Assert.Equal(TimeSpan.FromMinutes(30), semantics.OccupancyTimeout);
        Assert.Equal(TimeSpan.Zero, semantics.TimeZone.BaseUtcOffset);
        Assert.False(options.AutoProvision);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_with_a_message_naming_it()
    {
        var failure = Assert.Single(Validate(new WorkOccDecoderOptions { TimeZone = "Mars/Olympus_Mons" }));

        Assert.Equal(["TimeZone"], failure.MemberNames);
        Assert.Contains("Mars/Olympus_Mons", failure.ErrorMessage);
    }

    [Fact]
    public void Windows_out_of_range_are_refused()
    {
        var failures = Validate(new WorkOccDecoderOptions { DuplicateWindowMilliseconds = 0, OccupancyTimeoutSeconds = 10, SweepIntervalSeconds = 0 });

        Assert.Equal(
            ["DuplicateWindowMilliseconds", "OccupancyTimeoutSeconds", "SweepIntervalSeconds"],
            failures.SelectMany(failure => failure.MemberNames).Order());
    }

    private static List<ValidationResult> Validate(WorkOccDecoderOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
