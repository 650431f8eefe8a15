using System.Text.Json.Nodes;

namespace Mobius.Micro.ConnectorProtocol.Tests.TestSupport;

/// <summary>The example <c>up</c> message of connector-protocol.md, and values around it.</summary>
internal static class SpecExample
{
    public const string UpClaimsJson =
        """{"sn":"MF_00BCC0","typ":"up","boot":"7f3a9c21","seq":1042,"iat":1764064800,"mod":"enocean","data":"55000A0701EBA50071870A01879DE60001FFFFFFFF410074","rssi":-65}""";

    public const string Serial = "MF_00BCC0";
    public const string Boot = "7f3a9c21";
    public const long Sequence = 1042;
    public const long IssuedAtUnixSeconds = 1764064800;
    public const string EnOceanTelegram = "55000A0701EBA50071870A01879DE60001FFFFFFFF410074";

    /// <summary>The WorkOcc example of workocc-frame.md: an occupancy frame from sensor 4B1D0007.</summary>
    public const string WorkOccFrame = "A701014B1D00072A01012C5532";

    /// <summary>2025-11-25T10:00:00Z, the example's <c>iat</c>; the tests' clock stands here.</summary>
    public static readonly DateTimeOffset IssuedAt = new(2025, 11, 25, 10, 0, 0, TimeSpan.Zero);

    public static JsonObject UpClaims() => JsonNode.Parse(UpClaimsJson)!.AsObject();

    /// <summary>A status claim set of the example connector: common claims plus <c>online</c>.</summary>
    public static JsonObject StatusClaims(bool online) => new()
    {
        ["sn"] = Serial,
        ["typ"] = "status",
        ["boot"] = Boot,
        ["seq"] = Sequence,
        ["iat"] = IssuedAtUnixSeconds,
        ["online"] = online,
    };

    public static JsonObject AckClaims() => new()
    {
        ["sn"] = Serial,
        ["typ"] = "ack",
        ["boot"] = Boot,
        ["seq"] = Sequence,
        ["iat"] = IssuedAtUnixSeconds,
        ["id"] = "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        ["ok"] = true,
    };

    public static JsonObject DownClaims() => new()
    {
        ["sn"] = Serial,
        ["typ"] = "down",
        ["boot"] = "gateway01",
        ["seq"] = 7,
        ["iat"] = IssuedAtUnixSeconds,
        ["id"] = "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        ["mod"] = "enocean",
        ["data"] = EnOceanTelegram,
    };
}
