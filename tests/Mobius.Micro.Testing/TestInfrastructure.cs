namespace Mobius.Micro.Testing;

/// <summary>
/// Where the real servers of the integration and end-to-end tests are: loopback defaults, the
/// same ones <c>make test</c> starts, overridable through <c>MOBIUS_TEST_*</c> variables.
/// </summary>
public static class TestInfrastructure
{
    public static string Postgres => Setting("MOBIUS_TEST_POSTGRES", "Host=127.0.0.1;Port=5432;Username=mobius;Password=mobius");

    public static Uri RabbitMq => new(Setting("MOBIUS_TEST_RABBITMQ", "amqp://guest:guest@127.0.0.1:5672"));

    public static Uri RabbitMqManagement => new(Setting("MOBIUS_TEST_RABBITMQ_MANAGEMENT", "http://127.0.0.1:15672"));

    public static string Redis => Setting("MOBIUS_TEST_REDIS", "127.0.0.1:6379");

    /// <summary>MQTT broker as <c>host:port</c>.</summary>
    public static string Mqtt => Setting("MOBIUS_TEST_MQTT", "127.0.0.1:1883");

    public static (string Username, string Password) RabbitMqCredentials
    {
        get
        {
            var userInfo = Uri.UnescapeDataString(RabbitMq.UserInfo).Split(':', 2);
            return (userInfo[0], userInfo.Length > 1 ? userInfo[1] : "");
        }
    }

    private static string Setting(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
}
