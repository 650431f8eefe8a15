namespace Mobius.Micro.ConnectorGateway.ScenarioTests;

/// <summary>One stack for every scenario class; they run one after another (one of them restarts the gateway).</summary>
[CollectionDefinition(Name)]
public sealed class GatewayStackCollection : ICollectionFixture<GatewayStack>
{
    public const string Name = "gateway stack";
}
