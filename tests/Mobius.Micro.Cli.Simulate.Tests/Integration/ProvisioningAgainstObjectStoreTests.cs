using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mobius.Micro.Cli.Simulate.Tests.Support;

namespace Mobius.Micro.Cli.Simulate.Tests.Integration;

/// <summary><c>mobius simulate --provision</c> against a real object store process (and the real Mosquitto for the run itself).</summary>
public sealed class ProvisioningAgainstObjectStoreTests(ObjectStoreProcess objectStore) : IClassFixture<ObjectStoreProcess>
{
    [Fact]
    public async Task Provisioning_creates_the_connectors_and_devices_and_a_second_run_reuses_them()
    {
        string[] arguments =
        [
            "--provision", "--api", objectStore.BaseAddress.ToString(), "--api-password", ObjectStoreProcess.AdminPassword,
            "--connectors", "2", "--devices-per-connector", "4", "--serial-base", "MF_5B0000", "--psk", "provisioned connector psk",
            "--rate", "20", "--duration", "0.5", "--broker", MqttRecorder.BrokerAddress, "--topic-prefix", $"simulate-test-{Guid.NewGuid():N}",
        ];

        var first = await SimulateRun.RunAsync(arguments);
        var second = await SimulateRun.RunAsync(arguments);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("2 connectors (2 created, 0 already there)", first.Error, StringComparison.Ordinal);
        Assert.Contains("5 EnOcean devices (5 created, 0 already there)", first.Error, StringComparison.Ordinal);
        Assert.Contains("3 WorkOcc devices (3 created, 0 already there)", first.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("refused", first.Error, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("2 connectors (0 created, 2 already there)", second.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" created, 0 already there)", second.Error.Replace("(0 created, 0 already there)", "", StringComparison.Ordinal), StringComparison.Ordinal);

        using var api = await LoggedInAsync();
        Assert.Equal(["MF_5B0000", "MF_5B0001"], (await ValuesAsync(api, "021/FFC0", "0B")).Order());
        Assert.Contains("5B000000", await ValuesAsync(api, "022/0101", "0B"));
        Assert.Contains("A5-04-01", await ValuesAsync(api, "022/0102", "0A"));
        Assert.Equal(["5B000100"], await ValuesAsync(api, "023/0200", "0B"));
        Assert.Equal(["5B000102"], await ValuesAsync(api, "023/0202", "0B"));
    }

    [Fact]
    public async Task A_refused_login_ends_the_run_with_exit_code_2_before_anything_is_sent()
    {
        var run = await SimulateRun.RunAsync(
            "--provision", "--api", objectStore.BaseAddress.ToString(), "--api-password", "not the password", "--duration", "1",
            "--broker", MqttRecorder.BrokerAddress, "--topic-prefix", $"simulate-test-{Guid.NewGuid():N}");

        Assert.Equal(SimulateExitCodes.ProvisioningFailed, run.ExitCode);
        Assert.Contains("login to", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not the password", run.Error, StringComparison.Ordinal);
    }

    private async Task<HttpClient> LoggedInAsync()
    {
        var http = new HttpClient { BaseAddress = objectStore.BaseAddress };
        using var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { username = ObjectStoreProcess.AdminUsername, password = ObjectStoreProcess.AdminPassword });
        var token = JsonNode.Parse(await login.Content.ReadAsStringAsync())!["token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>The value of resource <paramref name="rid"/> of every instance of a profile (0001 up to the first missing one).</summary>
    private static async Task<List<string>> ValuesAsync(HttpClient api, string serviceAndPid, string rid)
    {
        var values = new List<string>();
        for (var ins = 1; ; ins++)
        {
            using var response = await api.GetAsync($"/api/v1/mobius/object/resource/000001/{serviceAndPid}/{ins:X4}/{rid}");
            if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                return values;
            }

            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            values.Add(body["data"]!["pv"]!.GetValue<string>());
        }
    }
}
