namespace Mobius.Micro.EnOcean.Eeps.Profiles;

/// <summary>A5-02: temperature sensors. Layouts from EEP 2.6.5.</summary>
public static class TemperatureSensorProfiles
{
    public static IReadOnlyList<EepDefinition> All { get; } =
    [
        new EepDefinition(
            "A5-02-05",
            "Temperature Sensors / Temperature Sensor Range 0°C to +40°C",
            ["TemperatureSensor"],
            [
                new EepCase
                {
                    Fields =
                    [
                        EepField.Scaled("TMP", "Temperature", bitOffset: 16, bitSize: 8, new LinearScale(RawMin: 255, RawMax: 0, ScaledMin: 0, ScaledMax: 40), "°C")
                            .Fills(EepResource.Number("40", "temperature", new ResourceSettings(Min: 0, Max: 40, Precision: 1, Units: "C"))),
                    ],
                },
            ]),
    ];
}
