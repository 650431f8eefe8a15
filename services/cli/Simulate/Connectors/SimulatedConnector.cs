using System.Security.Cryptography;
using System.Text;
using Mobius.Micro.Cli.Simulate.Devices;
using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.ConnectorProtocol.Topics;

namespace Mobius.Micro.Cli.Simulate.Connectors;

/// <summary>
/// One simulated connector speaking connector-protocol.md: a boot id of its own (random at every
/// start, never from the seed, so a repeated run is a new boot to the gateway), <c>seq</c> from 1 and
/// +1 for every signed message, its devices' telegrams in <c>up</c> messages, its <c>status</c>
/// messages, and the misbehaviour its plan asks for. Not thread-safe: one sender uses it.
/// </summary>
public sealed class SimulatedConnector
{
    private const int BootIdBytes = 8;
    private const int WeakestRssi = -95;
    private const int StrongestRssi = -40;
    private const int ShortestGarbage = 16;
    private const int LongestGarbage = 256;
    private static readonly TimeSpan StaleAge = TimeSpan.FromMinutes(10);

    private readonly ConnectorKeys _keys;
    private readonly IReadOnlyList<ISimulatedDevice> _devices;
    private readonly ConnectorHardware _hardware;
    private readonly MisbehaviourPlan _plan;
    private readonly Random _random;
    private readonly ConnectorMessageSigner _signer;
    private readonly DateTimeOffset _bootedAt;
    private readonly string _upTopic;
    private readonly string _statusTopic;
    private readonly ReplayHistory _history = new();
    private long _sequence;

    public SimulatedConnector(
        ConnectorSerial serial,
        ConnectorKeys keys,
        IReadOnlyList<ISimulatedDevice> devices,
        ConnectorHardware hardware,
        MisbehaviourPlan plan,
        Random random,
        ConnectorMessageSigner signer,
        ConnectorTopicLayout topics,
        DateTimeOffset bootedAt)
    {
        ArgumentOutOfRangeException.ThrowIfZero(devices.Count);
        Serial = serial;
        _keys = keys;
        _devices = devices;
        _hardware = hardware;
        _plan = plan;
        _random = random;
        _signer = signer;
        _bootedAt = bootedAt;
        _upTopic = topics.Format(new ConnectorTopic(serial, MessageKind.Up));
        _statusTopic = topics.Format(new ConnectorTopic(serial, MessageKind.Status));
    }

    public ConnectorSerial Serial { get; }

    public string Boot { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(BootIdBytes));

    /// <summary>The last will, signed now (at connect): <c>online:false</c>, retained.</summary>
    public OutgoingMessage LastWill(DateTimeOffset now) => SignedStatus(MessageRole.LastWill, online: false, now);

    /// <summary>The retained <c>status</c> sent right after connecting.</summary>
    public OutgoingMessage Online(DateTimeOffset now) => SignedStatus(MessageRole.Online, online: true, now);

    /// <summary>The retained <c>status</c> sent every heartbeat interval.</summary>
    public OutgoingMessage Heartbeat(DateTimeOffset now) => SignedStatus(MessageRole.Heartbeat, online: true, now);

    /// <summary>The next <c>up</c> message: a telegram of one of its devices, misbehaving when the plan says so.</summary>
    public OutgoingMessage NextUp(DateTimeOffset now)
    {
        var misbehaviour = _plan.Next(_history.CanReplay);
        switch (misbehaviour)
        {
            case Misbehaviour.Replay:
                return _history.Oldest with { Misbehaviour = Misbehaviour.Replay };
            case Misbehaviour.Malformed:
                return Garbage();
        }

        var device = _devices[_random.Next(_devices.Count)];
        var rssi = _random.Next(WeakestRssi, StrongestRssi + 1);
        var telegram = device.NextTelegram(_random, now, rssi);
        if (misbehaviour == Misbehaviour.BadCrc)
        {
            TelegramCorruption.CorruptCrc(device.Module, telegram, _random);
        }

        var claims = new UpClaims
        {
            Serial = Serial,
            Boot = Boot,
            Sequence = ++_sequence,
            IssuedAt = misbehaviour == Misbehaviour.Stale ? now - StaleAge : now,
            Module = device.Module,
            Data = Convert.ToHexString(telegram),
            Rssi = rssi,
        };
        var key = misbehaviour == Misbehaviour.WrongPsk ? _keys.WrongPsk : _keys.Psk;
        var message = new OutgoingMessage(
            Serial, _upTopic, Sign(claims, key), Retain: false, MessageRole.Up, misbehaviour, claims.Sequence, device.Module, device.Uid, claims.Data);
        if (misbehaviour == Misbehaviour.None)
        {
            _history.Remember(message);
        }

        return message;
    }

    private OutgoingMessage Garbage()
    {
        var garbage = new byte[_random.Next(ShortestGarbage, LongestGarbage + 1)];
        _random.NextBytes(garbage);
        return new OutgoingMessage(Serial, _upTopic, garbage, Retain: false, MessageRole.Up, Misbehaviour.Malformed, Sequence: null);
    }

    private OutgoingMessage SignedStatus(MessageRole role, bool online, DateTimeOffset now)
    {
        var claims = new StatusClaims
        {
            Serial = Serial,
            Boot = Boot,
            Sequence = ++_sequence,
            IssuedAt = now,
            Online = online,
            Firmware = _hardware.Firmware,
            PartNumber = _hardware.PartNumber,
            ChipId = _hardware.ChipId,
            Modules = _hardware.Modules,
            IpAddress = _hardware.IpAddress,
            SubnetMask = _hardware.SubnetMask,
            Dns = _hardware.Dns,
            NetworkGateway = _hardware.NetworkGateway,
            MacAddress = _hardware.MacAddress,
            Ssid = _hardware.Ssid,
            Bssid = _hardware.Bssid,
            WifiRssi = _random.Next(-75, -44),
            UptimeSeconds = (long)(now - _bootedAt).TotalSeconds,
        };
        return new OutgoingMessage(Serial, _statusTopic, Sign(claims, _keys.Psk), Retain: true, role, Misbehaviour.None, claims.Sequence);
    }

    private byte[] Sign(ConnectorMessageClaims claims, ConnectorPsk key) => Encoding.UTF8.GetBytes(_signer.Sign(claims, key));
}
