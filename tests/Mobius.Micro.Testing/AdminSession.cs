namespace Mobius.Micro.Testing;

/// <summary>
/// The admin's Engine API login shared by a stack's tests. Like a real tool it logs in once and
/// reuses the token (the object store limits login attempts per user), logging in again only once
/// the token is older than <paramref name="tokenLifetime"/> (for runs longer than a token lives).
/// </summary>
public sealed class AdminSession(string username, string password, TimeSpan? tokenLifetime = null)
{
    private readonly SemaphoreSlim _login = new(1, 1);
    private (string Token, DateTime RenewAfter)? _token;

    /// <summary>A client for the object store at <paramref name="baseAddress"/> with the admin's token.</summary>
    public async Task<EngineApiClient> ClientAsync(Uri baseAddress)
    {
        var api = new EngineApiClient(baseAddress);
        await _login.WaitAsync();
        try
        {
            if (_token is not { } current || current.RenewAfter < DateTime.UtcNow)
            {
                var token = await api.LoginAsync(username, password);
                _token = (token, tokenLifetime is { } lifetime ? DateTime.UtcNow + lifetime : DateTime.MaxValue);
            }

            api.UseToken(_token.Value.Token);
        }
        finally
        {
            _login.Release();
        }

        return api;
    }
}
