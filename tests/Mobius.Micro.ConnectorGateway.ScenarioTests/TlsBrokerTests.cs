using System.Globalization;
using Mobius.Micro.Testing;

namespace Mobius.Micro.ConnectorGateway.ScenarioTests;

/// <summary>The gateway on <c>mqtts://</c>: it trusts the broker only through the configured CA, and presents a client certificate when asked.</summary>
public sealed class TlsBrokerTests : IAsyncLifetime
{
    private DirectoryInfo _folder = null!;
    private TestCertificates _certificates = null!;
    private TemporaryVirtualHost _virtualHost = null!;

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("mobius-tls-");
        _certificates = new TestCertificates(_folder.FullName, "broker");
        _virtualHost = await TemporaryVirtualHost.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _virtualHost.DisposeAsync();
        _certificates.Dispose();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task The_gateway_connects_over_tls_to_a_broker_signed_by_its_configured_ca()
    {
        await using var broker = await TlsMosquitto.StartAsync(_certificates, requireClientCertificate: false);
        await using var gateway = StartGateway(broker, _certificates.AuthorityPath);

        await gateway.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task The_gateway_presents_its_client_certificate_to_a_broker_that_requires_one()
    {
        await using var broker = await TlsMosquitto.StartAsync(_certificates, requireClientCertificate: true);
        var (certificate, key) = _certificates.Issue("gateway", server: false);
        await using var gateway = StartGateway(broker, _certificates.AuthorityPath, new()
        {
            ["Mqtt__ClientCertificatePath"] = certificate,
            ["Mqtt__ClientKeyPath"] = key,
        });

        await gateway.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task The_gateway_refuses_a_broker_whose_certificate_its_ca_did_not_sign()
    {
        await using var broker = await TlsMosquitto.StartAsync(_certificates, requireClientCertificate: false);
        using var stranger = new TestCertificates(_folder.FullName, "stranger");
        await using var gateway = StartGateway(broker, stranger.AuthorityPath);

        await Task.Delay(TimeSpan.FromSeconds(8));

        Assert.False(gateway.HasExited, gateway.Output);
        using var http = new HttpClient { BaseAddress = gateway.BaseAddress };
        using var ready = await http.GetAsync("/health/ready");
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("\"mqtt\":{\"status\":\"Unhealthy\"", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private ServiceProcess StartGateway(TlsMosquitto broker, string authorityPath, Dictionary<string, string>? extra = null)
    {
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        var settings = new Dictionary<string, string>
        {
            ["RabbitMq__Host"] = TestInfrastructure.RabbitMq.Host,
            ["RabbitMq__VirtualHost"] = _virtualHost.Name,
            ["RabbitMq__Username"] = username,
            ["RabbitMq__Password"] = password,
            ["ConnectionStrings__Redis"] = TestInfrastructure.Redis,
            ["Gateway__RedisKeyPrefix"] = $"mobius-tls-{Guid.NewGuid():N}:",
            ["Mqtt__Host"] = "127.0.0.1",
            ["Mqtt__Port"] = broker.Port.ToString(CultureInfo.InvariantCulture),
            ["Mqtt__UseTls"] = "true",
            ["Mqtt__CaCertificatePath"] = authorityPath,
            ["Mqtt__ClientId"] = $"gateway-tls-{Guid.NewGuid():N}",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return ServiceProcess.Start("connector-gateway", "Mobius.Micro.ConnectorGateway", settings);
    }
}
