using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Mobius.Micro.Testing;
using Npgsql;

namespace Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

/// <summary>
/// The object store in-process, on its own database and RabbitMQ virtual host, with a known admin.
/// Login limits are high (every test logs in) and timeouts short, unless <paramref name="settings"/> says otherwise.
/// </summary>
public sealed class ObjectStoreFactory(string connectionString, string virtualHost, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string AdminUsername = "test-admin";
    public const string AdminPassword = "test-admin-password";
    public const string SigningKey = "integration-test-signing-key-0123456789abcdef";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        var configuration = new Dictionary<string, string?>
        {
            // TemporaryDatabase's connection string turns pooling off; the store pools, as deployed.
            ["ConnectionStrings:Postgres"] = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = true }.ConnectionString,
            ["RabbitMq:Host"] = TestInfrastructure.RabbitMq.Host,
            ["RabbitMq:Port"] = TestInfrastructure.RabbitMq.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RabbitMq:VirtualHost"] = virtualHost,
            ["RabbitMq:Username"] = username,
            ["RabbitMq:Password"] = password,
            ["Auth:SigningKey"] = SigningKey,
            ["Auth:BootstrapAdmin:Username"] = AdminUsername,
            ["Auth:BootstrapAdmin:Password"] = AdminPassword,
            ["Auth:LoginRateLimit:PermitsPerIp"] = "1000000",
            ["Auth:LoginRateLimit:PermitsPerUsername"] = "1000000",
            ["Commands:DownlinkTimeout"] = "00:00:03",
            ["Mobius:HealthReportSeconds"] = "1",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(configuration));
    }
}
