using System.Text.Json;
using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectStore.Telemetry;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>
/// A decoder's broadcast commands (its received telegrams, one message per batch of them) for this
/// replica's <c>broadcast-command</c> subscribers, in order; every replica gets each message. A command
/// whose payload is not a JSON object is counted, logged and dropped; the others still go out.
/// </summary>
public sealed partial class BroadcastCommandsConsumer(SubscriptionDispatcher dispatcher, ObjectStoreMetrics metrics, ILogger<BroadcastCommandsConsumer> logger)
    : IConsumer<BroadcastCommands>
{
    public Task Consume(ConsumeContext<BroadcastCommands> context)
    {
        foreach (var command in context.Message.Commands ?? [])
        {
            if (!IsJsonObject(command.PayloadJson))
            {
                metrics.SubscriptionEventsDropped("invalid_broadcast");
                LogInvalid(command.CommandId);
                continue;
            }

            dispatcher.Enqueue(new BroadcastReceived(command.CommandId, command.PayloadJson, command.IssuedAt));
        }

        return Task.CompletedTask;
    }

    private static bool IsJsonObject(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped broadcast command {CommandId}: its payload is not a JSON object")]
    private partial void LogInvalid(string commandId);
}
