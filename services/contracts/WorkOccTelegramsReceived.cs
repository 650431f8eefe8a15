namespace Mobius.Micro.Contracts;

/// <summary>
/// WorkOcc frames accepted by the connector gateway, published together as one bus message for the
/// WorkOcc decoders only; batched as <see cref="EnOceanTelegramsReceived"/> is.
/// </summary>
public sealed record WorkOccTelegramsReceived
{
    /// <summary>The telegrams, all of module <see cref="RadioModules.WorkOcc"/>, in the order the gateway accepted them; never empty.</summary>
    public required IReadOnlyList<RawTelegramReceived> Telegrams { get; init; }
}
