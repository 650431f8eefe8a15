using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mobius.Micro.ServiceDefaults.Health;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Mobius.Micro.ServiceDefaults.Telemetry;

/// <summary>
/// Traces, metrics and logs through OpenTelemetry: ASP.NET Core, HTTP clients, the runtime,
/// MassTransit and every <c>Mobius.Micro.*</c> source and meter. Exported over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and metrics always on <c>/metrics</c> for Prometheus
/// to scrape; <c>OTEL_SERVICE_NAME</c> names the service. Readiness is a metric too (<see cref="ReadinessGauge"/>).
/// </summary>
public static class TelemetryExtensions
{
    public static IHostApplicationBuilder AddMobiusTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var telemetry = builder.Services.AddOpenTelemetry();
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]))
        {
            telemetry.ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName));
        }

        telemetry
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit")
                .AddMeter(MobiusTelemetry.Prefix + "*")
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddSource("MassTransit")
                .AddSource(MobiusTelemetry.Prefix + "*")
                .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = context => !IsHealthProbe(context))
                .AddHttpClientInstrumentation());

        builder.Services.AddSingleton<IHealthCheckPublisher, ReadinessGauge>();
        builder.Services.Configure<HealthCheckPublisherOptions>(publisher =>
        {
            publisher.Period = ReadinessGauge.Period;
            publisher.Predicate = check => check.Tags.Contains(HealthTags.Ready);
        });

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    private static bool IsHealthProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments(HealthCheckExtensions.LivePath)
        || context.Request.Path.StartsWithSegments(HealthCheckExtensions.ReadyPath)
        || context.Request.Path.StartsWithSegments(HealthCheckExtensions.MetricsPath);
}
