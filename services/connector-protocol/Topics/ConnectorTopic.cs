namespace Mobius.Micro.ConnectorProtocol.Topics;

/// <summary>What a connector topic names: whose messages, and which kind.</summary>
public readonly record struct ConnectorTopic(ConnectorSerial Serial, MessageKind Kind);
