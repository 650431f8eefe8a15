using System.Text.Json.Nodes;
using Mobius.Micro.Contracts;

namespace Mobius.Micro.ConnectorGateway.Provisioning;

/// <summary>Brings broker accounts in line with connector objects: one connector after a change, or all of them.</summary>
public sealed partial class BrokerAccountProvisioner(DynamicSecurityClient dynamicSecurity, BrokerAccounts accounts, ILogger<BrokerAccountProvisioner> logger)
{
    /// <summary>One connector's account as its object is now.</summary>
    public async Task ApplyAsync(ConnectorCredentials connector, CancellationToken cancellationToken)
    {
        var found = await dynamicSecurity.ExecuteAsync([DynamicSecurityCommand.GetClient(connector.Serial)], cancellationToken);
        var current = found[0]?["client"] is JsonObject client ? BrokerClient.Read(client) : null;
        await ExecuteAsync(connector.Serial, accounts.For(connector, current), cancellationToken);
    }

    /// <summary>The gateway's account and every connector's as <paramref name="connectors"/> say; the accounts of connectors not among them are removed.</summary>
    public async Task ReconcileAsync(IReadOnlyList<ConnectorCredentials> connectors, CancellationToken cancellationToken)
    {
        var listed = await dynamicSecurity.ExecuteAsync([DynamicSecurityCommand.ListClients()], cancellationToken);
        var clients = (listed[0]?["clients"] as JsonArray ?? []).OfType<JsonObject>().Select(BrokerClient.Read).ToDictionary(client => client.Username, StringComparer.Ordinal);

        await ExecuteAsync("the gateway", accounts.Gateway(accounts.GatewayUsername is { } gateway ? clients.GetValueOrDefault(gateway) : null), cancellationToken);
        foreach (var connector in connectors)
        {
            await ExecuteAsync(connector.Serial, accounts.For(connector, clients.GetValueOrDefault(connector.Serial)), cancellationToken);
        }

        var known = connectors.Select(connector => connector.Serial).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in clients.Keys.Where(username => BrokerAccounts.IsConnectorAccount(username) && !known.Contains(username)))
        {
            await ExecuteAsync(orphan, BrokerAccounts.Removed(orphan), cancellationToken);
        }
    }

    private async Task ExecuteAsync(string account, IReadOnlyList<DynamicSecurityCommand> commands, CancellationToken cancellationToken)
    {
        await dynamicSecurity.ExecuteAsync(commands, cancellationToken);
        var changes = commands.Where(command => command.Name.EndsWith("Client", StringComparison.Ordinal) && command.Name != "getClient").Select(command => command.Name).ToList();
        if (changes.Count > 0)
        {
            LogChanged(account, string.Join(", ", changes));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Broker account of {Account}: {Commands}")]
    private partial void LogChanged(string account, string commands);
}
