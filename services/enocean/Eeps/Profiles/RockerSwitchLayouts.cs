namespace Mobius.Micro.EnOcean.Eeps.Profiles;

/// <summary>
/// The N- and U-message cases every PTM rocker switch profile shares (F6-02 with T21 = 1, F6-03
/// with T21 = 0), written once: data byte R1 bits 7..5, EB bit 4, R2 bits 3..1, SA bit 0.
/// Each button resource says whether that button is held right now:
/// <list type="bullet">
/// <item>N-message (NU = 1), energy bow pressed: the button R1 names is held, and the button R2
/// names too when SA = 1; every other button is released.</item>
/// <item>N-message with the energy bow released: every button is released.</item>
/// <item>U-message (NU = 0): with the bow released or "no button", every button is released; a
/// count of buttons pressed does not say which, so the buttons are not written.</item>
/// <item><c>bowPushed</c> is the energy bow, EB = 1, in either message.</item>
/// </list>
/// </summary>
internal static class RockerSwitchLayouts
{
    private static readonly EepFieldMatch BowPressed = new("EB", 1);
    private static readonly EepFieldMatch BowReleased = new("EB", 0);

    /// <param name="t21">The status bit T21 the switch family sends: 1 for two rockers, 0 for four.</param>
    /// <param name="buttonTexts">The specification's text for each button code of R1 and R2.</param>
    /// <param name="buttonsByCode">The resource of each button code.</param>
    /// <param name="buttonCounts">The texts of R1 in a U-message (how many buttons are pressed).</param>
    /// <param name="bowPushed">The energy bow's resource.</param>
    public static IReadOnlyList<EepCase> Cases(
        int t21,
        IReadOnlyList<EepEnumItem> buttonTexts,
        IReadOnlyDictionary<long, EepResource> buttonsByCode,
        IReadOnlyList<EepEnumItem> buttonCounts,
        EepResource bowPushed) =>
    [
        new EepCase
        {
            Title = "N-message",
            Conditions = [EepCondition.Status(bitOffset: 2, bitSize: 1, value: t21), EepCondition.Status(bitOffset: 3, bitSize: 1, value: 1)],
            Fields =
            [
                EepField.Enum("R1", "Rocker 1st action", bitOffset: 0, bitSize: 3, buttonTexts),
                EnergyBow(),
                EepField.Enum("R2", "Rocker 2nd action", bitOffset: 4, bitSize: 3, buttonTexts),
                EepField.Flag("SA", "2nd Action", bitOffset: 7, whenZero: "No 2nd action", whenOne: "2nd action valid"),
            ],
            DerivedFlags = [.. buttonsByCode.Select(button => HeldInNMessage(button.Value, button.Key)), BowPushedFlag(bowPushed)],
        },
        new EepCase
        {
            Title = "U-message",
            Conditions = [EepCondition.Status(bitOffset: 2, bitSize: 1, value: t21), EepCondition.Status(bitOffset: 3, bitSize: 1, value: 0)],
            Fields =
            [
                EepField.Enum("R1", "Number of buttons pressed simultaneously", bitOffset: 0, bitSize: 3, buttonCounts),
                EnergyBow(),
            ],
            DerivedFlags = [.. buttonsByCode.Values.Select(ReleasedInUMessage), BowPushedFlag(bowPushed)],
        },
    ];

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

    private static EepDerivedFlag BowPushedFlag(EepResource bowPushed) => new()
    {
        Resource = bowPushed,
        TrueWhen = [[BowPressed]],
        FalseWhen = [EepDerivedFlag.Always],
    };
}
