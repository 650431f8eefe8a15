using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mobius.Micro.Testing;

namespace Mobius.Micro.WorkOccDecoder.IntegrationTests.Infrastructure;

/// <summary>The WorkOcc decoder in process, on a given virtual host and Redis key prefix, with the test's clock.</summary>
public sealed class DecoderFactory(string virtualHost, string redisKeyPrefix, TimeProvider clock) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RabbitMq:Host"] = TestInfrastructure.RabbitMq.Host,
            ["RabbitMq:Port"] = TestInfrastructure.RabbitMq.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RabbitMq:VirtualHost"] = virtualHost,
            ["RabbitMq:Username"] = username,
            ["RabbitMq:Password"] = password,
            ["ConnectionStrings:Redis"] = TestInfrastructure.Redis,
            ["WorkOccDecoder:RedisKeyPrefix"] = redisKeyPrefix,
            ["WorkOccDecoder:AutoProvision"] = "true",
            ["WorkOccDecoder:SweepIntervalSeconds"] = "3600",
            ["WorkOccDecoder:DiscoveryIntervalSeconds"] = "3600",
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }
}
