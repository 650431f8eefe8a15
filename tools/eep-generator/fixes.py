"""Corrections and interpretations the reference XML needs before it describes what the EEP
specification means: conditions the XML leaves implicit (D2-01 CMD, A5-38-08 COM), fields split
in two (A5-13-06 latitude), fields whose factor or unit another field selects (A5-12 DIV/DT),
layouts that depend on a flag (A5-20-04), XML slips (duplicate or empty shortcuts, a wrong
reference), and which cases are commands sent *to* the device (they fill no resources).

Every fix names the EEP it applies to; docs/enocean-pids.md lists them for readers.
"""
from __future__ import annotations

import copy
import re
from typing import Callable

from model import Case, Condition, Field, Item, Profile

Fix = Callable[[Profile], None]

NUMERIC_RANGE_TEXT = re.compile(
    r"^(?:[A-Za-z ]+?\s)?(-?\d+(?:[.,]\d+)?)\s*(%|[a-zA-Z°]+)?\s*(?:\.\.\.?|…|to)\s*(-?\d+(?:[.,]\d+)?)\s*(%|[a-zA-Z°/²³]+)?")


# ----------------------------------------------------------------------------- general rules

def drop_four_bs_learn_bit(profile: Profile) -> None:
    """The 4BS learn bit is the telegram's teach-in flag (resource 0E), not a data field."""
    if profile.rorg == "A5":
        for case in profile.cases:
            case.fields = [f for f in case.fields if not (f.shortcut == "LRNB" or (f.offset == 28 and f.size == 1 and f.title == "LRN Bit"))]


def number_duplicate_shortcuts(profile: Profile) -> None:
    """A shortcut names one field per case: a repeated one gets a number (RSLV, RSLV2, ...)."""
    for case in profile.cases:
        seen: dict[str, int] = {}
        for field in case.fields:
            count = seen.get(field.shortcut, 0) + 1
            seen[field.shortcut] = count
            if count > 1:
                field.shortcut = f"{field.shortcut}{count}"


def scale_numeric_range_items(profile: Profile) -> None:
    """An enum range whose text is itself a numeric range ("1% to 100%", "0...100%") is a scaled range."""
    for case in profile.cases:
        for field in case.fields:
            for item in field.items:
                if item.scale is not None or item.mask is not None or item.min == item.max:
                    continue
                match = NUMERIC_RANGE_TEXT.match(item.description)
                if match:
                    low, high = float(match.group(1).replace(",", ".")), float(match.group(3).replace(",", "."))
                    if (high - low) == (item.max - item.min):
                        item.scale = (low, high)
                        item.unit = item.unit or match.group(4) or match.group(2)


def signed_ranges(profile: Profile) -> None:
    """A raw range below zero is a two's complement value (D2-50 temperatures: -64..63)."""
    for case in profile.cases:
        for field in case.fields:
            if field.raw_range and min(field.raw_range) < 0:
                field.signed = True


def derive_message_conditions(profile: Profile) -> None:
    """Cases without conditions that differ by a one-value field at the same place in every case
    (D2-01 CMD, A5-38-08 COM, D2-10 MID, D2-20 MT) are chosen by that field."""
    cases = profile.cases
    if len(cases) < 2 or all(case.conditions for case in cases):
        return
    candidates = None
    for case in cases:
        singles = {(f.offset, f.size): f.items[0].min for f in case.fields if len(f.items) == 1 and f.items[0].mask is None and f.items[0].min == f.items[0].max}
        candidates = set(singles) if candidates is None else candidates & set(singles)
    for offset, size in sorted(candidates or []):
        values = [next(f.items[0].min for f in case.fields if (f.offset, f.size) == (offset, size)) for case in cases]
        if len(set(values)) == len(values):
            for case, value in zip(cases, values):
                if not case.conditions:
                    case.conditions.append(Condition("data", offset, size, value, value))
            return
    raise ValueError(f"{profile.eep}: cases without conditions and no field that tells them apart")


def numbers_without_texts(profile: Profile) -> None:
    """Items that only give a range and no text (D2-06 log counters 0x00000000..0xFFFFFFFF) make a plain number."""
    for case in profile.cases:
        for f in case.fields:
            if f.items and all(not item.description and item.min != item.max for item in f.items):
                f.items, f.kind = [], "scaled"


def meaningless_units(profile: Profile) -> None:
    """"N/A" and "-" are no unit."""
    for case in profile.cases:
        for f in case.fields:
            if f.unit in ("N/A", "-", "[1]"):
                f.unit = None


GENERAL: list[Fix] = [meaningless_units, drop_four_bs_learn_bit, number_duplicate_shortcuts, numbers_without_texts, scale_numeric_range_items, signed_ranges]


# ----------------------------------------------------------------------------- helpers


def field(case: Case, shortcut: str) -> Field:
    return next(f for f in case.fields if f.shortcut == shortcut)


def drop(case: Case, *shortcuts: str) -> None:
    case.fields = [f for f in case.fields if f.shortcut not in shortcuts]


def merge(case: Case, high: str, low: str, shortcut: str, title: str) -> None:
    """One field from the specification's MSB and LSB parts."""
    high_field, low_field = field(case, high), field(case, low)
    merged = copy.copy(low_field if low_field.raw_range else high_field)
    merged.shortcut, merged.title = shortcut, title
    merged.offset, merged.size = high_field.offset, high_field.size
    merged.low_bits = (low_field.offset, low_field.size)
    merged.items = []
    merged.kind = "scaled"
    case.fields = [merged if f is high_field else f for f in case.fields if f is not low_field]


def condition(case: Case, offset: int, size: int, low: int, high: int | None = None) -> None:
    case.conditions.append(Condition("data", offset, size, low, low if high is None else high))


def split(profile: Profile, index: int, by: tuple[int, int], values: list[tuple[int, int]], titles: list[str]) -> list[Case]:
    """Replaces case <index> by one copy per value range of the bits <by>."""
    original = profile.cases[index]
    copies = []
    for (low, high), title in zip(values, titles):
        copied = copy.deepcopy(original)
        copied.title = f"{original.title} / {title}" if original.title else title
        condition(copied, by[0], by[1], low, high)
        copies.append(copied)
    profile.cases[index:index + 1] = copies
    return copies


def commands(profile: Profile, *indexes: int) -> None:
    """Cases sent to the device: decoded, but they fill no resources of the device's object."""
    for index in indexes:
        profile.cases[index].fills_resources = False


def factor(f: Field, selector: str, factors: list[float]) -> None:
    f.factor = (selector, factors)


# ----------------------------------------------------------------------------- per EEP

def f6_04_01(p: Profile) -> None:
    """Both messages carry the same key card state: inserted 0x70 (N-message) or taken out 0 (U-message)."""
    for case in p.cases:
        card = field(case, "KC")
        card.items = [Item(0, 0, "taken out"), Item(0x70, 0x70, "inserted (0x70)")]
        card.resource_name = "keyCardInserted"


def f6_04_02(p: Profile) -> None:
    field(p.cases[0], "BC").items = [Item(0, 0, "button")]


def f6_10_00(p: Profile) -> None:
    """The XML repeats picture captions; the specification's meaning is the handle position."""
    win = field(p.cases[0], "WIN")
    win.kind = "enum"
    win.items = [
        Item(0xC0, 0xC0, "handle horizontal (window open)", mask=0xD0),
        Item(0xF0, 0xF0, "handle down (window closed)", mask=0xF0),
        Item(0xD0, 0xD0, "handle up (window tilted)", mask=0xF0),
    ]


def f6_10_01(p: Profile) -> None:
    hvl = field(p.cases[0], "HVL")
    hvl.items = [
        Item(0b1100, 0b1100, "handle horizontal (window open)", mask=0b1101),
        Item(0b1111, 0b1111, "handle down (window closed)", mask=0b1111),
        Item(0b1101, 0b1101, "handle up (window tilted)", mask=0b1111),
    ]


def a5_06_range_select(p: Profile) -> None:
    """ILL1 or ILL2 is the illuminance, as RS says: one case per range."""
    first, second = split(p, 0, (31, 1), [(0, 0), (1, 1)], ["RS = 0: ILL1", "RS = 1: ILL2"])
    field(first, "ILL2").fills_resource = False
    field(second, "ILL1").fills_resource = False


def a5_09_05(p: Profile) -> None:
    factor(field(p.cases[0], "Conc"), "SCM", [0.01, 0.1, 1, 10])


def a5_09_0b(p: Profile) -> None:
    case = p.cases[0]
    ract = field(case, "Ract")
    ract.scale = (0, 6553.5)
    ract.unit = None
    factor(ract, "SCM", [0.001, 0.01, 0.1, 1, 10, 100, 1000, 10000, 100000])
    ract.unit_selector = ("VUNIT", [item.description for item in field(case, "VUNIT").items])


def a5_10_1e(p: Profile) -> None:
    p.shares_cases_with = "A5-10-1B"


def a5_11_05(p: Profile) -> None:
    """The message type, not the direction, tells a request from a status report."""
    for case, value in zip(p.cases, (0, 1)):
        case.direction = None
        case.conditions = [Condition("data", 31, 1, value, value)]
    commands(p, 0)


METER_NAMES = {
    "A5-12-00": ("counter", "counterRate"), "A5-12-01": ("energy", "power"), "A5-12-02": ("gasVolume", "gasFlow"),
    "A5-12-03": ("waterVolume", "waterFlow"), "A5-12-10": ("charge", "current"),
}


def a5_12_meter(p: Profile) -> None:
    """MR is divided as DIV says; DT says cumulative or current value, with its unit: one case each."""
    case = p.cases[0]
    dt = field(case, "DT")
    mr = field(case, "MR")
    mr.scale = None
    mr.raw_range = None
    mr.unit = None
    factor(mr, "DIV", [1, 0.1, 0.01, 0.001])
    mr.unit_selector = ("DT", [item.unit or "" for item in sorted(dt.items, key=lambda item: item.min)])
    for item in dt.items:
        item.scale, item.unit = None, None
    for item in field(case, "DIV").items:
        item.scale = None
    cumulative, current = split(p, 0, (29, 1), [(0, 0), (1, 1)], ["DT = 0: cumulative value", "DT = 1: current value"])
    for case, name in zip((cumulative, current), METER_NAMES[p.eep]):
        reading = field(case, "MR")
        reading.resource_name = name
        reading.unit = reading.unit_selector[1][case.conditions[-1].min]
        reading.unit_selector = None


A5_13_ID_LAYOUTS = ["A5-13-01", "A5-13-02", "A5-13-03", "A5-13-04", "A5-13-05", "A5-13-06"]


def a5_13_identifier(p: Profile) -> None:
    """Each layout is chosen by its identifier DB0.7..4."""
    case = p.cases[0]
    identifier = field(case, "ID")
    case.conditions = [Condition("data", identifier.offset, identifier.size, identifier.items[0].min, identifier.items[0].min)]
    case.title = p.type_title
    identifier.items = [Item(identifier.items[0].min, identifier.items[0].min, p.type_title)]


def a5_13_06(p: Profile) -> None:
    a5_13_identifier(p)
    case = p.cases[0]
    merge(case, "LAT(MSB)", "LAT(LSB)", "LAT", "Latitude")
    merge(case, "LOT(MSB)", "LOT(LSB)", "LOT", "Longitude")


def a5_13_10(p: Profile) -> None:
    a5_13_identifier(p)
    merge(p.cases[0], "SRA (MSB)", "SRA (LSB)", "SRA", "Solar Radiation")


def a5_20_01(p: Profile) -> None:
    to_device = p.cases[1]
    sp = field(to_device, "SP")
    sp.raw_range, sp.scale, sp.unit = (0, 255), (0, 255), None
    factor(sp, "SPS", [1, 40 / 255])
    sp.unit_selector = ("SPS", ["%", "°C"])
    commands(p, 1)


def a5_20_02(p: Profile) -> None:
    commands(p, 1)


def a5_20_03(p: Profile) -> None:
    to_device = p.cases[1]
    inverse = next(f for f in to_device.fields if f.shortcut == "")
    inverse.shortcut = "SPI"
    ats = field(to_device, "ATS")
    ats.raw_range, ats.scale, ats.unit = (0, 255), (0, 255), None
    factor(ats, "SPS", [1, 40 / 255])
    ats.unit_selector = ("SPS", ["%", "°C"])
    commands(p, 1)


def a5_20_04(p: Profile) -> None:
    """FTS is the feed temperature or the set point (TS); TMPFC the room temperature or a failure code (FL)."""
    from_device = p.cases[0]
    fts, tmpfc = field(from_device, "FTS"), field(from_device, "TMPFC")
    fts.raw_range, fts.unit = (0, 255), "°C"
    failure_codes = [item for item in tmpfc.items if item.scale is None]
    layouts = [
        ("FL = 0, TS = 0: feed temperature", 0, 0, (20, 80)),
        ("FL = 0, TS = 1: temperature set point", 0, 1, (10, 30)),
        ("FL = 1, TS = 0: failure code, feed temperature", 1, 0, (20, 80)),
        ("FL = 1, TS = 1: failure code, temperature set point", 1, 1, (10, 30)),
    ]
    cases = []
    for title, failure, selection, feed_scale in layouts:
        case = copy.deepcopy(from_device)
        case.title = title
        condition(case, 31, 1, failure)
        condition(case, 30, 1, selection)
        f = field(case, "FTS")
        f.scale = feed_scale
        if selection == 1:
            f.shortcut, f.title = "TSP", "Temperature Set Point"
        t = field(case, "TMPFC")
        if failure == 0:
            t.kind, t.items, t.raw_range, t.scale, t.unit = "scaled", [], (0, 255), (10, 30), "°C"
            t.shortcut, t.title = "TMP", "Room Temperature"
        else:
            t.items = copy.deepcopy(failure_codes)
            t.shortcut, t.title = "FC", "Failure Code"
        cases.append(case)
    p.cases[0:1] = cases
    commands(p, len(cases))


def a5_20_10(p: Profile) -> None:
    for case in p.cases:
        cvar = field(case, "CVAR")
        cvar.kind, cvar.raw_range, cvar.scale = "enum", None, None
        cvar.items = [Item(0, 100, "control variable 0..100 %", scale=(0, 100), unit="%"), Item(255, 255, "not available")]
    commands(p, 1)


def a5_20_11(p: Profile) -> None:
    drop(p.cases[1], "RES")
    commands(p, 1)


def a5_38_08(p: Profile) -> None:
    derive_message_conditions(p)
    tim = field(p.cases[0], "TIM")
    tim.raw_range, tim.scale = (1, 65535), (0.1, 6553.5)


def a5_3f_00(p: Profile) -> None:
    """Only the 4BS radio link test telegrams belong to this 4BS profile."""
    p.cases = p.cases[:2]
    for f in p.cases[1].fields:
        if f.shortcut.startswith("RSLV") and f.size == 8:
            f.items = []
            f.kind = "scaled"


def d2_00_01(p: Profile) -> None:
    merge(p.cases[3], "VA (MSB)", "VA (LSB)", "VA", "Channel A Value")
    merge(p.cases[4], "TT (MSB)", "TT (LSB)", "TT", "Temperature Measurement Timing")
    field(p.cases[4], "TT").kind = "enum"
    field(p.cases[4], "TT").items = [Item(0, 0, "Temperature measurement disabled"), Item(1, 60, "10 … 600 s", scale=(10, 600), unit="s")]
    za = field(p.cases[2], "ZA")
    za.signed = True
    commands(p, 1, 4)


def d2_01(p: Profile) -> None:
    """Commands 1, 2, 3, 5, 6, 8, 9, B, C go to the actuator; the status (4) and measurement (7)
    responses fill channel 0 and 1 resources; the measurement is normalised to kWh or W by UN."""
    derive_message_conditions(p)
    for case in p.cases:
        if any(f.shortcut == "OV" for f in case.fields):
            ov = field(case, "OV")
            ov.items[0].scale, ov.items[0].unit = (0, 0), "%"
            ov.items[1].scale, ov.items[1].unit = (1, 100), "%"
    measurement = p.cases[6]
    mv = field(measurement, "MV")
    mv.raw_range, mv.scale, mv.unit = None, None, None
    factor(mv, "UN", [1 / 3_600_000, 1 / 1000, 1, 1, 1000])
    mv.unit_selector = ("UN", ["kWh", "kWh", "kWh", "W", "W"])
    status = p.cases[3]
    status_copies = [copy.deepcopy(status) for _ in range(3)]
    for copied, (low, high), title in zip(status_copies, [(0, 0), (1, 1), (2, 31)], ["channel 0", "channel 1", "other channels"]):
        copied.title = f"{status.title} / {title}"
        condition(copied, 11, 5, low, high)
    status_copies[2].fills_resources = False
    for f in status_copies[1].fields:
        f.resource_suffix = "Channel1"
    measurement_copies = []
    for (channel_low, channel_high), channel in [((0, 0), "channel 0"), ((1, 1), "channel 1"), ((2, 31), "other channels")]:
        for (unit_low, unit_high), kind in [((0, 2), "energy"), ((3, 4), "power"), ((5, 7), "unit not used")]:
            copied = copy.deepcopy(measurement)
            copied.title = f"{measurement.title} / {channel}, {kind}"
            condition(copied, 11, 5, channel_low, channel_high)
            condition(copied, 8, 3, unit_low, unit_high)
            copied.fills_resources = channel != "other channels" and kind != "unit not used"
            if copied.fills_resources:
                value = field(copied, "MV")
                value.resource_name = kind
                value.resource_suffix = "" if channel == "channel 0" else "Channel1"
                value.unit = "kWh" if kind == "energy" else "W"
                value.unit_selector = None
            measurement_copies.append(copied)
    p.cases = p.cases[:3] + status_copies + p.cases[4:6] + measurement_copies + p.cases[7:]
    for case in p.cases:
        if case.title and re.search(r"(Set|Query)", case.title) and "Response" not in case.title:
            case.fills_resources = False
    for case in p.cases:
        for shortcut in ("MD_MSB",):
            if any(f.shortcut == shortcut for f in case.fields):
                merge(case, "MD_MSB", "MD_LSB", "MD", "Measurement delta to be reported")


def d2_02(p: Profile) -> None:
    """The measurement's meaning and scale follow its type: one case per type."""
    derive_message_conditions(p)
    measurement = p.cases[0]
    scales = [
        ("temperature", (0, 65535), (-40, 120), "°C"),
        ("illumination", (0, 65535), (0, 2047), "lx"),
        ("occupancy", (0, 1), (0, 1), None),
        ("smoke", (0, 3), (0, 3), None),
    ]
    copies = []
    for value, (name, raw, scaled, unit) in enumerate(scales):
        copied = copy.deepcopy(measurement)
        copied.title = f"{measurement.title} / {name}"
        condition(copied, 8, 3, value)
        mv = field(copied, "MV")
        mv.raw_range, mv.scale, mv.unit = raw, scaled, unit
        mv.title = f"Measurement value: {name}"
        mv.resource_name = {"temperature": "temperature", "illumination": "illuminance"}.get(name, name)
        copies.append(copied)
    p.cases[0:1] = copies
    merge(p.cases[5], "MD_MSB", "MD_LSB", "MD", "Measurement delta to be reported")
    for index, case in enumerate(p.cases):
        if index >= len(copies):
            case.fills_resources = False


def d2_03_10(p: Profile) -> None:
    win = field(p.cases[0], "WIN")
    win.items = [Item(1, 1, "handle moved (EEP figure 1)"), Item(2, 2, "handle down"), Item(3, 3, "handle horizontal"), Item(4, 4, "handle up")]


def d2_04(p: Profile) -> None:
    co2 = field(p.cases[0], "CO2")
    co2.raw_range, co2.scale = (0, 255), (0, 2000)


def d2_05(p: Profile) -> None:
    """Messages of different lengths keep their command id in different bytes: longest first."""
    p.cases.sort(key=lambda case: -max(f.end for f in case.fields))
    for case in p.cases:
        if not case.title.startswith("CMD 4"):
            case.fills_resources = False


def d2_06_01(p: Profile) -> None:
    commands(p, 6)


def d2_10(p: Profile) -> None:
    derive_message_conditions(p)


def d2_11(p: Profile) -> None:
    case = p.cases[2]
    sp = field(case, "SP")
    sp.raw_range, sp.scale, sp.unit = (0, 255), (-1, 1), "K"
    factor(sp, "BSB", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    for item in field(case, "BSB").items:
        item.scale, item.unit = None, None
        if item.min == item.max and 1 <= item.min <= 10:
            item.description = f"-{item.min} … +{item.min} K"
    commands(p, 1)


def d2_20(p: Profile) -> None:
    derive_message_conditions(p)
    commands(p, 0)


def d2_30(p: Profile) -> None:
    cmd = (4, 4)
    for case, command in zip(p.cases, [1, 2, 3, 3, 6, 6, 6, 7, 8]):
        condition(case, *cmd, command)
    condition(p.cases[2], 11, 5, 0, 15)
    condition(p.cases[3], 11, 5, 31)
    for case, bus in zip(p.cases[4:7], [1, 2, 3]):
        condition(case, 9, 2, bus)
    commands(p, 0, 1, 4, 5, 6, 7)


def d2_31(p: Profile) -> None:
    cmd = (4, 4)
    for case, command in zip(p.cases, [6, 6, 6, 7, 8]):
        condition(case, *cmd, command)
    for case, bus in zip(p.cases[0:3], [1, 2, 3]):
        condition(case, 9, 2, bus)
    commands(p, 0, 1, 2, 3)


def d2_32(p: Profile) -> None:
    for f in p.cases[0].fields:
        if f.shortcut.startswith("CH"):
            f.raw_range, f.scale, f.unit = (0, 4095), (0, 4095), "A"
            factor(f, "DIV", [1, 0.1])


def d2_50(p: Profile) -> None:
    """MT lists every message type in every case: case n is message type n."""
    for value, case in enumerate(p.cases):
        condition(case, 0, 3, value)
    commands(p, 0, 1)


def d2_50_01(p: Profile) -> None:
    """The XML's reference points at D2-31-00; the specification means type 0x00 of D2-50."""
    p.shares_cases_with = "D2-50-00"


def d2_a0_01(p: Profile) -> None:
    commands(p, 1)


PER_EEP: dict[str, list[Fix]] = {
    "F6-04-01": [f6_04_01],
    "F6-04-02": [f6_04_02],
    "F6-10-00": [f6_10_00],
    "F6-10-01": [f6_10_01],
    "A5-06-01": [a5_06_range_select],
    "A5-06-02": [a5_06_range_select],
    "A5-06-05": [a5_06_range_select],
    "A5-09-05": [a5_09_05],
    "A5-09-0B": [a5_09_0b],
    "A5-10-1E": [a5_10_1e],
    "A5-11-05": [a5_11_05],
    "A5-12-00": [a5_12_meter],
    "A5-12-01": [a5_12_meter],
    "A5-12-02": [a5_12_meter],
    "A5-12-03": [a5_12_meter],
    "A5-12-10": [a5_12_meter],
    "A5-13-01": [a5_13_identifier],
    "A5-13-02": [a5_13_identifier],
    "A5-13-03": [a5_13_identifier],
    "A5-13-04": [a5_13_identifier],
    "A5-13-05": [a5_13_identifier],
    "A5-13-06": [a5_13_06],
    "A5-13-10": [a5_13_10],
    "A5-20-01": [a5_20_01],
    "A5-20-02": [a5_20_02],
    "A5-20-03": [a5_20_03],
    "A5-20-04": [a5_20_04],
    "A5-20-10": [a5_20_10],
    "A5-20-11": [a5_20_11],
    "A5-38-08": [a5_38_08],
    "A5-3F-00": [a5_3f_00],
    "D2-00-01": [d2_00_01],
    "D2-01-00": [d2_01],
    "D2-02-00": [d2_02],
    "D2-03-10": [d2_03_10],
    "D2-04-00": [d2_04],
    "D2-05-00": [d2_05],
    "D2-06-01": [d2_06_01],
    "D2-10-00": [d2_10],
    "D2-10-01": [d2_10],
    "D2-10-02": [d2_10],
    "D2-11-01": [d2_11],
    "D2-20-00": [d2_20],
    "D2-20-01": [d2_20],
    "D2-20-02": [d2_20],
    "D2-30-00": [d2_30],
    "D2-31-00": [d2_31],
    "D2-32-00": [d2_32],
    "D2-32-01": [d2_32],
    "D2-32-02": [d2_32],
    "D2-50-00": [d2_50],
    "D2-50-01": [d2_50_01],
    "D2-A0-01": [d2_a0_01],
}


def a5_13_multiplexed(profiles: dict[str, Profile]) -> None:
    """A5-13-01..06 share one sender: a weather station sends its own layout and the others, each
    with its identifier. Every one of these profiles decodes all six layouts, its own first."""
    layouts = {eep: profiles[eep].cases[0] for eep in A5_13_ID_LAYOUTS}
    for eep in A5_13_ID_LAYOUTS:
        profiles[eep].cases = [copy.deepcopy(layouts[eep])] + [copy.deepcopy(layouts[other]) for other in A5_13_ID_LAYOUTS if other != eep]


def apply(profiles: list[Profile]) -> None:
    by_eep = {profile.eep: profile for profile in profiles}
    for profile in profiles:
        for fix in GENERAL:
            fix(profile)
        for fix in PER_EEP.get(profile.eep, []):
            fix(profile)
    a5_13_multiplexed(by_eep)
    for profile in profiles:
        if profile.shares_cases_with:
            profile.cases = by_eep[profile.shares_cases_with].cases
        elif len(profile.cases) > 1 and any(not case.conditions and case.direction is None for case in profile.cases):
            derive_message_conditions(profile)
