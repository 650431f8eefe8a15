using System.Net;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>The object and command profiles, and the generic objects of the Object Store service.</summary>
[Collection(ObjectStoreCollection.Name)]
public sealed class ProfileTests(ObjectStoreFixture store)
{
    [Fact]
    public async Task Every_profile_is_listed_with_its_services()
    {
        var reader = await store.UserWithRolesAsync("read");

        var profiles = await reader.GetAsync("/api/v1/mobius/profile/object/000001");

        ApiAssert.Ok(profiles);
        var byPid = profiles.Data.AsArray().ToDictionary(profile => (string)profile!["pid"]!);
        Assert.Equal("mobiusFlowConnector", (string?)byPid["FFC0"]!["profileName"]);
        Assert.Equal(["021"], byPid["FFC0"]!["sids"]!.AsArray().Select(sid => (string?)sid));
        Assert.Equal(["020", "021", "022", "023"], byPid["0001"]!["sids"]!.AsArray().Select(sid => (string?)sid));
        Assert.Equal("numericValue", (string?)byPid["0002"]!["profileName"]);
        Assert.Equal("stringValue", (string?)byPid["0003"]!["profileName"]);
        Assert.Equal("boolValue", (string?)byPid["0004"]!["profileName"]);
        Assert.Equal("enocean_A5-04-01", (string?)byPid["0102"]!["profileName"]);
        Assert.Equal(["022"], byPid["0102"]!["sids"]!.AsArray().Select(sid => (string?)sid));
    }

    [Fact]
    public async Task A_profile_by_pid_or_name_has_its_resources_and_hides_secret_defaults()
    {
        var reader = await store.UserWithRolesAsync("read");

        var byPid = await reader.GetAsync("/api/v1/mobius/profile/object/000001/ffc0");
        var byName = await reader.GetAsync("/api/v1/mobius/profile/object/by-name/000001/mobiusFlowConnector");

        ApiAssert.Ok(byPid);
        Assert.Equal("000001/FFC0", (string?)byPid.Body["uri"]);
        Assert.Equal(byPid.Data.ToJsonString(), byName.Data.ToJsonString());
        var psk = byPid.Data["resources"]!["0C"]!;
        Assert.True((bool?)psk["writeOnly"]);
        Assert.True((bool?)psk["required"]);
        Assert.Null(psk["default"]);
        Assert.True((bool?)byPid.Data["resources"]!["0B"]!["unique"]);
        Assert.Equal("bool", (string?)byPid.Data["resources"]!["40"]!["type"]);
    }

    [Fact]
    public async Task Unknown_profiles_are_404_and_bad_pids_400()
    {
        var reader = await store.UserWithRolesAsync("read");

        ApiAssert.Refused(await reader.GetAsync("/api/v1/mobius/profile/object/000001/0FFF"), HttpStatusCode.NotFound, "profile_not_found");
        ApiAssert.Refused(await reader.GetAsync("/api/v1/mobius/profile/object/by-name/000001/nothing"), HttpStatusCode.NotFound, "profile_not_found");
        ApiAssert.Refused(await reader.GetAsync("/api/v1/mobius/profile/object/000001/FFC"), HttpStatusCode.BadRequest, "invalid_uri", "PID");
        ApiAssert.Refused(await reader.GetAsync("/api/v1/mobius/profile/object/000009"), HttpStatusCode.NotFound, "unknown_hub");
    }

    [Fact]
    public async Task The_commands_are_listed()
    {
        var reader = await store.UserWithRolesAsync("read");

        var commands = await reader.GetAsync("/api/v1/mobius/profile/command/000001");

        var byCid = commands.Data.AsArray().ToDictionary(command => (string)command!["cid"]!);
        Assert.True((bool?)byCid["ENOCEAN_RADIO_TX"]!["invocable"]);
        Assert.False((bool?)byCid["ENOCEAN_RADIO_ERP1"]!["invocable"]);
        Assert.Contains("WORKOCC_TELEGRAM", byCid.Keys);
    }

    [Fact]
    public async Task Generic_objects_hold_a_number_a_string_and_a_boolean()
    {
        var admin = await store.AdminAsync();
        var number = await TestObjects.NumericAsync(admin, new System.Text.Json.Nodes.JsonObject { ["pv"] = 1.5 });
        var text = await TestObjects.StringAsync(admin);
        var flag = await TestObjects.BoolAsync(admin);

        Assert.Equal(1.5, (double?)(await admin.GetResourceAsync($"{number}/40")).Data["pv"]);
        Assert.Equal("hello", (string?)(await admin.WriteAsync($"{text}/40", "hello")).Data["pv"]);
        Assert.Equal(true, (bool?)(await admin.WriteAsync($"{flag}/40", true)).Data["pv"]);
        var created = await admin.GetObjectAsync(number);
        Assert.Equal("numericValue", (string?)created.Data["profileName"]);
        Assert.Equal(["00", "01", "02", "03", "04", "40"], created.Data["resources"]!.AsObject().Select(resource => resource.Key));
    }
}
