using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Telemetry;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>
/// The protocol of one subscription websocket: the server says <c>connected</c>; the client must
/// <c>authorize</c> within <see cref="SubscriptionOptions.AuthorizeTimeout"/> (else the server closes
/// with 1008); then it <c>subscribe</c>s and <c>unsubscribe</c>s, each echoed, and receives events.
/// A malformed message is answered with an <c>error</c> message and changes nothing; a bad token is
/// answered with <c>unauthorized</c> and closes the connection.
/// </summary>
public sealed partial class SubscriptionConnection(
    SubscriptionSessions sessions,
    SubscriptionAuthorizer authorizer,
    IOptions<SubscriptionOptions> options,
    ObjectStoreMetrics metrics,
    ILogger<SubscriptionConnection> logger)
{
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);

    public async Task RunAsync(WebSocket socket, CancellationToken aborted)
    {
        var settings = options.Value;
        var session = new SubscriptionSession(settings.SendQueueCapacity, () => metrics.SubscriptionEventsDropped("slow_client"));
        var sending = SendAllAsync(socket, session);
        session.Send(SubscriptionMessages.Connected());
        using var receiving = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        await using var authorizeTimer = new Timer(
            _ =>
            {
                if (!session.Authorized)
                {
                    session.Close(WebSocketCloseStatus.PolicyViolation, $"no authorize message within {settings.AuthorizeTimeout.TotalSeconds:0} s");
                    receiving.CancelAfter(CloseGrace);
                }
            },
            null, settings.AuthorizeTimeout, Timeout.InfiniteTimeSpan);
        metrics.SubscriptionConnected(1);
        var closeReceived = false;
        try
        {
            var buffer = new byte[settings.MaxClientMessageBytes];
            while (session.CloseRequest is null)
            {
                var (kind, length) = await ReceiveAsync(socket, buffer, receiving.Token);
                switch (kind)
                {
                    case Received.Close:
                        closeReceived = true;
                        session.Close(WebSocketCloseStatus.NormalClosure, "");
                        break;
                    case Received.TooBig:
                        session.Close(WebSocketCloseStatus.MessageTooBig, $"messages are limited to {buffer.Length} bytes");
                        break;
                    case Received.Binary:
                        session.Send(SubscriptionMessages.Error("invalid_message", "send JSON text messages"));
                        break;
                    default:
                        if (await HandleAsync(session, Encoding.UTF8.GetString(buffer, 0, length)) && !session.Authorized)
                        {
                            session.Authorized = true;
                            sessions.Add(session);
                        }

                        break;
                }
            }

            receiving.CancelAfter(CloseGrace);
            while (!closeReceived)
            {
                // The server closes: read (and ignore) what still comes until the client answers the close.
                closeReceived = (await ReceiveAsync(socket, buffer, receiving.Token)).Kind == Received.Close;
            }
        }
        catch (Exception gone) when (gone is OperationCanceledException or WebSocketException)
        {
            // The client went away, did not answer the close in time, or the server is stopping.
        }
        finally
        {
            sessions.Remove(session);
            session.Close(WebSocketCloseStatus.NormalClosure, "");
            await sending;
            metrics.SubscriptionConnected(-1);
        }
    }

    /// <summary>Handles one client message; answers whether it was a successful <c>authorize</c>.</summary>
    private async Task<bool> HandleAsync(SubscriptionSession session, string text)
    {
        if (ClientMessage.Parse(text) is not { } message)
        {
            session.Send(SubscriptionMessages.Error("invalid_message", "send {\"topic\":...,\"payload\":...} as JSON"));
            return false;
        }

        switch (message.Topic)
        {
            case "authorize":
                if (await authorizer.CheckAsync(message.Payload.ValueKind == JsonValueKind.String ? message.Payload.GetString() : null) is { } refused)
                {
                    session.Send(SubscriptionMessages.Unauthorized(refused.ErrorCode, refused.Message));
                    session.Close(WebSocketCloseStatus.PolicyViolation, refused.ErrorCode);
                    return false;
                }

                session.Send(SubscriptionMessages.Authorized());
                return true;
            case "subscribe" or "unsubscribe" when !session.Authorized:
                session.Send(SubscriptionMessages.Error("not_authorized", "send {\"topic\":\"authorize\",\"payload\":\"Bearer <token>\"} first"));
                return false;
            case "subscribe" or "unsubscribe":
                ChangeSubscription(session, message.Topic, message.Payload);
                return false;
            default:
                session.Send(SubscriptionMessages.Error("unknown_topic", $"topic '{message.Topic}' is not one of authorize, subscribe, unsubscribe"));
                return false;
        }
    }

    private void ChangeSubscription(SubscriptionSession session, string topic, JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object
            || !payload.TryGetProperty("type", out var typeJson) || typeJson.ValueKind != JsonValueKind.String
            || !SubscriptionTypes.TryParse(typeJson.GetString(), out var type))
        {
            session.Send(SubscriptionMessages.Error("invalid_subscription", $"payload.type must be one of {string.Join(", ", SubscriptionTypes.Names)}"));
            return;
        }

        if (!payload.TryGetProperty("uri", out var uriJson) || uriJson.ValueKind != JsonValueKind.String)
        {
            session.Send(SubscriptionMessages.Error("invalid_subscription", "payload.uri must be a URI pattern such as 000001/022/#"));
            return;
        }

        MobiusUriPattern pattern;
        try
        {
            pattern = MobiusUriPattern.Parse(uriJson.GetString()!);
        }
        catch (InvalidUriException invalid)
        {
            session.Send(SubscriptionMessages.Error("invalid_uri", invalid.Message));
            return;
        }

        var subscription = new Subscription(type, pattern);
        if (topic == "unsubscribe")
        {
            session.Remove(subscription);
        }
        else if (session.Count >= options.Value.MaxSubscriptionsPerConnection && !session.Contains(subscription))
        {
            session.Send(SubscriptionMessages.Error("too_many_subscriptions", $"a connection holds at most {options.Value.MaxSubscriptionsPerConnection} subscriptions"));
            return;
        }
        else
        {
            session.Add(subscription);
        }

        session.Send(SubscriptionMessages.Echo(topic, type, pattern.ToString()));
    }

    private async Task SendAllAsync(WebSocket socket, SubscriptionSession session)
    {
        try
        {
            await foreach (var message in session.Outgoing.ReadAllAsync())
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }

            if (session.CloseRequest is { } close && socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(close.Status, close.Reason, CancellationToken.None);
            }
        }
        catch (Exception gone) when (gone is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            LogSendStopped(gone.Message);
        }
    }

    private static async Task<(Received Kind, int Length)> ReceiveAsync(WebSocket socket, byte[] buffer, CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                return (Received.TooBig, length);
            }

            var result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
            length += result.Count;
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (Received.Close, 0);
            }

            if (result.EndOfMessage)
            {
                return (result.MessageType == WebSocketMessageType.Binary ? Received.Binary : Received.Text, length);
            }
        }
    }

    private enum Received
    {
        Text,
        Binary,
        Close,
        TooBig,
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Subscription websocket stopped sending: {Reason}")]
    private partial void LogSendStopped(string reason);
}
