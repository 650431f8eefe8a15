using System.Diagnostics.CodeAnalysis;

namespace Mobius.Micro.Cli.Simulate.Mqtt;

/// <summary>Where the broker is: <c>mqtt://host[:port]</c> (default port 1883) or <c>mqtts://host[:port]</c> (TLS, default 8883).</summary>
public sealed record BrokerEndpoint(string Host, int Port, bool UseTls)
{
    private const int MqttPort = 1883;
    private const int MqttsPort = 8883;

    public static bool TryParse(string text, [NotNullWhen(true)] out BrokerEndpoint? endpoint)
    {
        endpoint = null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("mqtt" or "mqtts")
            || uri.Host.Length == 0
            || uri.AbsolutePath is not ("" or "/")
            || uri.Query.Length > 0
            || uri.UserInfo.Length > 0)
        {
            return false;
        }

        var useTls = uri.Scheme == "mqtts";
        endpoint = new BrokerEndpoint(uri.Host, uri.IsDefaultPort ? (useTls ? MqttsPort : MqttPort) : uri.Port, useTls);
        return true;
    }

    public override string ToString() => $"{(UseTls ? "mqtts" : "mqtt")}://{Host}:{Port}";
}
