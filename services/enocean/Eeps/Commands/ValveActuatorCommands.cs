namespace Mobius.Micro.EnOcean.Eeps.Commands;

/// <summary>
/// Commands to an A5-20-01 battery powered valve actuator (direction 2, controller to actuator):
/// the actuator takes them in its answer window after it sent its own status telegram.
/// </summary>
public static class ValveActuatorCommands
{
    private const string Eep = "A5-20-01";

    /// <summary>Drive the valve to <paramref name="percent"/> open; the actuator follows the controller (SPS = 0).</summary>
    /// <param name="roomTemperature">The room temperature to report to the actuator, 0..40 °C.</param>
    public static byte[] SetValvePosition(int percent, double roomTemperature, ValveCommandOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        return Command(percent, setPointIsTemperature: false, roomTemperature, options ?? new ValveCommandOptions());
    }

    /// <summary>Set the room temperature set point, 0..40 °C; the actuator runs its own control loop (SPS = 1).</summary>
    public static byte[] SetTemperatureSetPoint(double setPoint, double roomTemperature, ValveCommandOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(setPoint);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(setPoint, 40);
        var raw = (int)Math.Round(setPoint * 255 / 40, MidpointRounding.AwayFromZero);
        return Command(raw, setPointIsTemperature: true, roomTemperature, options ?? new ValveCommandOptions());
    }

    private static byte[] Command(int setPointRaw, bool setPointIsTemperature, double roomTemperature, ValveCommandOptions options)
    {
        var (definition, @case) = CatalogCases.ToDevice(Eep);
        var roomField = @case.Fields.First(field => field.Shortcut == "TMP");
        return EepEncoder.Encode(definition, @case, new Dictionary<string, long>
        {
            ["SP"] = setPointRaw,
            ["TMP"] = EepEncoder.RawOf(roomField, roomTemperature),
            ["RIN"] = options.RunInitSequence ? 1 : 0,
            ["LFS"] = options.LiftSet ? 1 : 0,
            ["VO"] = options.OpenValve ? 1 : 0,
            ["VC"] = options.CloseValve ? 1 : 0,
            ["SB"] = options.SummerMode ? 1 : 0,
            ["SPS"] = setPointIsTemperature ? 1 : 0,
            ["SPN"] = options.SetPointInverse ? 1 : 0,
            ["RCU"] = options.ServiceOn ? 1 : 0,
        });
    }
}
