namespace Mobius.Micro.ConnectorProtocol.Tests;

public sealed class WireNameTests
{
    [Theory]
    [InlineData(RejectionReason.BadTopic, "bad_topic")]
    [InlineData(RejectionReason.Malformed, "malformed")]
    [InlineData(RejectionReason.UnknownConnector, "unknown_connector")]
    [InlineData(RejectionReason.BadSignature, "bad_signature")]
    [InlineData(RejectionReason.TopicMismatch, "topic_mismatch")]
    [InlineData(RejectionReason.Stale, "stale")]
    [InlineData(RejectionReason.Replay, "replay")]
    [InlineData(RejectionReason.BadPayload, "bad_payload")]
    public void Rejection_reasons_carry_the_spec_names(RejectionReason reason, string wireName) =>
        Assert.Equal(wireName, reason.ToWireName());

    [Fact]
    public void The_spec_has_eight_rejection_reasons() => Assert.Equal(8, Enum.GetValues<RejectionReason>().Length);

    [Theory]
    [InlineData(MessageKind.Up, "up")]
    [InlineData(MessageKind.Status, "status")]
    [InlineData(MessageKind.Down, "down")]
    [InlineData(MessageKind.Ack, "ack")]
    public void Message_kinds_carry_the_spec_names(MessageKind kind, string wireName)
    {
        Assert.Equal(wireName, kind.ToWireName());
        Assert.True(MessageKindNames.TryParse(wireName, out MessageKind parsed));
        Assert.Equal(kind, parsed);
    }

    [Theory]
    [InlineData(RadioModule.EnOcean, "enocean")]
    [InlineData(RadioModule.WorkOcc, "workocc")]
    public void Radio_modules_carry_the_spec_names(RadioModule module, string wireName)
    {
        Assert.Equal(wireName, module.ToWireName());
        Assert.True(RadioModuleNames.TryParse(wireName, out RadioModule parsed));
        Assert.Equal(module, parsed);
    }

    [Theory]
    [InlineData("UP")]
    [InlineData("Up")]
    [InlineData("telemetry")]
    [InlineData("")]
    public void Kind_names_match_exactly(string text) => Assert.False(MessageKindNames.TryParse(text, out _));

    [Theory]
    [InlineData("EnOcean")]
    [InlineData("WorkOcc")]
    [InlineData("lora")]
    public void Module_names_match_exactly(string text) => Assert.False(RadioModuleNames.TryParse(text, out _));
}
