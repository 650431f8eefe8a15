namespace Mobius.Micro.ConnectorGateway.ScenarioTests;

/// <summary>Polls until a condition holds, failing with a description when it never does.</summary>
public static class Eventually
{
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> read, Func<T, bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{what} did not happen; last value: {value}");
            await Task.Delay(100);
        }
    }
}
