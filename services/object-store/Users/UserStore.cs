using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Mobius.Micro.ObjectStore.Users;

/// <summary>The <c>users</c> table. Passwords go in only as ASP.NET Core Identity password hashes.</summary>
public sealed class UserStore(NpgsqlDataSource dataSource, IPasswordHasher<UserAccount> hasher)
{
    private const string Columns = "id, username, password_hash, roles";

    public Task<UserAccount?> FindByUsernameAsync(string username, CancellationToken cancellationToken) =>
        FindAsync($"select {Columns} from users where username = $1", username, cancellationToken);

    public Task<UserAccount?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        FindAsync($"select {Columns} from users where id = $1", id, cancellationToken);

    /// <summary>Creates the user unless one of that name exists; answers whether it did.</summary>
    public async Task<bool> CreateAsync(string username, string password, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var hash = hasher.HashPassword(new UserAccount(id, username, "", roles), password);
        await using var command = dataSource.CreateCommand(
            "insert into users (id, username, password_hash, roles) values ($1, $2, $3, $4) on conflict (username) do nothing");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = username });
        command.Parameters.Add(new NpgsqlParameter { Value = hash });
        command.Parameters.Add(new NpgsqlParameter { Value = roles.ToArray() });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task UpdatePasswordHashAsync(Guid id, string passwordHash, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("update users set password_hash = $2 where id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = passwordHash });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<UserAccount?> FindAsync<TKey>(string sql, TKey key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<TKey> { TypedValue = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new UserAccount(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<string[]>(3))
            : null;
    }
}
