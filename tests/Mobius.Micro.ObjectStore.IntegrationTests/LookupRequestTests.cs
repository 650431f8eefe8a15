using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>The requests the gateway and the EnOcean decoder send over the bus, answered by the store.</summary>
[Collection(ObjectStoreCollection.Name)]
public sealed class LookupRequestTests(ObjectStoreFixture store)
{
    [Fact]
    public async Task A_connector_serial_is_answered_with_uri_psk_and_enabled()
    {
        var admin = await store.AdminAsync();
        var (ins, serial, psk) = (TestIds.Instance(), TestIds.Serial(), TestIds.Psk());
        await admin.CreateObjectAsync($"000001/021/FFC0/{ins}", ("0B", serial), ("0C", psk));

        var credentials = await RequestAsync<GetConnectorCredentials, ConnectorCredentials>(new() { Hid = "000001", Serial = serial });

        Assert.Equal(new ConnectorCredentials { Serial = serial, Found = true, Enabled = true, ConnectorUri = $"000001/021/FFC0/{ins}", Psk = psk }, credentials);
    }

    [Fact]
    public async Task A_disabled_connector_is_answered_as_disabled()
    {
        var admin = await store.AdminAsync();
        var serial = TestIds.Serial();
        await admin.CreateObjectAsync($"000001/021/FFC0/{TestIds.Instance()}", ("0B", serial), ("0C", TestIds.Psk()), ("19", false));

        var credentials = await RequestAsync<GetConnectorCredentials, ConnectorCredentials>(new() { Hid = "000001", Serial = serial });

        Assert.True(credentials.Found);
        Assert.False(credentials.Enabled);
    }

    [Fact]
    public async Task An_unknown_serial_is_not_found()
    {
        var serial = TestIds.Serial();

        var credentials = await RequestAsync<GetConnectorCredentials, ConnectorCredentials>(new() { Hid = "000001", Serial = serial });

        Assert.Equal(new ConnectorCredentials { Serial = serial, Found = false }, credentials);
    }

    [Fact]
    public async Task A_serial_of_another_hub_is_not_found()
    {
        var admin = await store.AdminAsync();
        var serial = TestIds.Serial();
        await admin.CreateObjectAsync($"000001/021/FFC0/{TestIds.Instance()}", ("0B", serial), ("0C", TestIds.Psk()));

        var credentials = await RequestAsync<GetConnectorCredentials, ConnectorCredentials>(new() { Hid = "000002", Serial = serial });

        Assert.False(credentials.Found);
    }

    [Fact]
    public async Task An_enocean_sender_id_is_answered_with_the_device_uri_and_eep()
    {
        var admin = await store.AdminAsync();
        var pid = EnOceanPidTable.All.Single(profile => profile.Key == "A5-04-01").Pid;
        var (ins, uid) = (TestIds.Instance(), TestIds.SenderId());
        await admin.CreateObjectAsync($"000001/022/{pid}/{ins}", ("0B", uid));

        var device = await RequestAsync<GetEnOceanDevice, EnOceanDeviceRegistration>(new() { Hid = "000001", SenderId = uid });

        Assert.Equal(new EnOceanDeviceRegistration { SenderId = uid, Found = true, ObjectUri = $"000001/022/{pid}/{ins}", Eep = "A5-04-01" }, device);
    }

    [Fact]
    public async Task An_unknown_sender_id_is_not_found()
    {
        var uid = TestIds.SenderId();

        var device = await RequestAsync<GetEnOceanDevice, EnOceanDeviceRegistration>(new() { Hid = "000001", SenderId = uid });

        Assert.Equal(new EnOceanDeviceRegistration { SenderId = uid, Found = false }, device);
    }

    private async Task<TResponse> RequestAsync<TRequest, TResponse>(TRequest request)
        where TRequest : class
        where TResponse : class
    {
        var client = store.Bus.CreateRequestClient<TRequest>(RequestTimeout.After(s: 15));
        return (await client.GetResponse<TResponse>(request)).Message;
    }
}
