using System.Globalization;
using Mobius.Micro.Testing;

namespace Mobius.Micro.Cli.Simulate.Tests.Support;

/// <summary>The object store as a real process with a database and RabbitMQ virtual host of its own, for provisioning tests.</summary>
public sealed class ObjectStoreProcess : IAsyncLifetime
{
    public const string AdminUsername = "admin";
    public const string AdminPassword = "simulate-test-admin-password";

    private TemporaryDatabase? _database;
    private TemporaryVirtualHost? _virtualHost;
    private ServiceProcess? _service;

    public Uri BaseAddress => _service!.BaseAddress;

    public async Task InitializeAsync()
    {
        _database = await TemporaryDatabase.CreateAsync();
        _virtualHost = await TemporaryVirtualHost.CreateAsync();
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        _service = ServiceProcess.Start("object-store", "Mobius.Micro.ObjectStore", new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = _database.ConnectionString,
            ["Auth__SigningKey"] = $"simulate-test-signing-key-{Guid.NewGuid():N}",
            ["Auth__BootstrapAdmin__Username"] = AdminUsername,
            ["Auth__BootstrapAdmin__Password"] = AdminPassword,
            ["Mobius__HubId"] = "000001",
            ["RabbitMq__Host"] = TestInfrastructure.RabbitMq.Host,
            ["RabbitMq__Port"] = TestInfrastructure.RabbitMq.Port.ToString(CultureInfo.InvariantCulture),
            ["RabbitMq__VirtualHost"] = _virtualHost.Name,
            ["RabbitMq__Username"] = username,
            ["RabbitMq__Password"] = password,
        });
        await _service.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
    }

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        if (_virtualHost is not null)
        {
            await _virtualHost.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
