namespace Mobius.Micro.EnOcean.Eeps.Profiles;

/// <summary>
/// F6-02: two-rocker switches, one object profile for the family (<c>enocean_F6-02-XX</c>).
/// Layouts from EEP 2.6.5. The button resources say which buttons are held right now:
/// <list type="bullet">
/// <item>N-message (T21 = 1, NU = 1), energy bow pressed: the button R1 names is held, and the
/// button R2 names too when SA = 1; every other button is released.</item>
/// <item>N-message with the energy bow released: every button is released.</item>
/// <item>U-message (T21 = 1, NU = 0): with the bow released or "no button", every button is
/// released; "3 or 4 buttons" pressed does not say which, so the buttons are not written.</item>
/// <item><c>bowPushed</c> is the energy bow, EB = 1, in either message.</item>
/// </list>
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

    private static readonly EepFieldMatch BowPressed = new("EB", 1);
    private static readonly EepFieldMatch BowReleased = new("EB", 0);

    public static IReadOnlyList<EepDefinition> All { get; } =
    [
        TwoRockerSwitch(
            "F6-02-01",
            "Rocker Switch, 2 Rocker / Light and Blind Control - Application Style 1",
            [
                new EepEnumItem(ButtonAI, "Button AI: \"Switch light on\" or \"Dim light down\" or \"Move blind closed\""),
                new EepEnumItem(ButtonA0, "Button A0: \"Switch light off\" or \"Dim light up\" or \"Move blind open\""),
                new EepEnumItem(ButtonBI, "Button BI: “Switch light on” or \"Dim light down” or \"Move blind closed”"),
                new EepEnumItem(ButtonB0, "Button B0: “Switch light off” or “Dim light up” or \"Move blind open”"),
            ]),
    ];

    private static EepDefinition TwoRockerSwitch(string eep, string title, IReadOnlyList<EepEnumItem> buttons) => new(
        eep,
        title,
        ["RockerSwitch"],
        [
            new EepCase
            {
                Conditions = [EepCondition.Status(bitOffset: 2, bitSize: 1, value: 1), EepCondition.Status(bitOffset: 3, bitSize: 1, value: 1)],
                Fields =
                [
                    EepField.Enum("R1", "Rocker 1st action", bitOffset: 0, bitSize: 3, buttons),
                    EnergyBow(),
                    EepField.Enum("R2", "Rocker 2nd action", bitOffset: 4, bitSize: 3, buttons),
                    EepField.Flag("SA", "2nd Action", bitOffset: 7, whenZero: "No 2nd action", whenOne: "2nd action valid"),
                ],
                DerivedFlags =
                [
                    HeldInNMessage(ButtonA0Held, ButtonA0),
                    HeldInNMessage(ButtonAIHeld, ButtonAI),
                    HeldInNMessage(ButtonB0Held, ButtonB0),
                    HeldInNMessage(ButtonBIHeld, ButtonBI),
                    BowPushedFlag(),
                ],
            },
            new EepCase
            {
                Conditions = [EepCondition.Status(bitOffset: 2, bitSize: 1, value: 1), EepCondition.Status(bitOffset: 3, bitSize: 1, value: 0)],
                Fields =
                [
                    EepField.Enum(
                        "R1",
                        "Number of buttons pressed simultaneously",
                        bitOffset: 0,
                        bitSize: 3,
                        new EepEnumItem(0, "no button"),
                        new EepEnumItem(3, "3 or 4 buttons")),
                    EnergyBow(),
                ],
                DerivedFlags =
                [
                    ReleasedInUMessage(ButtonA0Held),
                    ReleasedInUMessage(ButtonAIHeld),
                    ReleasedInUMessage(ButtonB0Held),
                    ReleasedInUMessage(ButtonBIHeld),
                    BowPushedFlag(),
                ],
            },
        ]);

    private static EepField EnergyBow() =>
        EepField.Flag("EB", "Energy Bow", bitOffset: 3, whenZero: "released", whenOne: "pressed");

    private static EepDerivedFlag HeldInNMessage(EepResource button, long buttonCode) => new()
    {
        Resource = button,
        TrueWhen = [[BowPressed, new("R1", buttonCode)], [BowPressed, new("SA", 1), new("R2", buttonCode)]],
        FalseWhen = [EepDerivedFlag.Always],
    };

    private static EepDerivedFlag ReleasedInUMessage(EepResource button) => new()
    {
        Resource = button,
        FalseWhen = [[BowReleased], [new("R1", 0)]],
    };

    private static EepDerivedFlag BowPushedFlag() => new()
    {
        Resource = BowPushed,
        TrueWhen = [[BowPressed]],
        FalseWhen = [EepDerivedFlag.Always],
    };
}
