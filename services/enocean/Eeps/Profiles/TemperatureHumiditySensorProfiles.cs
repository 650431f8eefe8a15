namespace Mobius.Micro.EnOcean.Eeps.Profiles;

/// <summary>A5-04: temperature and humidity sensors. Layouts from EEP 2.6.5.</summary>
public static class TemperatureHumiditySensorProfiles
{
    public static IReadOnlyList<EepDefinition> All { get; } =
    [
        new EepDefinition(
            "A5-04-01",
            "Temperature and Humidity Sensor / Range 0°C to +40°C and 0% to 100%",
            ["HumiditySensor", "TemperatureSensor"],
            [
                new EepCase
                {
                    Fields =
                    [
                        EepField.Scaled("HUM", "Humidity", bitOffset: 8, bitSize: 8, new LinearScale(RawMin: 0, RawMax: 250, ScaledMin: 0, ScaledMax: 100), "%")
                            .Fills(EepResource.Number("40", "humidity", new ResourceSettings(Min: 0, Max: 100, Precision: 1, Units: "%"))),
                        EepField.Scaled("TMP", "Temperature", bitOffset: 16, bitSize: 8, new LinearScale(RawMin: 0, RawMax: 250, ScaledMin: 0, ScaledMax: 40), "°C")
                            .Fills(EepResource.Number("41", "temperature", new ResourceSettings(Min: 0, Max: 40, Precision: 1, Units: "C"))),
                        EepField.Flag("TSN", "T-Sensor", bitOffset: 30, whenZero: "not available", whenOne: "available")
                            .Fills(EepResource.Bool("42", "hasTemperatureSensor")),
                    ],
                },
            ]),
    ];
}
