using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Writes;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Profiles;
using Xunit.Abstractions;

namespace Mobius.Micro.Fuzz.Tests;

/// <summary>
/// The Engine API's request bodies without HTTP: object configurations (creation and change) over
/// every profile, and resource writes over every resource. A result or an
/// <see cref="EngineApiException"/> (a 4xx in the error envelope), never another exception.
/// </summary>
public sealed class ApiBodyFuzzTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<ObjectProfile> Profiles =
        [.. GenericValueProfiles.All, ConnectorProfile.Profile, .. EnOceanProfiles.All, .. WorkOccProfiles.All];

    private static readonly string[] Names = ["rid", "settings", "pv", "ins", "rids", .. SettingsOverrides.Names, "priority", "value"];

    [Fact]
    public void Object_configurations_are_applied_or_refused_with_a_4xx()
    {
        var inputs = Gen.Select(Gen.Int[0, Profiles.Count - 1], Gen.Frequency((3, ConfigurationShaped()), (1, JsonBody(3))));
        var built = 0;
        FuzzRun.Check(output, $"API object configuration bodies ({Profiles.Count} profiles)", inputs, input =>
        {
            var (index, body) = input;
            var profile = Profiles[index];
            var text = body?.ToJsonString() ?? "null";
            _ = RefusedAs4xx(() => ObjectConfigChange.Read(JsonDocument.Parse(text).RootElement));
            List<ResourceConfiguration>? configuration;
            try
            {
                configuration = JsonSerializer.Deserialize<List<ResourceConfiguration>>(text, JsonSerializerOptions.Web);
            }
            catch (JsonException)
            {
                return;
            }

            built += RefusedAs4xx(() => NewObjectBuilder.Build(MobiusUri.Parse($"000001/022/{profile.Pid}"), profile, configuration ?? [], DateTimeOffset.UtcNow)) ? 0 : 1;
        });

        Assert.True(built > 0, "no generated configuration made an object");
    }

    [Fact]
    public void Resource_writes_are_validated_without_exceptions()
    {
        var resources = Profiles.SelectMany(profile => profile.Resources).ToList();
        var inputs = Gen.Select(Gen.Int[0, resources.Count - 1], JsonBody(2), Gen.Enum<WriteOrigin>());
        FuzzRun.Check(output, $"API resource write values ({resources.Count} resources)", inputs, input =>
        {
            var (index, value, origin) = input;
            var json = JsonDocument.Parse(value?.ToJsonString() ?? "null").RootElement;
            var rejection = ResourceWriteValidator.Validate(resources[index], json, origin, out var accepted);
            Assert.True(rejection is null == accepted is not null);
            if (json.ValueKind == JsonValueKind.String)
            {
                ResourceWriteValidator.Validate(resources[index], json.GetString()!, origin, out _);
            }
        });
    }

    /// <summary>True when refused with a 4xx; false when applied; any other exception fails.</summary>
    private static bool RefusedAs4xx(Action apply)
    {
        try
        {
            apply();
            return false;
        }
        catch (EngineApiException refused)
        {
            Assert.InRange(refused.Error.StatusCode, 400, 499);
            return true;
        }
    }

    /// <summary><c>[{"rid","settings":{...}}]</c> with the profile's RIDs and setting names most of the time.</summary>
    private static Gen<JsonNode?> ConfigurationShaped() =>
        Gen.Select(Gen.OneOf("0A", "0B", "0C", "0D", "10", "0b", "ZZ", "", "0B0"), Gen.Select(Gen.OneOf(Names), Scalar).Array[0, 4], (rid, settings) =>
                new JsonObject { ["rid"] = rid, ["settings"] = new JsonObject(settings.DistinctBy(setting => setting.Item1).Select(setting => KeyValuePair.Create(setting.Item1, setting.Item2))) })
            .Array[0, 5].Select(entries => (JsonNode?)new JsonArray([.. entries]));

    private static readonly Gen<JsonNode?> Scalar = Gen.Frequency(
        (1, Gen.Const((JsonNode?)null)),
        (1, Gen.Bool.Select(value => (JsonNode?)JsonValue.Create(value))),
        (2, Gen.OneOf(0.0, 1.0, -1.0, 15.0, 16.0, 0.5, -273.15, 1e300, double.MaxValue, 255.0, 65536.0).Select(value => (JsonNode?)JsonValue.Create(value))),
        (1, Gen.Long.Select(value => (JsonNode?)JsonValue.Create(value))),
        (3, Gen.OneOf("", "MF_00BCC0", "A5-04-01", "0A0B0C0D", "********", "2025-11-25T10:00:00.000Z", "' or 1=1 --", "../../etc/passwd", "é日本😀", "+", "#", new string('x', 5000))
            .Select(value => (JsonNode?)JsonValue.Create(value))),
        (1, Gen.String[0, 20].Select(value => (JsonNode?)JsonValue.Create(value))));

    private static Gen<JsonNode?> JsonBody(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (1, JsonBody(depth - 1).Array[0, 4].Select(items => (JsonNode?)new JsonArray(items))),
            (2, Gen.Select(Gen.OneOf(Names), JsonBody(depth - 1)).Array[0, 5].Select(members =>
                (JsonNode?)new JsonObject(members.DistinctBy(member => member.Item1).Select(member => KeyValuePair.Create(member.Item1, member.Item2))))));
}
