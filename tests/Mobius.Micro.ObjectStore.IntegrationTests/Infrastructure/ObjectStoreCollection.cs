namespace Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

/// <summary>The test classes that share one object store; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ObjectStoreCollection : ICollectionFixture<ObjectStoreFixture>
{
    public const string Name = "object store";
}
