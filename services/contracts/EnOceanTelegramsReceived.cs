namespace Mobius.Micro.Contracts;

/// <summary>
/// EnOcean telegrams accepted by the connector gateway, published together as one bus message for
/// the EnOcean decoders only (the WorkOcc decoders get <see cref="WorkOccTelegramsReceived"/>). The
/// gateway sends a telegram at once when no publish of its is waiting for RabbitMQ's confirm, and
/// otherwise gathers those that arrive meanwhile (so a quiet gateway adds no delay, a busy one pays
/// one publish and one consume per batch instead of per telegram). A decoder handles the telegrams
/// one by one, in order, each with its own <see cref="RawTelegramReceived.TraceParent"/>.
/// </summary>
public sealed record EnOceanTelegramsReceived
{
    /// <summary>The telegrams, all of module <see cref="RadioModules.EnOcean"/>, in the order the gateway accepted them; never empty.</summary>
    public required IReadOnlyList<RawTelegramReceived> Telegrams { get; init; }
}
