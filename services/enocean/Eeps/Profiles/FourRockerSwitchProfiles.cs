namespace Mobius.Micro.EnOcean.Eeps.Profiles;

/// <summary>
/// F6-03: four-rocker switches (T21 = 0), the eight buttons held and the energy bow as resources
/// (see <see cref="RockerSwitchLayouts"/>). Layouts from EEP 2.6.5; written by hand because the
/// buttons come from several fields at once.
/// </summary>
public static class FourRockerSwitchProfiles
{
    private static readonly IReadOnlyDictionary<long, EepResource> Buttons = new Dictionary<long, EepResource>
    {
        [1] = EepResource.Bool("40", "button_A0"),
        [0] = EepResource.Bool("41", "button_AI"),
        [3] = EepResource.Bool("42", "button_B0"),
        [2] = EepResource.Bool("43", "button_BI"),
        [5] = EepResource.Bool("44", "button_C0"),
        [4] = EepResource.Bool("45", "button_CI"),
        [7] = EepResource.Bool("46", "button_D0"),
        [6] = EepResource.Bool("47", "button_DI"),
    };

    private static readonly EepResource BowPushed = EepResource.Bool("48", "bowPushed");

    private static readonly IReadOnlyList<EepEnumItem> ButtonCounts =
    [
        new EepEnumItem(0, "no button pressed"),
        new EepEnumItem(1, "2 buttons pressed"),
        new EepEnumItem(2, "3 buttons pressed"),
        new EepEnumItem(3, "4 buttons pressed"),
        new EepEnumItem(4, "5 buttons pressed"),
        new EepEnumItem(5, "6 buttons pressed"),
        new EepEnumItem(6, "7 buttons pressed"),
        new EepEnumItem(7, "8 buttons pressed"),
    ];

    public static IReadOnlyList<EepDefinition> All { get; } =
    [
        new EepDefinition(
            "F6-03-01",
            "Rocker Switch, 4 Rocker / Light and Blind Control - Application Style 1",
            ["RockerSwitch"],
            RockerSwitchLayouts.Cases(
                t21: 0,
                [
                    new EepEnumItem(0, "Button AI: \"Switch light on\" or \"Dim light down\" or \"Move blind closed\""),
                    new EepEnumItem(1, "Button A0: \"Switch light off\" or \"Dim light up\" or \"Move blind open\""),
                    new EepEnumItem(2, "Button BI: \"Switch light on\" or \"Dim light down\" or \"Move blind closed\""),
                    new EepEnumItem(3, "Button B0: \"Switch light off\" or \"Dim light up\" or \"Move blind open\""),
                    new EepEnumItem(4, "Button CI: \"Switch light on\" or \"Dim light down\" or \"Move blind closed\""),
                    new EepEnumItem(5, "Button C0: \"Switch light off\" or \"Dim light up\" or \"Move blind open\""),
                    new EepEnumItem(6, "Button DI: \"Switch light on\" or \"Dim light down\" or \"Move blind closed\""),
                    new EepEnumItem(7, "Button D0: \"Switch light off\" or \"Dim light up\" or \"Move blind open\""),
                ],
                Buttons,
                ButtonCounts,
                BowPushed)),
        new EepDefinition(
            "F6-03-02",
            "Rocker Switch, 4 Rocker / Light and Blind Control - Application Style 2",
            ["RockerSwitch"],
            RockerSwitchLayouts.Cases(
                t21: 0,
                [
                    new EepEnumItem(0, "Button AI: \"Switch light on\" or \"Dim light up\" or \"Move blind open\""),
                    new EepEnumItem(1, "Button A0: \"Switch light off\" or \"Dim light down\" or \"Move blind closed\""),
                    new EepEnumItem(2, "Button BI: \"Switch light on\" or \"Dim light up\" or \"Move blind open\""),
                    new EepEnumItem(3, "Button B0: \"Switch light off\" or \"Dim light down\" or \"Move blind closed\""),
                    new EepEnumItem(4, "Button CI: \"Switch light on\" or \"Dim light up\" or \"Move blind open\""),
                    new EepEnumItem(5, "Button C0: \"Switch light off\" or \"Dim light down\" or \"Move blind closed\""),
                    new EepEnumItem(6, "Button DI: \"Switch light on\" or \"Dim light up\" or \"Move blind open\""),
                    new EepEnumItem(7, "Button D0: \"Switch light off\" or \"Dim light down\" or \"Move blind closed\""),
                ],
                Buttons,
                ButtonCounts,
                BowPushed)),
    ];
}
