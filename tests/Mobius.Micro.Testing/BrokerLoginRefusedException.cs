using MQTTnet;

namespace Mobius.Micro.Testing;

/// <summary>The broker answered a <see cref="TestConnector"/>'s CONNECT with something other than success (e.g. <c>NotAuthorized</c>).</summary>
public sealed class BrokerLoginRefusedException(MqttClientConnectResultCode resultCode)
    : Exception($"the broker refused the login: {resultCode}")
{
    public MqttClientConnectResultCode ResultCode { get; } = resultCode;
}
