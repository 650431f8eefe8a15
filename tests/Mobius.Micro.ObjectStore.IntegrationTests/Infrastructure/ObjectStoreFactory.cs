using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Mobius.Micro.Testing;

namespace Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

/// <summary>The object store in-process, on its own database and RabbitMQ virtual host, with a known admin.</summary>
public sealed class ObjectStoreFactory(string connectionString, string virtualHost) : WebApplicationFactory<Program>
{
    public const string AdminUsername = "test-admin";
    public const string AdminPassword = "test-admin-password";
    public const string SigningKey = "integration-test-signing-key-0123456789abcdef";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = connectionString,
            ["RabbitMq:Host"] = TestInfrastructure.RabbitMq.Host,
            ["RabbitMq:Port"] = TestInfrastructure.RabbitMq.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RabbitMq:VirtualHost"] = virtualHost,
            ["RabbitMq:Username"] = username,
            ["RabbitMq:Password"] = password,
            ["Auth:SigningKey"] = SigningKey,
            ["Auth:BootstrapAdmin:Username"] = AdminUsername,
            ["Auth:BootstrapAdmin:Password"] = AdminPassword,
            ["Logging:LogLevel:Default"] = "Warning",
        }));
    }
}
