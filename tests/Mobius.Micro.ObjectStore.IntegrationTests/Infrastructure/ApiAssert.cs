using System.Net;

namespace Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

/// <summary>Checks of Engine API answers.</summary>
public static class ApiAssert
{
    /// <summary>No line of a .NET stack trace (<c>at Namespace.Type.Method(</c>) anywhere in the body.</summary>
    public static void NoStackTrace(ApiResponse response) =>
        Assert.DoesNotMatch(@"\bat [\w.`<>]+\.[\w`<>]+\(", response.Body.ToJsonString());

    public static void Ok(ApiResponse response)
    {
        Assert.True(response.Status == HttpStatusCode.OK, $"expected 200, got {(int)response.Status}: {response.Body.ToJsonString()}");
        Assert.NotNull(response.Body["ts"]);
        Assert.NotNull(response.Body["uri"]);
    }

    /// <summary>An error envelope with this status and code, its message mentioning <paramref name="mentioned"/> and no stack trace.</summary>
    public static void Refused(ApiResponse response, HttpStatusCode status, string errorCode, string? mentioned = null)
    {
        Assert.True(response.Status == status, $"expected {(int)status} {errorCode}, got {(int)response.Status}: {response.Body.ToJsonString()}");
        Assert.Equal((int)status, (int?)response.Body["statusCode"]);
        Assert.Equal(errorCode, response.ErrorCode);
        NoStackTrace(response);
        if (mentioned is not null)
        {
            Assert.Contains(mentioned, response.Message, StringComparison.Ordinal);
        }
    }
}
