using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Mobius.Micro.ObjectStore.Persistence;

/// <summary>Ready when PostgreSQL answers a query.</summary>
internal sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("select 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (NpgsqlException failure)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer", failure);
        }
    }
}
