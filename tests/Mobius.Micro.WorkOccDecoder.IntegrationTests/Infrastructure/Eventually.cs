namespace Mobius.Micro.WorkOccDecoder.IntegrationTests.Infrastructure;

/// <summary>Waits for something the services do asynchronously.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> read, Func<T, bool> arrived, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var current = await read();
            if (arrived(current))
            {
                return current;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{what} did not happen within {Timeout.TotalSeconds} s; last seen: {current}");
            await Task.Delay(100);
        }
    }

    /// <summary>Gives late messages time to arrive before a test checks that none did.</summary>
    public static Task QuietPeriod() => Task.Delay(TimeSpan.FromSeconds(1.5));
}
