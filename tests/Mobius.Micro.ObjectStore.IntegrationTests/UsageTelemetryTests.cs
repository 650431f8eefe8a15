using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>The services' bus (the shared <c>AddMobiusBus</c>, here the store's) reports nothing to MassTransit's makers.</summary>
[Collection(ObjectStoreCollection.Name)]
public sealed class UsageTelemetryTests(ObjectStoreFixture store)
{
    [Fact]
    public void MassTransit_usage_telemetry_is_off()
    {
        var usage = store.Factory.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value;

        Assert.False(usage.Enabled);
    }
}
