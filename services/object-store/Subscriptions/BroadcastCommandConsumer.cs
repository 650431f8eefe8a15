using System.Text.Json;
using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectStore.Telemetry;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>A broadcast command from a decoder (a received telegram) for this replica's <c>broadcast-command</c> subscribers; every replica gets each one.</summary>
public sealed partial class BroadcastCommandConsumer(SubscriptionDispatcher dispatcher, ObjectStoreMetrics metrics, ILogger<BroadcastCommandConsumer> logger)
    : IConsumer<BroadcastCommand>
{
    public Task Consume(ConsumeContext<BroadcastCommand> context)
    {
        var command = context.Message;
        if (!IsJsonObject(command.PayloadJson))
        {
            metrics.SubscriptionEventsDropped("invalid_broadcast");
            LogInvalid(command.CommandId);
            return Task.CompletedTask;
        }

        dispatcher.Enqueue(new BroadcastReceived(command.CommandId, command.PayloadJson, command.IssuedAt));
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
