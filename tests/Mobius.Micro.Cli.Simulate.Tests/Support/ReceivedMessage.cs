namespace Mobius.Micro.Cli.Simulate.Tests.Support;

/// <summary>A message as a subscriber saw it.</summary>
public sealed record ReceivedMessage(string Topic, byte[] Payload)
{
    public string Serial => Topic.Split('/')[^2];

    public string Kind => Topic.Split('/')[^1];
}
