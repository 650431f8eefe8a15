using Mobius.Micro.Testing;

namespace Mobius.Micro.ConnectorGateway.ScenarioTests;

/// <summary>
/// The whole stack on a Mosquitto of its own with the dynamic security plugin: the gateway logs in
/// with its own account and provisions every connector's. It reconciles only at start (an hour's
/// interval), so a repair seen after a restart comes from the start-up reconciliation.
/// </summary>
public sealed class DynamicSecurityStack : StackFixture
{
    public const string GatewayUsername = "mobius-gateway";
    public const string GatewayPassword = "gateway broker password";

    public DynamicSecurityMosquitto Broker { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string> GatewaySettings => new Dictionary<string, string>
    {
        ["Mqtt__Host"] = Broker.Host,
        ["Mqtt__Port"] = Broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mqtt__Username"] = GatewayUsername,
        ["Mqtt__Password"] = GatewayPassword,
        ["Provisioning__Enabled"] = "true",
        ["Provisioning__AdminUsername"] = DynamicSecurityMosquitto.AdminUsername,
        ["Provisioning__AdminPassword"] = DynamicSecurityMosquitto.AdminPassword,
        ["Provisioning__ReconcileIntervalSeconds"] = "3600",
        ["Gateway__RegistrationCacheSeconds"] = "60",
    };

    public override async Task InitializeAsync()
    {
        Broker = await DynamicSecurityMosquitto.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Broker.DisposeAsync();
    }
}
