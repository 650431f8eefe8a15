"""Profiles MobiusFlow publishes that EEP 2.6.5 does not define: their layouts as later EEP
versions (2.6.7 and the EEP viewer of 3.x) give them, written down here by the project.

Where a layout could be checked against a real telegram with published values, that telegram is a
test (D2-14-41: the STM 550 vectors; D2-14-50/51 and D2-15-00: payloads with values another
decoder publishes); the others follow the project's reading of the specification and say so in
docs/enocean-pids.md.
"""
from __future__ import annotations

from model import Case, Field, Item, Profile

LATER = "EEP 2.6.7 / 3.x"


def scaled(shortcut: str, title: str, offset: int, size: int, raw: tuple[int, int], scale: tuple[float, float], unit: str | None) -> Field:
    return Field(shortcut, title, offset, size, "scaled", raw_range=raw, scale=scale, unit=unit)


def enum(shortcut: str, title: str, offset: int, size: int, *items: tuple[int, str]) -> Field:
    kind = "flag" if size == 1 and len(items) == 2 else "enum"
    return Field(shortcut, title, offset, size, kind, items=[Item(value, value, text) for value, text in items])


def supply_voltage() -> Field:
    return scaled("SVC", "Supply voltage", 0, 8, (0, 250), (0, 5.0), "V")


def vibration() -> Field:
    return enum("VIB", "Vibration", 31, 1, (0, "No vibration detected"), (1, "Vibration detected"))


def indoor_multisensor(with_contact: bool) -> list[Case]:
    fields = [
        scaled("TMP", "Temperature", 0, 10, (0, 1000), (-40, 60), "°C"),
        scaled("HUM", "Humidity", 10, 8, (0, 200), (0, 100), "%"),
        scaled("ILL", "Illumination", 18, 17, (0, 100000), (0, 100000), "lx"),
        enum("ACC", "Acceleration Status", 35, 2, (0, "Periodic update"), (1, "Threshold 1 exceeded"), (2, "Threshold 2 exceeded")),
        scaled("ACX", "Absolute Acceleration on X axis", 37, 10, (0, 1000), (-2.5, 2.5), "g"),
        scaled("ACY", "Absolute Acceleration on Y axis", 47, 10, (0, 1000), (-2.5, 2.5), "g"),
        scaled("ACZ", "Absolute Acceleration on Z axis", 57, 10, (0, 1000), (-2.5, 2.5), "g"),
    ]
    if with_contact:
        fields.append(enum("CO", "Contact", 67, 1, (0, "open"), (1, "closed")))
    return [Case(fields)]


def water_temperature() -> Field:
    return scaled("TMP", "Temperature", 0, 9, (0, 500), (0, 50), "°C")


VOC_IDS = [
    (0, "VOCT (total)"), (1, "Formaldehyde"), (2, "Benzene"), (3, "Styrene"), (4, "Toluene"), (5, "Tetrachloroethylene"),
    (6, "Xylene"), (7, "n-Hexane"), (8, "n-Octane"), (9, "Cyclopentane"), (10, "Methanol"), (11, "Ethanol"),
    (12, "1-Pentanol"), (13, "Acetone"), (14, "ethylene Oxide"), (15, "Acetaldehyde ue"), (16, "Acetic Acid"),
    (17, "Propionice Acid"), (18, "Valeric Acid"), (19, "Butyric Acid"), (20, "Ammoniac"), (22, "Hydrogen Sulfide"),
    (23, "Dimethylsulfide"), (24, "2-Butanol (butyl Alcohol)"), (25, "2-Methylpropanol"), (26, "Diethyl ether"), (255, "ozone"),
]


def a5_09_0c() -> list[Case]:
    concentration = scaled("Conc", "Concentration", 0, 16, (0, 65535), (0, 65535), None)
    concentration.factor = ("SCM", [0.01, 0.1, 1, 10])
    concentration.unit_selector = ("UN", ["ppb", "µg/m3"])
    return [Case([
        concentration,
        enum("VOC_ID", "VOC identification", 16, 8, *VOC_IDS),
        enum("UN", "Unit", 29, 1, (0, "ppb"), (1, "µg/m3")),
        enum("SCM", "Scale Multiplier", 30, 2, (0, "0.01"), (1, "0.1"), (2, "1"), (3, "10")),
    ])]


def dual_door_contact(with_vibration: bool) -> list[Case]:
    fields = [
        supply_voltage(),
        enum("DCT", "Door contact", 29, 1, (0, "Door closed"), (1, "Door opened")),
        enum("LCT", "Lock contact", 30, 1, (0, "Locked"), (1, "Unlocked")),
    ]
    return [Case(fields + ([vibration()] if with_vibration else []))]


def window_tilt(with_vibration: bool) -> list[Case]:
    fields = [supply_voltage(), enum("CT", "Window state", 29, 2, (0, "Closed"), (1, "Tilt"), (2, "Reserved"), (3, "Open"))]
    return [Case(fields + ([vibration()] if with_vibration else []))]


def profiles() -> list[Profile]:
    push_button = [Case([enum("PB", "Status of the push button", 3, 1, (0, "Released"), (1, "Pressed"))])]
    smoke = [Case([enum("SMO", "Status of detection", 0, 8, (0x00, "Smoke alarm off"), (0x10, "Smoke alarm on"), (0x30, "Energy LOW"))])]
    people_counter = [Case([
        enum("PA", "People activity", 0, 2, (0, "Activity detected"), (1, "No activity"), (2, "Reserved"), (3, "Not supported")),
        scaled("PC", "Passage counter", 8, 16, (0, 65535), (0, 65535), None),
    ])]
    return [
        Profile("F6-01-01", "Switch Buttons", "Push Button", push_button, source=LATER),
        Profile("F6-05-02", "Detectors", "Smoke Detector", smoke, source=LATER),
        Profile("A5-09-0C", "Gas Sensor", "Volatile organic compounds (VOC)", a5_09_0c(), source=LATER),
        Profile("A5-14-07", "Multi-Func Sensor", "Dual-door-contact with States Open/Closed and Locked/Unlocked, Supply voltage monitor", dual_door_contact(False), source=LATER),
        Profile("A5-14-08", "Multi-Func Sensor", "Dual-door-contact with States Open/Closed and Locked/Unlocked, Supply voltage monitor and Vibration detection", dual_door_contact(True), source=LATER),
        Profile("A5-14-09", "Multi-Func Sensor", "Window/Door-Sensor with States Open/Closed/Tilt, Supply voltage monitor", window_tilt(False), source=LATER),
        Profile("A5-14-0A", "Multi-Func Sensor", "Window/Door-Sensor with States Open/Closed/Tilt, Supply voltage monitor and Vibration detection", window_tilt(True), source=LATER),
        Profile("D2-14-40", "Multi Function Sensors", "Indoor - Temperature, Humidity, XYZ Acceleration, Illumination Sensor", indoor_multisensor(False), source=LATER),
        Profile("D2-14-41", "Multi Function Sensors", "Indoor - Temperature, Humidity, XYZ Acceleration, Illumination Sensor, Window Contact", indoor_multisensor(True), source=LATER),
        Profile("D2-14-50", "Multi Function Sensors", "Basic Water Properties Sensor, Temperature and pH", [Case([water_temperature(), scaled("PH", "pH", 9, 8, (0, 140), (0, 14), None)])], source=LATER),
        Profile("D2-14-51", "Multi Function Sensors", "Basic Water Properties Sensor, Temperature and Dissolved Oxygen", [Case([water_temperature(), scaled("DO", "Dissolved oxygen", 9, 11, (0, 2000), (0, 200), "%")])], source=LATER),
        Profile("D2-15-00", "People Activity", "People Activity Counter", people_counter, source=LATER),
    ]
