namespace Mobius.Micro.ObjectStore.Users;

/// <summary>An Engine API user as stored: id, name, password hash (never the password) and roles.</summary>
public sealed record UserAccount(Guid Id, string Username, string PasswordHash, IReadOnlyList<string> Roles);
