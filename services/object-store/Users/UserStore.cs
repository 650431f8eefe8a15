using Microsoft.AspNetCore.Identity;
using Mobius.Micro.ObjectStore.Auth;
using Npgsql;

namespace Mobius.Micro.ObjectStore.Users;

/// <summary>The <c>users</c> table. Passwords go in only as ASP.NET Core Identity password hashes.</summary>
public sealed class UserStore(NpgsqlDataSource dataSource, IPasswordHasher<UserAccount> hasher)
{
    private const string Columns = "id, username, password_hash, roles, created_at, token_version";

    public Task<UserAccount?> FindByUsernameAsync(string username, CancellationToken cancellationToken) =>
        FindAsync($"select {Columns} from users where username = $1", username, cancellationToken);

    public Task<UserAccount?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        FindAsync($"select {Columns} from users where id = $1", id, cancellationToken);

    public async Task<List<UserAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"select {Columns} from users order by username");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var users = new List<UserAccount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            users.Add(Read(reader));
        }

        return users;
    }

    /// <summary>Creates the user unless one of that name exists; answers whether it did.</summary>
    public async Task<bool> CreateAsync(string username, string password, IReadOnlyList<string> roles, CancellationToken cancellationToken) =>
        await CreateUserAsync(username, password, roles, cancellationToken) is not null;

    /// <summary>Creates the user unless one of that name exists; answers the new user, or null.</summary>
    public async Task<UserAccount?> CreateUserAsync(string username, string password, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var hash = hasher.HashPassword(new UserAccount(id, username, "", roles), password);
        await using var command = dataSource.CreateCommand(
            $"insert into users (id, username, password_hash, roles) values ($1, $2, $3, $4) on conflict (username) do nothing returning {Columns}");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = username });
        command.Parameters.Add(new NpgsqlParameter { Value = hash });
        command.Parameters.Add(new NpgsqlParameter { Value = roles.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task UpdatePasswordHashAsync(Guid id, string passwordHash, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("update users set password_hash = $2 where id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = passwordHash });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Sets a new password and retires the user's refresh tokens; answers the user, or null if none has that id.</summary>
    public async Task<UserAccount?> ChangePasswordAsync(UserAccount user, string password, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"update users set password_hash = $2, token_version = token_version + 1 where id = $1 returning {Columns}");
        command.Parameters.Add(new NpgsqlParameter { Value = user.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = hasher.HashPassword(user, password) });
        return await SingleAsync(command, cancellationToken);
    }

    /// <summary>
    /// Sets the user's roles, unless that would leave no admin (answers <see cref="UserChange.LastAdmin"/>).
    /// The check and the change are one statement, so two admins demoting each other cannot both succeed.
    /// </summary>
    public async Task<(UserChange Change, UserAccount? User)> SetRolesAsync(Guid id, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            update users set roles = $2 where id = $1
            and ($3 or exists (select from users other where other.id <> $1 and $4 = any (other.roles)))
            returning {Columns}
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = roles.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = roles.Contains(EngineRoles.Admin) });
        command.Parameters.Add(new NpgsqlParameter { Value = EngineRoles.Admin });
        var user = await SingleAsync(command, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user is null ? (await ExistsAsync(id, cancellationToken) ? UserChange.LastAdmin : UserChange.NotFound, null) : (UserChange.Done, user);
    }

    /// <summary>Deletes the user unless it is the last admin.</summary>
    public async Task<(UserChange Change, UserAccount? User)> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            delete from users where id = $1
            and (not ($2 = any (roles)) or exists (select from users other where other.id <> $1 and $2 = any (other.roles)))
            returning {Columns}
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = EngineRoles.Admin });
        var user = await SingleAsync(command, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user is null ? (await ExistsAsync(id, cancellationToken) ? UserChange.LastAdmin : UserChange.NotFound, null) : (UserChange.Done, user);
    }

    private async Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken) => await FindByIdAsync(id, cancellationToken) is not null;

    private async Task<UserAccount?> FindAsync<TKey>(string sql, TKey key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<TKey> { TypedValue = key });
        return await SingleAsync(command, cancellationToken);
    }

    private static async Task<UserAccount?> SingleAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static UserAccount Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<string[]>(3),
        reader.GetFieldValue<DateTimeOffset>(4), reader.GetInt32(5));
}

/// <summary>What a change to a user came to.</summary>
public enum UserChange
{
    Done,
    NotFound,

    /// <summary>Refused: it would leave no user with the admin role.</summary>
    LastAdmin,
}
