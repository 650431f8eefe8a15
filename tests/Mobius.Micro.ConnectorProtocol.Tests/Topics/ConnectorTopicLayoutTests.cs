using Mobius.Micro.ConnectorProtocol.Topics;

namespace Mobius.Micro.ConnectorProtocol.Tests.Topics;

public sealed class ConnectorTopicLayoutTests
{
    private static readonly ConnectorSerial Serial = ConnectorSerial.Parse("MF_00BCC0");

    [Theory]
    [InlineData("mobius/connectors/MF_00BCC0/up", MessageKind.Up)]
    [InlineData("mobius/connectors/MF_00BCC0/status", MessageKind.Status)]
    [InlineData("mobius/connectors/MF_00BCC0/down", MessageKind.Down)]
    [InlineData("mobius/connectors/MF_00BCC0/ack", MessageKind.Ack)]
    public void The_default_layout_reads_serial_and_kind(string topicName, MessageKind kind)
    {
        var layout = new ConnectorTopicLayout();

        Assert.Equal("mobius", layout.Prefix);
        Assert.True(layout.TryParse(topicName, out ConnectorTopic topic));
        Assert.Equal(new ConnectorTopic(Serial, kind), topic);
    }

    [Theory]
    [InlineData("mobius/connectors/MF_00BCC0/up/extra")]
    [InlineData("mobius/connectors/MF_00BCC0/extra/up")]
    [InlineData("mobius/connectors/MF_00BCC0/up/")]
    [InlineData("x/mobius/connectors/MF_00BCC0/up")]
    [InlineData("/mobius/connectors/MF_00BCC0/up")]
    [InlineData("mobius//connectors/MF_00BCC0/up")]
    [InlineData("mobius/connector/MF_00BCC0/up")]
    [InlineData("Mobius/connectors/MF_00BCC0/up")]
    [InlineData("mobius/connectors/MF_00bcc0/up")]
    [InlineData("mobius/connectors/mf_00BCC0/up")]
    [InlineData("mobius/connectors/MF_00BCC/up")]
    [InlineData("mobius/connectors/+/up")]
    [InlineData("mobius/connectors//up")]
    [InlineData("mobius/connectors/MF_00BCC0/UP")]
    [InlineData("mobius/connectors/MF_00BCC0/telemetry")]
    [InlineData("mobius/connectors/MF_00BCC0/")]
    [InlineData("mobius/connectors/MF_00BCC0")]
    [InlineData("mobius/connectors/MF_00BCC0/up ")]
    [InlineData("")]
    public void Any_other_topic_is_a_bad_topic(string topicName) =>
        Assert.False(new ConnectorTopicLayout().TryParse(topicName, out _));

    [Fact]
    public void A_configured_prefix_may_have_several_levels()
    {
        var layout = new ConnectorTopicLayout("site1/mobius");

        Assert.True(layout.TryParse("site1/mobius/connectors/MF_00BCC0/status", out ConnectorTopic topic));
        Assert.Equal(new ConnectorTopic(Serial, MessageKind.Status), topic);
        Assert.False(layout.TryParse("mobius/connectors/MF_00BCC0/status", out _));
        Assert.Equal("site1/mobius/connectors/MF_00BCC0/down", layout.Format(new ConnectorTopic(Serial, MessageKind.Down)));
    }

    [Fact]
    public void Formats_the_topic_of_one_connector() =>
        Assert.Equal("mobius/connectors/MF_00BCC0/down", new ConnectorTopicLayout().Format(new ConnectorTopic(Serial, MessageKind.Down)));

    [Theory]
    [InlineData(MessageKind.Up, "mobius/connectors/+/up")]
    [InlineData(MessageKind.Status, "mobius/connectors/+/status")]
    [InlineData(MessageKind.Ack, "mobius/connectors/+/ack")]
    public void Formats_the_filter_for_every_connector(MessageKind kind, string filter) =>
        Assert.Equal(filter, new ConnectorTopicLayout().SubscriptionFilter(kind));

    [Theory]
    [InlineData(MessageKind.Up, "$share/gateway/mobius/connectors/+/up")]
    [InlineData(MessageKind.Status, "$share/gateway/mobius/connectors/+/status")]
    [InlineData(MessageKind.Ack, "$share/gateway/mobius/connectors/+/ack")]
    public void Formats_the_shared_subscription_filter(MessageKind kind, string filter) =>
        Assert.Equal(filter, new ConnectorTopicLayout().SharedSubscriptionFilter("gateway", kind));

    [Theory]
    [InlineData("")]
    [InlineData("/mobius")]
    [InlineData("mobius/")]
    [InlineData("a//b")]
    [InlineData("mo+bius")]
    [InlineData("mobius/#")]
    [InlineData("$SYS")]
    [InlineData("mob\0ius")]
    public void Refuses_a_prefix_that_cannot_name_topics(string prefix) =>
        Assert.Throws<ArgumentException>(() => new ConnectorTopicLayout(prefix));

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("g+")]
    [InlineData("g#")]
    public void Refuses_a_share_name_mqtt_forbids(string group) =>
        Assert.Throws<ArgumentException>(() => new ConnectorTopicLayout().SharedSubscriptionFilter(group, MessageKind.Up));
}
