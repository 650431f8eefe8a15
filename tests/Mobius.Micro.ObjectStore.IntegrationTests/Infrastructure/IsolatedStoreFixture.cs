namespace Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

/// <summary>One <see cref="IsolatedStore"/> for all the tests of a class (<c>IClassFixture</c>), with the settings a subclass gives.</summary>
public abstract class IsolatedStoreFixture : IAsyncLifetime
{
    private IsolatedStore? store;

    public IsolatedStore Store => store ?? throw new InvalidOperationException("not started");

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync() => store = await IsolatedStore.StartAsync(Settings);

    public async Task DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }
}
