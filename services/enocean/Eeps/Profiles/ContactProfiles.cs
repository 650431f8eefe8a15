namespace Mobius.Micro.EnOcean.Eeps.Profiles;

/// <summary>D5-00: contacts and switches. Layouts from EEP 2.6.5.</summary>
public static class ContactProfiles
{
    public static IReadOnlyList<EepDefinition> All { get; } =
    [
        new EepDefinition(
            "D5-00-01",
            "Contacts and Switches / Single Input Contact",
            ["ContactSensor"],
            [
                new EepCase
                {
                    Fields =
                    [
                        EepField.Flag("CO", "Contact", bitOffset: 7, whenZero: "open", whenOne: "closed")
                            .Fills(EepResource.Bool("40", "contact")),

                        // The learn button state; the device object's lrn config resource comes from the telegram instead.
                        EepField.Flag("LRN", "Learn Button", bitOffset: 4, whenZero: "pressed", whenOne: "not pressed"),
                    ],
                },
            ]),
    ];
}
