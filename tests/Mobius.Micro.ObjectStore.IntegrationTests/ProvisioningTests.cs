using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>Objects the decoders ask for: created once at the next free instance, refused when they cannot be.</summary>
[Collection(ObjectStoreCollection.Name)]
public sealed class ProvisioningTests(ObjectStoreFixture store)
{
    [Fact]
    public async Task A_device_is_provisioned_once_however_often_asked()
    {
        var admin = await store.AdminAsync();
        var senderId = TestIds.SenderId();
        var request = Request("0102", ReportedValue.Of("0B", senderId), ReportedValue.Of("0A", "A5-04-01"));

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => store.Bus.Publish(request)));

        var found = await Eventually.ReturnsAsync(
            async () => (await admin.GetAsync("/api/v1/mobius/discover/000001/022/0102/+")).Data.AsObject()
                .Where(entry => (string?)entry.Value!["resources"]!["0B"]!["pv"] == senderId).ToList(),
            matches => matches.Count > 0);
        await Task.Delay(500);
        var again = (await admin.GetAsync("/api/v1/mobius/discover/000001/022/0102/+")).Data.AsObject()
            .Count(entry => (string?)entry.Value!["resources"]!["0B"]!["pv"] == senderId);

        Assert.Single(found);
        Assert.Equal(1, again);
        Assert.Equal("provisioned by teach-in", (string?)found[0].Value!["resources"]!["03"]!["pv"]);
    }

    [Fact]
    public async Task Impossible_requests_create_nothing_and_do_not_block_the_queue()
    {
        var admin = await store.AdminAsync();
        var senderId = TestIds.SenderId();

        await store.Bus.Publish(Request("0FFF", ReportedValue.Of("0B", senderId)));
        await store.Bus.Publish(Request("0102", ReportedValue.Of("0B", "not-hex")));
        await store.Bus.Publish(Request("0001", ReportedValue.Of("0B", senderId)));
        await store.Bus.Publish(Request("0102"));
        await store.Bus.Publish(Request("0102", ReportedValue.Of("0B", senderId)));

        var created = await Eventually.ReturnsAsync(
            async () => (await admin.GetAsync("/api/v1/mobius/discover/000001/022/0102/+")).Data.AsObject()
                .Count(entry => (string?)entry.Value!["resources"]!["0B"]!["pv"] == senderId),
            count => count > 0);
        Assert.Equal(1, created);
        Assert.DoesNotContain("not-hex", (await admin.GetAsync("/api/v1/mobius/discover/000001/022/%23")).Body.ToJsonString(), StringComparison.Ordinal);
    }

    private static ObjectProvisioningRequested Request(string pid, params ReportedValue[] configuration) =>
        new() { Hid = "000001", Sid = "022", Pid = pid, Configuration = configuration, Reason = "teach-in" };
}
