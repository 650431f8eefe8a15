namespace Mobius.Micro.EnOcean.Eeps.Profiles;

/// <summary>
/// F6-02: two-rocker switches, one object profile for the family (<c>enocean_F6-02-XX</c>), the
/// buttons held and the energy bow as resources (see <see cref="RockerSwitchLayouts"/>). Layouts
/// from EEP 2.6.5; written by hand because the buttons come from several fields at once.
/// </summary>
public static class RockerSwitchProfiles
{
    private const long ButtonAI = 0;
    private const long ButtonA0 = 1;
    private const long ButtonBI = 2;
    private const long ButtonB0 = 3;

    private static readonly EepResource ButtonA0Held = EepResource.Bool("40", "button_A0");
    private static readonly EepResource ButtonAIHeld = EepResource.Bool("41", "button_AI");
    private static readonly EepResource ButtonB0Held = EepResource.Bool("42", "button_B0");
    private static readonly EepResource ButtonBIHeld = EepResource.Bool("43", "button_BI");
    private static readonly EepResource BowPushed = EepResource.Bool("44", "bowPushed");

    private static readonly IReadOnlyDictionary<long, EepResource> Buttons = new Dictionary<long, EepResource>
    {
        [ButtonA0] = ButtonA0Held,
        [ButtonAI] = ButtonAIHeld,
        [ButtonB0] = ButtonB0Held,
        [ButtonBI] = ButtonBIHeld,
    };

    private static readonly IReadOnlyList<EepEnumItem> ButtonCounts = [new EepEnumItem(0, "no button"), new EepEnumItem(3, "3 or 4 buttons")];

    public static IReadOnlyList<EepDefinition> All { get; } =
    [
        new EepDefinition(
            "F6-02-01",
            "Rocker Switch, 2 Rocker / Light and Blind Control - Application Style 1",
            ["RockerSwitch"],
            RockerSwitchLayouts.Cases(
                t21: 1,
                [
                    new EepEnumItem(ButtonAI, "Button AI: \"Switch light on\" or \"Dim light down\" or \"Move blind closed\""),
                    new EepEnumItem(ButtonA0, "Button A0: \"Switch light off\" or \"Dim light up\" or \"Move blind open\""),
                    new EepEnumItem(ButtonBI, "Button BI: “Switch light on” or \"Dim light down” or \"Move blind closed”"),
                    new EepEnumItem(ButtonB0, "Button B0: “Switch light off” or “Dim light up” or \"Move blind open”"),
                ],
                Buttons,
                ButtonCounts,
                BowPushed)),
        new EepDefinition(
            "F6-02-02",
            "Rocker Switch, 2 Rocker / Light and Blind Control - Application Style 2",
            ["RockerSwitch"],
            RockerSwitchLayouts.Cases(
                t21: 1,
                [
                    new EepEnumItem(ButtonAI, "Button AI: \"Switch light on\" or \"Dim light up\" or \"Move blind open\""),
                    new EepEnumItem(ButtonA0, "Button A0: \"switch light off\" or \"Dim light down\" or \"Move blind closed\""),
                    new EepEnumItem(ButtonBI, "Button BI: “Switch light on” or \"Dim light up” or \"Move blind open”"),
                    new EepEnumItem(ButtonB0, "Button B0: “Switch light off” or “Dim light down” or \"Move blind closed”"),
                ],
                Buttons,
                ButtonCounts,
                BowPushed)),
        new EepDefinition(
            "F6-02-03",
            "Rocker Switch, 2 Rocker / Light Control - Application Style 1",
            ["RockerSwitch"],
            [
                new EepCase
                {
                    Fields =
                    [
                        EepField.Enum(
                            "RA",
                            "Rocker action",
                            bitOffset: 0,
                            bitSize: 8,
                            new EepEnumItem(0x30, "Button A0: Set the controller in automatic mode"),
                            new EepEnumItem(0x10, "Button A1: Set the controller in manually mode and toggles between switch light on and switch light off"),
                            new EepEnumItem(0x70, "Button B0: Dim light up"),
                            new EepEnumItem(0x50, "Button B1: Dim light down")),
                    ],
                    DerivedFlags =
                    [
                        HeldWhenRockerActionIs(ButtonA0Held, 0x30),
                        HeldWhenRockerActionIs(ButtonAIHeld, 0x10),
                        HeldWhenRockerActionIs(ButtonB0Held, 0x70),
                        HeldWhenRockerActionIs(ButtonBIHeld, 0x50),
                        new EepDerivedFlag
                        {
                            Resource = BowPushed,
                            TrueWhen = [[new("RA", 0x30)], [new("RA", 0x10)], [new("RA", 0x70)], [new("RA", 0x50)]],
                            FalseWhen = [EepDerivedFlag.Always],
                        },
                    ],
                },
            ]),
        new EepDefinition(
            "F6-02-04",
            "Rocker Switch, 2 Rocker / Light and blind control ERP2",
            ["RockerSwitch"],
            [
                new EepCase
                {
                    Fields =
                    [
                        EepField.Flag("EBO", "Energy Bow", bitOffset: 0, whenZero: "released", whenOne: "pressed").Fills(BowPushed),
                        EepField.Enum("BC", "Button coding", bitOffset: 1, bitSize: 1, new EepEnumItem(0, "button")),
                        EepField.Flag("RBI", "BI", bitOffset: 4, whenZero: "not pressed", whenOne: "pressed").Fills(ButtonBIHeld),
                        EepField.Flag("RB0", "B0", bitOffset: 5, whenZero: "not pressed", whenOne: "pressed").Fills(ButtonB0Held),
                        EepField.Flag("RAI", "AI", bitOffset: 6, whenZero: "not pressed", whenOne: "pressed").Fills(ButtonAIHeld),
                        EepField.Flag("RA0", "A0", bitOffset: 7, whenZero: "not pressed", whenOne: "pressed").Fills(ButtonA0Held),
                    ],
                },
            ]),
    ];

    private static EepDerivedFlag HeldWhenRockerActionIs(EepResource button, long rockerAction) => new()
    {
        Resource = button,
        TrueWhen = [[new("RA", rockerAction)]],
        FalseWhen = [EepDerivedFlag.Always],
    };
}
