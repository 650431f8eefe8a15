using System.Net;
using System.Text.Json.Nodes;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary><c>POST /mobius/command/ENOCEAN_RADIO_TX</c>: validation, the request to the gateway, and its outcome mapped to HTTP.</summary>
[Collection(ObjectStoreCollection.Name)]
public sealed class CommandTests(ObjectStoreFixture store)
{
    private const string RadioTx = "/api/v1/mobius/command/ENOCEAN_RADIO_TX";

    [Fact]
    public async Task An_acknowledged_downlink_answers_its_id()
    {
        var admin = await store.AdminAsync();
        var (connector, _, _) = await TestObjects.ConnectorAsync(admin);
        var writer = await store.UserWithRolesAsync("write");

        var sent = await writer.PostAsync(RadioTx, Body(connector, 0x01, 0x00, 0x07, 0x01, 0x7A));

        ApiAssert.Ok(sent);
        Assert.Equal("acknowledged", (string?)sent.Data["status"]);
        var downlinkId = (string?)sent.Data["downlinkId"];
        Assert.True(Guid.TryParse(downlinkId, out _), downlinkId);
        var received = store.Gateway.Received.Single(downlink => downlink.DownlinkId == downlinkId);
        Assert.Equal(connector, received.ConnectorUri);
        Assert.Equal(new byte[] { 0x01, 0x00, 0x07, 0x01, 0x7A }, received.RawData);
    }

    [Theory]
    [InlineData(0x02, HttpStatusCode.NotFound, "connector_unknown")]
    [InlineData(0x03, HttpStatusCode.Conflict, "connector_offline")]
    [InlineData(0x04, HttpStatusCode.Conflict, "no_enocean_module")]
    [InlineData(0x05, HttpStatusCode.BadRequest, "invalid_packet")]
    [InlineData(0x06, HttpStatusCode.BadGateway, "downlink_failed")]
    [InlineData(0x07, HttpStatusCode.GatewayTimeout, "downlink_timeout")]
    [InlineData(0xEE, HttpStatusCode.GatewayTimeout, "gateway_timeout")]
    public async Task The_gateways_outcome_maps_to_a_status(int firstByte, HttpStatusCode status, string errorCode)
    {
        var admin = await store.AdminAsync();
        var (connector, _, _) = await TestObjects.ConnectorAsync(admin);

        ApiAssert.Refused(await admin.PostAsync(RadioTx, Body(connector, (byte)firstByte, 0x00)), status, errorCode);
    }

    [Theory]
    [InlineData("""{"rawData":[1]}""", "invalid_connector_uri")]
    [InlineData("""{"connectorURI":"000001/021/FFC0","rawData":[1]}""", "invalid_connector_uri")]
    [InlineData("""{"connectorURI":"000001/022/0102/0001","rawData":[1]}""", "invalid_connector_uri")]
    [InlineData("""{"connectorURI":"000001/021/FFC0/XYZW","rawData":[1]}""", "invalid_connector_uri")]
    [InlineData("""{"connectorURI":"000001/021/FFC0/0001","rawData":[]}""", "invalid_request")]
    [InlineData("""{"connectorURI":"000001/021/FFC0/0001","rawData":[256]}""", "invalid_request")]
    [InlineData("""{"connectorURI":"000001/021/FFC0/0001","rawData":[-1]}""", "invalid_request")]
    [InlineData("""{"connectorURI":"000001/021/FFC0/0001","rawData":["01"]}""", "invalid_request")]
    [InlineData("""{"connectorURI":"000001/021/FFC0/0001","rawData":"0102"}""", "invalid_request")]
    [InlineData("""{"connectorURI":"000001/021/FFC0/0001"}""", "invalid_request")]
    [InlineData("""[1,2,3]""", "invalid_request")]
    public async Task A_bad_body_is_400_with_a_clear_message(string body, string errorCode)
    {
        var admin = await store.AdminAsync();

        ApiAssert.Refused(await admin.PostAsync(RadioTx, body), HttpStatusCode.BadRequest, errorCode);
    }

    [Fact]
    public async Task A_connector_that_does_not_exist_is_404_without_asking_the_gateway()
    {
        var admin = await store.AdminAsync();

        ApiAssert.Refused(await admin.PostAsync(RadioTx, Body("000001/021/FFC0/FFFD", 0x01)), HttpStatusCode.NotFound, "connector_unknown", "000001/021/FFC0/FFFD");
    }

    [Fact]
    public async Task Unknown_and_broadcast_only_commands_are_refused()
    {
        var admin = await store.AdminAsync();

        ApiAssert.Refused(await admin.PostAsync("/api/v1/mobius/command/SELF_DESTRUCT", "{}"), HttpStatusCode.NotFound, "unknown_command");
        ApiAssert.Refused(await admin.PostAsync("/api/v1/mobius/command/ENOCEAN_RADIO_ERP1", "{}"), HttpStatusCode.BadRequest, "not_invocable");
    }

    [Fact]
    public async Task Commands_need_write()
    {
        var reader = await store.UserWithRolesAsync("read", "configure");

        ApiAssert.Refused(await reader.PostAsync(RadioTx, Body("000001/021/FFC0/0001", 1)), HttpStatusCode.Forbidden, "forbidden", "write");
        ApiAssert.Refused(await store.Anonymous().PostAsync(RadioTx, Body("000001/021/FFC0/0001", 1)), HttpStatusCode.Unauthorized, "unauthorized");
    }

    private static JsonObject Body(string connectorUri, params byte[] rawData) =>
        new() { ["connectorURI"] = connectorUri, ["rawData"] = new JsonArray([.. rawData.Select(value => JsonValue.Create((int)value))]) };
}
