using System.Diagnostics.CodeAnalysis;
using Mobius.Micro.EnOcean.Eeps.Profiles;

namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>Every EEP the project decodes, one profile class per RORG-FUNC family.</summary>
public static class EepCatalog
{
    public static IReadOnlyList<EepDefinition> All { get; } =
    [
        .. BarometricSensorProfiles.All,
        .. BidirectionalRoomOperatingPanelProfiles.All,
        .. BlindControlProfiles.All,
        .. CentralCommandProfiles.All,
        .. Co2HumidityTemperatureSensorProfiles.All,
        .. ContactProfiles.All,
        .. ControllerStatusProfiles.All,
        .. CurrentClampProfiles.All,
        .. DetectorProfiles.All,
        .. DigitalInputProfiles.All,
        .. ElectronicSwitchProfiles.All,
        .. EnergyManagementProfiles.All,
        .. EnvironmentalApplicationProfiles.All,
        .. FanControlProfiles.All,
        .. FloorHeatingAndMeterReadingProfiles.All,
        .. FourRockerSwitchProfiles.All,
        .. GasSensorProfiles.All,
        .. HeatRecoveryVentilationProfiles.All,
        .. HvacComponentProfiles.All,
        .. LedControllerStatusProfiles.All,
        .. LightSensorProfiles.All,
        .. LightSwitchingBlindControlProfiles.All,
        .. LightTemperatureOccupancySensorProfiles.All,
        .. MechanicalHandleProfiles.All,
        .. MeterReadingGatewayProfiles.All,
        .. MeterReadingProfiles.All,
        .. MultiFunctionSensorProfiles.All,
        .. MultiFunctionVldSensorProfiles.All,
        .. MultisensorWindowHandleProfiles.All,
        .. OccupancySensorProfiles.All,
        .. PeopleActivityProfiles.All,
        .. PositionSwitchProfiles.All,
        .. RockerSwitchProfiles.All,
        .. RoomControlPanelProfiles.All,
        .. RoomControlPanelWithTimeProgramProfiles.All,
        .. RoomOperatingPanelProfiles.All,
        .. StandardValveProfiles.All,
        .. SwitchButtonProfiles.All,
        .. TemperatureHumiditySensorProfiles.All,
        .. TemperatureIlluminationOccupancySmokeSensorProfiles.All,
        .. TemperatureSensorProfiles.All,
        .. UniversalProfiles.All,
    ];

    private static readonly Dictionary<string, EepDefinition> ByEep =
        All.ToDictionary(definition => definition.Eep, StringComparer.OrdinalIgnoreCase);

    /// <summary>The definition for <paramref name="eep"/> (<c>RR-FF-TT</c>, any letter case).</summary>
    public static bool TryGet(string eep, [NotNullWhen(true)] out EepDefinition? definition) =>
        ByEep.TryGetValue(eep, out definition);
}
