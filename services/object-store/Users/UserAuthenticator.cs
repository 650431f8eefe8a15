using Microsoft.AspNetCore.Identity;

namespace Mobius.Micro.ObjectStore.Users;

/// <summary>
/// Checks a username and password. An unknown username costs the same hash computation as a
/// wrong password, so response times do not tell which usernames exist. A hash in an outdated
/// format is replaced on a successful login.
/// </summary>
public sealed class UserAuthenticator(UserStore users, IPasswordHasher<UserAccount> hasher)
{
    private static readonly UserAccount Nobody = new(Guid.Empty, "", "", []);
    private readonly Lazy<string> nobodysHash = new(() => hasher.HashPassword(Nobody, Guid.NewGuid().ToString()));

    public async Task<UserAccount?> AuthenticateAsync(string username, string password, CancellationToken cancellationToken)
    {
        if (await users.FindByUsernameAsync(username, cancellationToken) is not { } user)
        {
            hasher.VerifyHashedPassword(Nobody, nobodysHash.Value, password);
            return null;
        }

        switch (hasher.VerifyHashedPassword(user, user.PasswordHash, password))
        {
            case PasswordVerificationResult.Success:
                return user;
            case PasswordVerificationResult.SuccessRehashNeeded:
                await users.UpdatePasswordHashAsync(user.Id, hasher.HashPassword(user, password), cancellationToken);
                return user;
            default:
                return null;
        }
    }
}
