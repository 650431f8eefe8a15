namespace Mobius.Micro.EnOceanDecoder.IntegrationTests;

/// <summary>Waits for what the services do asynchronously.</summary>
internal static class Waiting
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task UntilAsync(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what} did not happen within {Timeout.TotalSeconds} s");
            await Task.Delay(100);
        }
    }

    /// <summary>Time for late copies to arrive before a test checks that nothing more came.</summary>
    public static Task ForLateMessagesAsync() => Task.Delay(TimeSpan.FromSeconds(2));
}
