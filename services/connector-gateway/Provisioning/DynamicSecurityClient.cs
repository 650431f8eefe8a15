using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Mobius.Micro.ConnectorGateway.Mqtt;
using MQTTnet;
using MQTTnet.Protocol;

namespace Mobius.Micro.ConnectorGateway.Provisioning;

/// <summary>
/// The gateway's connection to Mosquitto's dynamic security plugin, as its admin user: commands are
/// published to <c>$CONTROL/dynamic-security/v1</c> and answered on <c>.../response</c>, matched by
/// correlation data (every admin connection sees every answer). Connects when first needed and
/// again after a drop. A command the plugin refuses (other than "already done") throws.
/// </summary>
public sealed class DynamicSecurityClient(IOptions<MqttOptions> mqtt, IOptions<ProvisioningOptions> options) : IDisposable
{
    public const string CommandTopic = "$CONTROL/dynamic-security/v1";
    public const string ResponseTopic = CommandTopic + "/response";

    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonObject>> _pending = new(StringComparer.Ordinal);
    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(options.Value.ResponseTimeoutSeconds);
    private bool _listening;

    /// <summary>Runs <paramref name="commands"/> as one batch, in order; the answers' <c>data</c>, one per command (null when it has none).</summary>
    public async Task<IReadOnlyList<JsonNode?>> ExecuteAsync(IReadOnlyList<DynamicSecurityCommand> commands, CancellationToken cancellationToken)
    {
        await ConnectAsync(cancellationToken);
        var calls = commands.Select(command => (Command: command, Id: Guid.NewGuid().ToString("N"), Answer: new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously))).ToList();
        foreach (var call in calls)
        {
            _pending[call.Id] = call.Answer;
        }

        try
        {
            var batch = new JsonObject { ["commands"] = new JsonArray([.. calls.Select(call => call.Command.ToJson(call.Id))]) };
            await _client.PublishAsync(new MqttApplicationMessageBuilder()
                .WithTopic(CommandTopic)
                .WithPayload(batch.ToJsonString())
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .Build(), cancellationToken);

            var results = new List<JsonNode?>(calls.Count);
            foreach (var call in calls)
            {
                var answer = await call.Answer.Task.WaitAsync(_timeout, cancellationToken);
                if (answer["error"]?.GetValue<string>() is { } error && error != call.Command.AlreadyDone)
                {
                    throw new DynamicSecurityException($"{call.Command.Name} refused: {error}");
                }

                results.Add(answer["data"]);
            }

            return results;
        }
        finally
        {
            foreach (var call in calls)
            {
                _pending.TryRemove(call.Id, out _);
            }
        }
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        await _connecting.WaitAsync(cancellationToken);
        try
        {
            if (_client.IsConnected)
            {
                return;
            }

            if (!_listening)
            {
                _client.ApplicationMessageReceivedAsync += args => Answered(args.ApplicationMessage);
                _listening = true;
            }

            var connect = BrokerClientOptions.Build(mqtt.Value, session => session
                .WithClientId(options.Value.ClientId)
                .WithCleanStart()
                .WithCredentials(options.Value.AdminUsername, options.Value.AdminPassword));
            await _client.ConnectAsync(connect, cancellationToken);
            var subscribed = await _client.SubscribeAsync(ResponseTopic, MqttQualityOfServiceLevel.AtLeastOnce, cancellationToken);
            if (subscribed.Items.Single().ResultCode > MqttClientSubscribeResultCode.GrantedQoS2)
            {
                await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), cancellationToken);
                throw new DynamicSecurityException($"{options.Value.AdminUsername} may not read {ResponseTopic}: {subscribed.Items.Single().ResultCode}");
            }
        }
        finally
        {
            _connecting.Release();
        }
    }

    private Task Answered(MqttApplicationMessage message)
    {
        if (message.Topic != ResponseTopic || Read(message) is not { } responses)
        {
            return Task.CompletedTask;
        }

        foreach (var response in responses.OfType<JsonObject>())
        {
            if (response["correlationData"]?.GetValueKind() == JsonValueKind.String
                && _pending.TryGetValue(response["correlationData"]!.GetValue<string>(), out var waiting))
            {
                waiting.TrySetResult(response);
            }
        }

        return Task.CompletedTask;
    }

    private static JsonArray? Read(MqttApplicationMessage message)
    {
        try
        {
            return JsonNode.Parse(message.ConvertPayloadToString())?["responses"] as JsonArray;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _connecting.Dispose();
    }
}

/// <summary>The dynamic security plugin refused a command, or could not be reached as the admin.</summary>
public sealed class DynamicSecurityException(string message) : Exception(message);
