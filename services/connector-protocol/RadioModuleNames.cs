namespace Mobius.Micro.ConnectorProtocol;

/// <summary>The wire names of <see cref="RadioModule"/> (the <c>mod</c> claim).</summary>
public static class RadioModuleNames
{
    public static string ToWireName(this RadioModule module) => module switch
    {
        RadioModule.EnOcean => "enocean",
        RadioModule.WorkOcc => "workocc",
        _ => throw new ArgumentOutOfRangeException(nameof(module), module, "Unknown radio module."),
    };

    /// <summary>Exact, case-sensitive match of a wire name.</summary>
    public static bool TryParse(ReadOnlySpan<char> wireName, out RadioModule module)
    {
        switch (wireName)
        {
            case "enocean":
                module = RadioModule.EnOcean;
                return true;
            case "workocc":
                module = RadioModule.WorkOcc;
                return true;
            default:
                module = default;
                return false;
        }
    }
}
