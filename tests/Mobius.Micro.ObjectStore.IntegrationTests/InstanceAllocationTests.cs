using System.Net;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>Uses the rocker switch profile (PID 000B), which no other test of the collection creates, so its instances are known.</summary>
[Collection(ObjectStoreCollection.Name)]
public sealed class InstanceAllocationTests(ObjectStoreFixture store)
{
    private const string RockerSwitches = "000001/022/000B";

    [Fact]
    public async Task Creating_without_an_instance_takes_the_first_free_one()
    {
        var admin = await store.AdminAsync();
        await admin.CreateObjectAsync($"{RockerSwitches}/0001", ("0B", TestIds.SenderId()));
        await admin.CreateObjectAsync($"{RockerSwitches}/0003", ("0B", TestIds.SenderId()));

        var second = await admin.CreateObjectAsync(RockerSwitches, ("0B", TestIds.SenderId()));
        var fourth = await admin.CreateObjectAsync(RockerSwitches, ("0B", TestIds.SenderId()));

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal("0002", (string?)second.Data["ins"]);
        Assert.Equal($"{RockerSwitches}/0002", (string?)second.Body["uri"]);
        Assert.Equal("0004", (string?)fourth.Data["ins"]);
        Assert.Equal("enocean_F6-02-XX", (string?)fourth.Data["profileName"]);
    }
}
