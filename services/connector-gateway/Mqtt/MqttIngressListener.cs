using System.Buffers;
using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.ConnectorGateway.Ingress;
using Mobius.Micro.ConnectorGateway.Telemetry;
using Mobius.Micro.ServiceDefaults.Messaging;
using MQTTnet;

namespace Mobius.Micro.ConnectorGateway.Mqtt;

/// <summary>
/// Keeps the gateway connected to the broker (reconnecting with back-off), subscribed to every
/// connector's <c>up</c>, <c>status</c> and <c>ack</c> topics (shared when a group is set), and hands
/// each message to the <see cref="InboundQueue"/> with its acknowledgement held back until the
/// message is dealt with, from the moment the bus has started. Each message's trace starts here
/// (<see cref="GatewayTracing"/>).
/// </summary>
public sealed partial class MqttIngressListener(
    MqttConnection connection,
    InboundQueue queue,
    IBusControl bus,
    ReceiveClock receiveClock,
    TimeProvider clock,
    ILogger<MqttIngressListener> logger) : BackgroundService
{
    // Short: until the gateway is back, a restarted broker answers connectors "no matching subscribers"
    // (Mosquitto does not restore shared subscriptions from its persistence; docs/operations/mqtt-sessions.md).
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A connector lookup asked before the bus has started would wait 30 s for its answer.
        await bus.UntilStartedAsync(clock, stoppingToken);
        connection.Client.ApplicationMessageReceivedAsync += args => EnqueueAsync(args, stoppingToken);
        var retryDelay = FirstRetryDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!connection.Client.IsConnected)
                {
                    await connection.ConnectAndSubscribeAsync(stoppingToken);
                    LogConnected(connection.Options.Host, connection.Options.Port);
                    retryDelay = FirstRetryDelay;
                }

                await Task.Delay(FirstRetryDelay, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception failure)
            {
                LogConnectFailed(connection.Options.Host, connection.Options.Port, retryDelay.TotalSeconds, failure.Message);
                await Task.Delay(retryDelay, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, LongestRetryDelay.Ticks));
            }
        }
    }

    private async Task EnqueueAsync(MqttApplicationMessageReceivedEventArgs args, CancellationToken stoppingToken)
    {
        args.AutoAcknowledge = false;
        var message = new InboundMessage(
            args.ApplicationMessage.Topic,
            args.ApplicationMessage.Payload.ToArray(),
            args.ApplicationMessage.Dup,
            receiveClock.Next(),
            args.AcknowledgeAsync)
        {
            TraceContext = GatewayTracing.Received(args.ApplicationMessage.Topic, args.ApplicationMessage.UserProperties),
        };
        await queue.EnqueueAsync(message, stoppingToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await connection.DisconnectAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to MQTT broker {Host}:{Port}")]
    private partial void LogConnected(string host, int port);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MQTT broker {Host}:{Port} unreachable, retrying in {DelaySeconds} s: {Reason}")]
    private partial void LogConnectFailed(string host, int port, double delaySeconds, string reason);
}
