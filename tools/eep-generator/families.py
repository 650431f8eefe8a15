"""Object families of a profile (after EnOcean, which every one has): what kind of device it is,
from its function and from the measurements its resources hold."""
from __future__ import annotations

from model import Profile

BY_RESOURCE = {
    "temperature": "TemperatureSensor", "humidity": "HumiditySensor", "co2": "CO2Sensor", "illuminance": "LightSensor",
    "motion": "OccupancySensor", "occupancy": "OccupancySensor", "contact": "ContactSensor", "barometricPressure": "PressureSensor",
    "handlePosition": "WindowHandle", "voc": "AirQualitySensor", "co": "GasSensor", "hydrogen": "GasSensor",
    "pm10": "AirQualitySensor", "vibration": "VibrationSensor", "waterDetected": "LeakageSensor", "smokeDetector": "SmokeDetector",
    "buttonPressed": "PushButton", "meterReading": "Meter", "valvePosition": "ValveActuator", "outputValue": "Actuator",
}

BY_FUNC = {
    "A5-10": "RoomOperatingPanel", "D2-00": "RoomOperatingPanel", "D2-10": "RoomOperatingPanel", "D2-11": "RoomOperatingPanel",
    "A5-12": "Meter", "D2-30": "Meter", "D2-31": "Meter", "D2-32": "Meter", "A5-13": "WeatherStation", "A5-20": "HvacActuator",
    "D2-01": "Actuator", "D2-05": "BlindActuator", "A5-38": "CentralCommand", "D2-20": "FanController", "D2-50": "Ventilation",
    "D2-A0": "ValveActuator", "A5-30": "DigitalInput", "F6-04": "KeyCardSwitch", "D2-40": "LightingController", "A5-11": "Controller",
    "A5-37": "EnergyManagement", "D2-15": "PeopleCounter",
}


def of(profile: Profile) -> list[str]:
    names = {field.resource.name for case in profile.cases for field in case.fields if field.resource is not None}
    families = {family for name, family in BY_RESOURCE.items() if name in names}
    if profile.eep[:5] in BY_FUNC:
        families.add(BY_FUNC[profile.eep[:5]])
    return sorted(families)
