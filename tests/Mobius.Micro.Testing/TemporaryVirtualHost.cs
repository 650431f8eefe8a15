using System.Net.Http.Headers;
using System.Text;

namespace Mobius.Micro.Testing;

/// <summary>
/// A RabbitMQ virtual host of its own for one test fixture, so parallel test runs never consume
/// each other's messages; created and deleted through the management API.
/// </summary>
public sealed class TemporaryVirtualHost : IAsyncDisposable
{
    private readonly HttpClient _management;

    private TemporaryVirtualHost(HttpClient management, string name)
    {
        _management = management;
        Name = name;
    }

    public string Name { get; }

    public static async Task<TemporaryVirtualHost> CreateAsync()
    {
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        var management = new HttpClient { BaseAddress = TestInfrastructure.RabbitMqManagement };
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));

        var name = $"mobius-test-{Guid.NewGuid():N}";
        await SendAsync(management, HttpMethod.Put, $"api/vhosts/{name}", "{}");
        await SendAsync(management, HttpMethod.Put, $"api/permissions/{name}/{Uri.EscapeDataString(username)}",
            """{"configure":".*","write":".*","read":".*"}""");
        return new TemporaryVirtualHost(management, name);
    }

    public async ValueTask DisposeAsync()
    {
        await SendAsync(_management, HttpMethod.Delete, $"api/vhosts/{Name}", content: null);
        _management.Dispose();
    }

    private static async Task SendAsync(HttpClient client, HttpMethod method, string path, string? content)
    {
        using var request = new HttpRequestMessage(method, path);
        if (content is not null)
        {
            request.Content = new StringContent(content, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"RabbitMQ management {method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
