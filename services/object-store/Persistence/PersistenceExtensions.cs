using Microsoft.Extensions.Options;
using Mobius.Micro.ServiceDefaults.Configuration;
using Mobius.Micro.ServiceDefaults.Health;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Mobius.Micro.ObjectStore.Persistence;

public static class PersistenceExtensions
{
    /// <summary>
    /// PostgreSQL through one <see cref="NpgsqlDataSource"/> (traced and measured), its readiness
    /// check, the schema migrations that run before anything else starts, and the stores of objects.
    /// </summary>
    public static IHostApplicationBuilder AddObjectStorePersistence(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<DatabaseOptions>(builder.Configuration, DatabaseOptions.Section);
        builder.Services.AddSingleton(services => PreparingStatements(new NpgsqlDataSourceBuilder(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Postgres))
            .UseLoggerFactory(services.GetRequiredService<ILoggerFactory>())
            .Build());
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddNpgsql());
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddNpgsqlInstrumentation());
        builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: [HealthTags.Ready]);
        builder.Services.AddHostedService<SchemaMigrator>();
        builder.Services.AddSingleton<StoredObjectReader>();
        builder.Services.AddSingleton<ObjectRepository>();
        builder.Services.AddSingleton<ObjectRows>();
        builder.Services.AddSingleton<MeasuredValuesWriter>();
        return builder;
    }

    /// <summary>
    /// Statements run again and again (the measured-values write, the device lookups) are prepared
    /// on each connection after a few uses, so PostgreSQL parses and plans them once: Npgsql's
    /// automatic preparation, unless the connection string sets <c>Max Auto Prepare</c> itself
    /// (0 turns it off, e.g. behind a pooler that cannot keep prepared statements).
    /// </summary>
    private static NpgsqlDataSourceBuilder PreparingStatements(NpgsqlDataSourceBuilder builder)
    {
        if (!builder.ConnectionString.Replace(" ", "", StringComparison.Ordinal).Contains("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 32;
        }

        return builder;
    }
}
