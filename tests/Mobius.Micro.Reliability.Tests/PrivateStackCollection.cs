namespace Mobius.Micro.Reliability.Tests;

/// <summary>The fault and overload tests share one <see cref="PrivateStack"/> and run one after the other: each needs the machine to itself.</summary>
[CollectionDefinition(Name)]
public sealed class PrivateStackCollection : ICollectionFixture<PrivateStack>
{
    public const string Name = "private stack";
}
