"""Which object resource each decoded field fills: name (camelCase of the field's meaning), type
(number, bool, enum), units and range hints, and RIDs from 40 in field order per PID.

Rules, in order: reserved, learn-bit, message-selector and command-case fields fill nothing; a
scaled field fills a number; a one-bit field whose two texts say yes/no (on/off, pressed/released,
closed/open, ...) fills a bool true for the "yes" value; an enum field with scaled ranges fills a
number; any other enum fills an enum whose members are its texts in camelCase.
"""
from __future__ import annotations

import math
import re
from typing import Optional

from model import Case, Field, Profile, Resource

# Meaning of a field title (lower case) → resource name, where camelCase of the title is not the
# name a user would look for.
NAMES_BY_TITLE = {
    "temperature": "temperature", "room temperature": "temperature", "humidity": "humidity",
    "illumination": "illuminance", "illuminance": "illuminance",
    "supply voltage": "supplyVoltage", "supply voltage (optional)": "supplyVoltage", "supply voltage (required)": "supplyVoltage",
    "pir status": "motion", "set point": "setPoint", "relative setpoint": "relativeSetPoint", "temp setpoint": "temperatureSetPoint",
    "turn-switch for fan speed": "fanSpeed", "fan speed": "fanSpeed", "fanspeed": "fanSpeed", "fanstage": "fanStage",
    "slide switch": "dayNightSwitch", "slide switch 0/i": "dayNightSwitch",
    "contact": "contact", "contact state": "contact", "magnet contact": "contact", "input state": "contact",
    "t-sensor": "hasTemperatureSensor", "h-sensor": "hasHumiditySensor", "temp sensor availability": "hasTemperatureSensor",
    "supply voltage availability": "hasSupplyVoltage", "temperature availability": "hasTemperature",
    "energy storage availability": "hasEnergyStorage", "barometer": "barometricPressure", "telegram type": "telegramType",
    "range select": "rangeSelect", "co2": "co2", "radon": "radon", "radioactivity": "radioactivity",
    "particles_10": "pm10", "particles_2.5": "pm2_5", "particles_1": "pm1", "pm10 active": "pm10Active", "pm2.5 active": "pm2_5Active",
    "pm1 active": "pm1Active", "power failure detection": "powerFailureDetected", "meter reading": "meterReading",
    "window handle": "handlePosition", "window handle, decrypted data": "handlePosition", "handle value": "handlePosition",
    "vibration": "vibration", "energy bow": "bowPushed", "key card": "keyCard", "state of card": "keyCardInserted",
    "water sensor": "waterDetected", "status of detection": "smokeDetector", "status of the push button": "buttonPressed",
    "day / night": "dayNight", "day/night": "dayNight", "rain indication": "rain", "wind speed": "windSpeed", "dawn sensor": "dawnIlluminance",
    "occupancy state": "occupancy", "current value": "valvePosition", "actual value": "valvePosition", "actual valve": "valvePosition",
    "current position": "valvePosition", "feed temperature or temperature set point": "feedTemperature",
    "energy storage": "energyStorage", "battery state": "batteryLow", "battery status": "batteryLow",
    "output value": "outputValue", "i/o channel": "channel", "window state": "windowState", "door contact": "doorOpen",
    "lock contact": "unlocked", "passage counter": "passageCount", "people activity": "peopleActivity", "dissolved oxygen": "dissolvedOxygen",
    "ph": "pH", "acceleration status": "accelerationStatus", "2-state switch": "twoStateSwitch", "am/pm": "amPm",
    "failure temperature sensor, out off range": "temperatureSensorFailure", "contact, cover open": "coverOpen",
    "detection, window open": "windowOpen", "auto off timer": "autoOffTimer", "delay off timer": "delayOffTimer",
    "dr level": "drLevel", "voc id": "vocId", "voc identification": "vocId", "current dim level led r": "currentDimLevelRed",
    "current dim level led g": "currentDimLevelGreen", "current dim level led b": "currentDimLevelBlue",
    "power failure": "powerFailureDetectionEnabled", "over current switch off": "overCurrentSwitchOff", "absolute acceleration on x axis": "accelerationX",
    "absolute acceleration on y axis": "accelerationY", "absolute acceleration on z axis": "accelerationZ",
}

# Per EEP, a field (by shortcut) whose name differs from what its title gives.
NAMES_BY_EEP_FIELD = {
    ("A5-09-02", "Conc"): "co", ("A5-09-04", "Conc"): "co2", ("A5-09-0A", "Conc"): "hydrogen",
    ("A5-09-05", "Conc"): "voc", ("A5-09-0C", "Conc"): "voc", ("A5-30-01", "SVC"): "batteryLow",
    ("A5-20-01", "BCAP"): "batteryLow", ("A5-20-01", "ES"): "energyStorageCharged", ("D2-06-01", "VMR"): "vacationModeActive",
}

# Which text of a bool means true, where the yes/no words do not tell.
TRUE_TEXT_BY_NAME = {"contact": "closed", "doorOpen": "open", "windowOpen": "open", "unlocked": "unlocked"}

# Titles of message selectors: they choose the layout and fill nothing.
SELECTOR_TITLES = {"msgid", "message id", "message identifier", "message type", "command id", "command", "handle coding", "button coding"}

# PIDs MobiusFlow fixed: their data RIDs in MobiusFlow's order (object-model spec).
FIXED_RESOURCE_ORDER = {
    "A5-09-04": ["temperature", "humidity", "co2", "hasTemperatureSensor", "hasHumiditySensor"],
}

# Fields that fill nothing: the 1BS learn button, the identifier of A5-13 layouts, A5-3F-7F's undefined bits.
NO_RESOURCE = {("D5-00-01", "LRN")}
NO_RESOURCE_SHORTCUTS_BY_FUNC = {("A5", "13"): {"ID"}}
NO_RESOURCE_FUNCS = {("A5", "3F")}   # radio link test and the universal profile: no device data

UNITS = {"°C": "C", "°F": "F", "°K": "K", "% rH": "%", "%rH": "%", "N/A": None, "1": None, "-": None, "[1]": None, "": None,
         "According to VUNIT": None, "According to": None}

YES = re.compile(r"\b(on|true|pressed|closed|detected|available|supported|enabled|occupied|present|yes|valid|active|alarm|high|"
                 r"inserted|possessed|locked|triggered|exceeded|failure|lock|executed|activated|empty|error|update|deletion|warning|interaction|fail)\b"
                 r"|battery low|low battery|energy low",
                 re.IGNORECASE)
NO = re.compile(r"\b(not|no|off|false|released|disabled|unlocked|unoccupied|absent|inactive|ok|okay|normal|none|nothing)\b|^un", re.IGNORECASE)


def camel(text: str) -> str:
    """camelCase of a text; acronyms become words (LED → Led)."""
    words = re.findall(r"[A-Za-z0-9]+(?:\.[0-9]+)?", text.replace("%", " percent ").replace("&", " and "))
    if not words:
        return "value"
    words = [w.capitalize() if w.isupper() and len(w) > 1 else w for w in words]
    first = words[0]
    return first[0].lower() + first[1:] + "".join(w[0].upper() + w[1:] for w in words[1:])


def meaning(title: str) -> str:
    """The title without notes: "Supply voltage (OPTIONAL)" → "Supply voltage"."""
    return re.sub(r"\s*\((?:optional|required|[^)]*)\)\s*$", "", title, flags=re.IGNORECASE).strip()


def resource_name(profile: Profile, field: Field) -> str:
    if field.resource_name:
        return field.resource_name
    if (profile.eep, field.shortcut) in NAMES_BY_EEP_FIELD:
        return NAMES_BY_EEP_FIELD[(profile.eep, field.shortcut)]
    title = field.title.lower()
    if title in NAMES_BY_TITLE:
        name = NAMES_BY_TITLE[title]
    elif meaning(title) in NAMES_BY_TITLE:
        name = NAMES_BY_TITLE[meaning(title)]
    else:
        name = camel(meaning(field.title))
    if name in ("occupancy", "occupancyButton") or title.startswith("occupancy"):
        texts = " ".join(item.description.lower() for item in field.items)
        if "button" in texts:
            return "occupancyButton"
    return name


def is_yes(text: str) -> bool:
    return bool(YES.search(text)) and not NO.search(text)


def bool_truth(field: Field, name: str) -> Optional[tuple[int, int]]:
    """The raw values meaning true when the field's texts say yes for one of its items, else None."""
    if not field.items or len(field.items) > 2 or any(item.mask is not None or item.scale is not None for item in field.items):
        return None
    if name in TRUE_TEXT_BY_NAME and len(field.items) == 2:
        wanted = [item for item in field.items if TRUE_TEXT_BY_NAME[name] in item.description.lower()]
        if len(wanted) == 1:
            return wanted[0].min, wanted[0].max
    yes = [item for item in field.items if is_yes(item.description)]
    if len(yes) == 1 and (len(field.items) == 1 or not is_yes(next(i for i in field.items if i is not yes[0]).description)):
        return yes[0].min, yes[0].max
    return None


def member(text: str) -> str:
    cleaned = re.sub(r"\([^)]*\)", " ", text)
    cleaned = cleaned.split(":")[0] if ":" in cleaned and len(cleaned.split(":")[0]) >= 3 else cleaned
    cleaned = cleaned.replace("’", "").replace("“", "").replace("”", "").replace('"', "")
    name = camel(cleaned.strip())[:48]
    return name or "value"


def number_settings(field: Field, resource: Resource) -> None:
    ranges = []
    if field.kind == "scaled" and field.scale is not None and field.factor is None:
        ranges.append((field.scale, field.raw_range))
    for item in field.items:
        if item.scale is not None:
            ranges.append((item.scale, (item.min, item.max)))
    units = {item.unit for item in field.items if item.scale is not None} | ({field.unit} if field.kind == "scaled" else set())
    units.discard(None)
    if len(units) == 1 and field.unit_selector is None:
        unit = units.pop()
        resource.units = UNITS.get(unit, unit)
    elif field.unit_selector is not None:
        selected = {u for u in field.unit_selector[1] if u}
        resource.units = UNITS.get(next(iter(selected)), next(iter(selected))) if len(selected) == 1 else None
    if ranges:
        resource.min = min(min(scale) for scale, _ in ranges)
        resource.max = max(max(scale) for scale, _ in ranges)
        steps = [abs(scale[1] - scale[0]) / abs(raw[1] - raw[0]) for scale, raw in ranges if raw and raw[1] != raw[0] and scale[1] != scale[0]]
        step = min(steps) if steps else 1
        resource.precision = max(0, min(3, math.ceil(-math.log10(step) - 1e-9))) if step < 1 else 0
    elif field.factor is not None:
        resource.precision = 3


def resource_for(profile: Profile, case: Case, field: Field) -> Optional[Resource]:
    if not case.fills_resources or not field.fills_resource or (profile.eep, field.shortcut) in NO_RESOURCE:
        return None
    if (profile.rorg, profile.func) in NO_RESOURCE_FUNCS or field.shortcut in NO_RESOURCE_SHORTCUTS_BY_FUNC.get((profile.rorg, profile.func), set()):
        return None
    if field.title.lower() in SELECTOR_TITLES or any(c.source == "data" and c.offset == field.offset and c.size == field.size for c in case.conditions):
        return None
    if any(other.factor and other.factor[0] == field.shortcut or other.unit_selector and other.unit_selector[0] == field.shortcut for other in case.fields):
        return None
    name = resource_name(profile, field) + field.resource_suffix
    if field.kind == "scaled" or any(item.scale is not None for item in field.items):
        resource = Resource("battery" if name == "batteryLow" else name, "number")
        number_settings(field, resource)
        return resource
    truth = bool_truth(field, name)
    if truth is not None:
        field.true_when = truth
        return Resource(name, "bool")
    if name == "batteryLow":
        name = "batteryStatus"
    members: list[str] = []
    for item in field.items:
        candidate = member(item.description) if item.description else f"value{item.min}"
        base, count = candidate, 1
        while candidate in members:
            count += 1
            candidate = f"{base}{count}"
        item.member = candidate
        members.append(candidate)
    return Resource(name, "enum", members=members) if members else None


def assign(profiles_by_pid: dict[str, list[Profile]]) -> None:
    """Resources for every field of every profile; one RID per meaning within a PID, from 40 up."""
    for pid, profiles in profiles_by_pid.items():
        by_name: dict[str, Resource] = {}
        order = FIXED_RESOURCE_ORDER.get(profiles[0].eep, [])
        next_rid = 0x40
        done_cases: set[int] = set()
        pending: list[tuple[Field, Resource]] = []
        for profile in profiles:
            for case in profile.cases:
                if id(case) in done_cases:
                    continue
                done_cases.add(id(case))
                used_in_case: set[str] = set()
                for field in case.fields:
                    resource = resource_for(profile, case, field)
                    if resource is None:
                        continue
                    name = resource.name
                    if name in used_in_case:
                        name = f"{name}{field.shortcut.capitalize()}"
                    existing = by_name.get(name)
                    if existing is not None and (existing.type != resource.type or existing.units != resource.units):
                        name = f"{name}{resource.type.capitalize()}{(resource.units or '').capitalize()}"
                        existing = by_name.get(name)
                    used_in_case.add(name)
                    resource.name = name
                    if existing is None:
                        by_name[name] = resource
                        pending.append((field, resource))
                    else:
                        if resource.type == "enum":
                            existing.members += [m for m in resource.members if m not in existing.members]
                        if resource.type == "number" and resource.min is not None and existing.min is not None:
                            existing.min, existing.max = min(existing.min, resource.min), max(existing.max, resource.max)
                        field.resource = existing
                        continue
                    field.resource = resource
        for name in order:
            by_name[name].rid = f"{next_rid:02X}"
            next_rid += 1
        for resource in by_name.values():
            if resource.rid is None:
                resource.rid = f"{next_rid:02X}"
                next_rid += 1
        if next_rid > 0x100:
            raise ValueError(f"PID {pid}: more resources than RIDs 40..FF")
