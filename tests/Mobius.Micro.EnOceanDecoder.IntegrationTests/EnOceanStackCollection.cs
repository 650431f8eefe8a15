namespace Mobius.Micro.EnOceanDecoder.IntegrationTests;

/// <summary>Every test class of the project shares one stack: starting it takes longer than the tests.</summary>
[CollectionDefinition(Name)]
public sealed class EnOceanStackCollection : ICollectionFixture<EnOceanStackFixture>
{
    public const string Name = "EnOcean stack";
}
