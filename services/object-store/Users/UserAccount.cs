namespace Mobius.Micro.ObjectStore.Users;

/// <summary>
/// An Engine API user as stored: id, name, password hash (never the password), roles, when it was
/// created and its token version (bumped by a password change, which retires its refresh tokens).
/// </summary>
public sealed record UserAccount(Guid Id, string Username, string PasswordHash, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt = default, int TokenVersion = 0);
