using System.CommandLine;
using System.CommandLine.Parsing;
using Mobius.Micro.Cli.Simulate.Connectors;
using Mobius.Micro.Cli.Simulate.Devices;
using Mobius.Micro.Cli.Simulate.Mqtt;
using Mobius.Micro.Cli.Simulate.Provisioning;
using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.ConnectorProtocol.Topics;

namespace Mobius.Micro.Cli.Simulate;

/// <summary>The options of <c>mobius simulate</c>, their defaults and checks, and how they become <see cref="SimulationSettings"/>.</summary>
public sealed class SimulateCommandOptions
{
    /// <summary>The PSK of every connector when neither <c>--psk</c> nor <c>--psk-file</c> is given; for development stacks only.</summary>
    public const string DevelopmentPsk = "mobius-simulated-connector";

    private const int MostConnectors = 100_000;

    private readonly Option<int> _connectors = Positive(new Option<int>("--connectors") { Description = "Number of simulated connectors, each with its own MQTT client", DefaultValueFactory = _ => 1 }, MostConnectors);
    private readonly Option<double> _rate = Positive(new Option<double>("--rate") { Description = "Offered up messages per second, all connectors together", DefaultValueFactory = _ => 10 });
    private readonly Option<double> _duration = Positive(new Option<double>("--duration") { Description = "Seconds to send for", DefaultValueFactory = _ => 60 });
    private readonly Option<string> _broker = new("--broker") { Description = "Broker address: mqtt://host[:port] or mqtts://host[:port]", DefaultValueFactory = _ => "mqtt://127.0.0.1:1883" };
    private readonly Option<FileInfo?> _caFile = new Option<FileInfo?>("--ca-file") { Description = "PEM file of the CA that signed the broker's certificate (mqtts://)" };
    private readonly Option<string?> _username = new("--username") { Description = "MQTT username of every connector" };
    private readonly Option<string?> _password = new("--password") { Description = "MQTT password of every connector" };
    private readonly Option<string> _topicPrefix = new("--topic-prefix") { Description = "First topic level(s) of the connector topics", DefaultValueFactory = _ => ConnectorTopicLayout.DefaultPrefix };
    private readonly Option<string?> _psk = new("--psk") { Description = $"PSK of every connector (default: {DevelopmentPsk})" };
    private readonly Option<FileInfo?> _pskFile = new Option<FileInfo?>("--psk-file") { Description = "File of serial=psk lines, one per connector" };
    private readonly Option<string> _serialBase = new("--serial-base") { Description = "Serial of the first connector; the others follow (+1 each)", DefaultValueFactory = _ => "MF_5A0000" };
    private readonly Option<int> _devicesPerConnector = Positive(new Option<int>("--devices-per-connector") { Description = "Simulated sensors each connector hears", DefaultValueFactory = _ => 8 }, DevicePlan.MaxDevicesPerConnector);
    private readonly Option<double> _heartbeat = Positive(new Option<double>("--heartbeat") { Description = "Seconds between status heartbeats of each connector", DefaultValueFactory = _ => 60 });
    private readonly Option<int?> _seed = new("--seed") { Description = "Seed of telegram contents and misbehaving messages, to repeat a run (boot ids stay random)" };
    private readonly Option<bool> _json = new("--json") { Description = "Print one JSON line per message instead of progress and summary (the summary goes to stderr)" };
    private readonly Option<int> _maxInFlight = Positive(new Option<int>("--max-in-flight") { Description = "Unacknowledged QoS 1 publishes per connector at most (lowered to the broker's receive maximum)", DefaultValueFactory = _ => 100 }, ushort.MaxValue);
    private readonly Option<double> _wrongPsk = Fraction(new Option<double>("--wrong-psk") { Description = "Fraction of up messages signed with a wrong PSK" });
    private readonly Option<double> _replay = Fraction(new Option<double>("--replay") { Description = "Fraction of up messages that resend an earlier signed message" });
    private readonly Option<double> _stale = Fraction(new Option<double>("--stale") { Description = "Fraction of up messages with iat 10 minutes old" });
    private readonly Option<double> _malformed = Fraction(new Option<double>("--malformed") { Description = "Fraction of up messages that are random bytes" });
    private readonly Option<double> _badCrc = Fraction(new Option<double>("--bad-crc") { Description = "Fraction of up messages whose telegram has a corrupted CRC" });
    private readonly Option<bool> _provision = new("--provision") { Description = "Create the connector and device objects through the Engine API first (existing ones are reused)" };
    private readonly Option<string> _api = new("--api") { Description = "Engine API address for --provision", DefaultValueFactory = _ => "http://127.0.0.1:8443" };
    private readonly Option<string> _apiUser = new("--api-user") { Description = "Engine API user with the configure role", DefaultValueFactory = _ => "admin" };
    private readonly Option<string?> _apiPassword = new("--api-password") { Description = "Password of --api-user (required with --provision)" };
    private readonly Option<string> _hub = new("--hub") { Description = "Hub id (HID) of the objects", DefaultValueFactory = _ => "000001" };

    public void AddTo(Command command)
    {
        Option[] all =
        [
            _connectors, _rate, _duration, _broker, _caFile, _username, _password, _topicPrefix, _psk, _pskFile, _serialBase,
            _devicesPerConnector, _heartbeat, _seed, _json, _maxInFlight, _wrongPsk, _replay, _stale, _malformed, _badCrc,
            _provision, _api, _apiUser, _apiPassword, _hub,
        ];
        foreach (var option in all)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The settings, or one line per problem naming the option.</summary>
    public (SimulationSettings? Settings, IReadOnlyList<string> Problems) Read(ParseResult parsed)
    {
        var problems = new List<string>();
        var broker = ReadBroker(parsed, problems);
        var firstSerial = ReadFirstSerial(parsed, problems);
        var psks = ReadPsks(parsed, firstSerial, problems);
        var provisioning = ReadProvisioning(parsed, problems);
        var topicPrefix = parsed.GetValue(_topicPrefix)!;
        if (!IsUsableTopicPrefix(topicPrefix))
        {
            problems.Add($"--topic-prefix '{topicPrefix}' is not a usable topic prefix (levels without '+', '#', and not starting with '$' or '/')");
        }

        var misbehaviour = new MisbehaviourFractions(
            parsed.GetValue(_wrongPsk), parsed.GetValue(_replay), parsed.GetValue(_stale), parsed.GetValue(_malformed), parsed.GetValue(_badCrc));
        if (misbehaviour.Problem() is { } misbehaviourProblem)
        {
            problems.Add(misbehaviourProblem);
        }

        if (problems.Count > 0 || broker is null || firstSerial is null || psks is null)
        {
            return (null, problems);
        }

        return (new SimulationSettings
        {
            Connectors = parsed.GetValue(_connectors),
            Rate = parsed.GetValue(_rate),
            Duration = TimeSpan.FromSeconds(parsed.GetValue(_duration)),
            Broker = broker,
            TopicPrefix = topicPrefix,
            Psks = psks,
            FirstSerial = firstSerial.Value,
            DevicesPerConnector = parsed.GetValue(_devicesPerConnector),
            Heartbeat = TimeSpan.FromSeconds(parsed.GetValue(_heartbeat)),
            Seed = parsed.GetValue(_seed) ?? Random.Shared.Next(),
            Json = parsed.GetValue(_json),
            Misbehaviour = misbehaviour,
            MaxInFlight = parsed.GetValue(_maxInFlight),
            Provisioning = provisioning,
        }, problems);
    }

    private BrokerSettings? ReadBroker(ParseResult parsed, List<string> problems)
    {
        var text = parsed.GetValue(_broker)!;
        if (!BrokerEndpoint.TryParse(text, out var endpoint))
        {
            problems.Add($"--broker '{text}' is not mqtt://host[:port] or mqtts://host[:port]");
            return null;
        }

        var caFile = parsed.GetValue(_caFile);
        if (caFile is not null && !endpoint.UseTls)
        {
            problems.Add("--ca-file needs an mqtts:// broker");
        }
        else if (caFile is { Exists: false })
        {
            problems.Add($"--ca-file {caFile.FullName} does not exist");
        }

        return new BrokerSettings(endpoint, parsed.GetValue(_username), parsed.GetValue(_password), caFile?.FullName);
    }

    private ConnectorSerial? ReadFirstSerial(ParseResult parsed, List<string> problems)
    {
        var text = parsed.GetValue(_serialBase)!;
        if (!ConnectorSerial.TryParse(text, out var first))
        {
            problems.Add($"--serial-base '{text}' is not a serial (MF_ and six upper-case hex digits)");
            return null;
        }

        if (ConnectorSerials.Problem(first, parsed.GetValue(_connectors)) is { } tooMany)
        {
            problems.Add($"--serial-base/--connectors: {tooMany}");
            return null;
        }

        return first;
    }

    private ConnectorPskSource? ReadPsks(ParseResult parsed, ConnectorSerial? firstSerial, List<string> problems)
    {
        var psk = parsed.GetValue(_psk);
        var pskFile = parsed.GetValue(_pskFile);
        if (pskFile is null)
        {
            psk ??= DevelopmentPsk;
            if (!ConnectorPsk.IsValid(psk))
            {
                problems.Add($"--psk must be {ConnectorPsk.MinLengthInBytes}..{ConnectorPsk.MaxLengthInBytes} UTF-8 bytes");
                return null;
            }

            return ConnectorPskSource.Shared(psk);
        }

        if (psk is not null)
        {
            problems.Add("--psk and --psk-file exclude each other");
            return null;
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(pskFile.FullName);
        }
        catch (IOException unreadable)
        {
            problems.Add($"--psk-file {pskFile.FullName}: {unreadable.Message}");
            return null;
        }

        var (bySerial, fileProblems) = PskFileReader.Read(pskFile.FullName, lines);
        problems.AddRange(fileProblems);
        var source = ConnectorPskSource.PerSerial(bySerial);
        if (firstSerial is { } first)
        {
            var missing = ConnectorSerials.From(first, parsed.GetValue(_connectors)).Where(serial => !source.Has(serial)).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"--psk-file has no PSK for {string.Join(", ", missing.Take(5))}{(missing.Count > 5 ? $" and {missing.Count - 5} more" : "")}");
            }
        }

        return source;
    }

    private ProvisioningSettings? ReadProvisioning(ParseResult parsed, List<string> problems)
    {
        if (!parsed.GetValue(_provision))
        {
            return null;
        }

        var api = EngineApiAddress(parsed.GetValue(_api)!);
        if (api is null)
        {
            problems.Add($"--api '{parsed.GetValue(_api)}' is not an http:// or https:// address");
        }

        var password = parsed.GetValue(_apiPassword);
        if (string.IsNullOrEmpty(password))
        {
            problems.Add("--provision needs --api-password");
        }

        var hub = parsed.GetValue(_hub)!;
        if (hub.Length != 6 || !hub.All(char.IsAsciiHexDigit))
        {
            problems.Add($"--hub '{hub}' is not 6 hex digits");
        }

        return api is null || string.IsNullOrEmpty(password) ? null : new ProvisioningSettings(api, parsed.GetValue(_apiUser)!, password, hub.ToUpperInvariant());
    }

    /// <summary>The API's address without <c>/api/v1</c>, which the README's table includes and a user may paste.</summary>
    private static Uri? EngineApiAddress(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        path = path.EndsWith("/api/v1", StringComparison.OrdinalIgnoreCase) ? path[..^"/api/v1".Length] : path;
        return new UriBuilder(uri) { Path = path + "/" }.Uri;
    }

    private static bool IsUsableTopicPrefix(string prefix)
    {
        try
        {
            _ = new ConnectorTopicLayout(prefix);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static Option<T> Positive<T>(Option<T> option, T? most = null)
        where T : struct, IComparable<T>
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<T>();
            if (value.CompareTo(default) <= 0 || (most is { } limit && value.CompareTo(limit) > 0))
            {
                result.AddError(most is { } largest
                    ? $"{option.Name} must be between 1 and {largest}, not {value}"
                    : $"{option.Name} must be greater than 0, not {value}");
            }
        });
        return option;
    }

    private static Option<double> Fraction(Option<double> option)
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!(value is >= 0 and <= 1))
            {
                result.AddError($"{option.Name} must be a fraction between 0 and 1, not {value}");
            }
        });
        return option;
    }
}
