"""Reads the EnOcean Alliance's EEP XML (as distributed with enocean-js) into the generator's model.

Only at generation time: the project never reads the XML at build or run time.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from typing import Optional

from model import Case, Condition, Field, Item, Profile

WHITESPACE = re.compile(r"\s+")
NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
RANGE_TEXT = re.compile(r"^(0x[0-9A-Fa-f]+|\d+)\s*(?:\.\.\.?|…|-)\s*(0x[0-9A-Fa-f]+|\d+)$")


def text(element) -> Optional[str]:
    if element is None:
        return None
    value = WHITESPACE.sub(" ", "".join(element.itertext())).strip()
    return value or None


def parse_int(value: Optional[str]) -> Optional[int]:
    """Integers as the XML writes them: 12, 0x0C, 0b1100, +12."""
    if value is None:
        return None
    value = value.strip().split(" ")[0]
    try:
        if value.lower().startswith("0x"):
            return int(value, 16)
        if value.lower().startswith("0b") and "x" not in value.lower()[2:]:
            return int(value[2:], 2)
        return int(value.lstrip("+"))
    except ValueError:
        return None


def parse_number(value: Optional[str]) -> Optional[float]:
    if value is None:
        return None
    value = value.strip().replace(",", ".")
    if value.lower().startswith("0x"):
        return float(int(value, 16))
    return float(value) if NUMBER.match(value) else None


def parse_item_key(element) -> Optional[tuple[int, int, Optional[int]]]:
    """(min, max, mask) of an enum item: a value, a min..max range, or a 0b pattern with X bits."""
    value = text(element.find("value"))
    if value is None:
        low, high = parse_int(text(element.find("min"))), parse_int(text(element.find("max")))
        return (low, high, None) if low is not None and high is not None else None
    compact = value.replace(" ", "")
    if compact.lower().startswith("0b") and "x" in compact.lower()[2:]:
        bits = compact[2:]
        mask = int("".join("0" if bit in "xX" else "1" for bit in bits), 2)
        pattern = int("".join("0" if bit in "xX" else bit for bit in bits), 2)
        return pattern, pattern, mask
    single = parse_int(value)
    if single is not None and RANGE_TEXT.match(compact) is None:
        return single, single, None
    ranged = RANGE_TEXT.match(value.replace(" ", "")) or RANGE_TEXT.match(value)
    if ranged:
        return parse_int(ranged.group(1)), parse_int(ranged.group(2)), None
    return None


def read_item(element, problems: list[str], where: str) -> Optional[Item]:
    key = parse_item_key(element)
    description = text(element.find("description")) or ""
    if key is None:
        problems.append(f"{where}: enum item without a usable value: {text(element)!r}")
        return None
    low, high, mask = key
    item = Item(low, high, description, mask=mask)
    scale = element.find("scale")
    if scale is not None:
        scaled_min, scaled_max = parse_number(text(scale.find("min"))), parse_number(text(scale.find("max")))
        if scaled_min is not None and scaled_max is not None:
            item.scale = (scaled_min, scaled_max)
    item.unit = text(element.find("unit"))
    return item


def read_field(element, problems: list[str], where: str) -> Optional[Field]:
    if element.find("reserved") is not None:
        return None
    offset, size = parse_int(text(element.find("bitoffs"))), parse_int(text(element.find("bitsize")))
    shortcut = text(element.find("shortcut")) or ""
    title = text(element.find("data")) or shortcut
    if offset is None or size is None:
        problems.append(f"{where}: field {shortcut!r} without offset or size")
        return None
    where = f"{where} {shortcut}"
    items = [item for item in (read_item(e, problems, where) for e in element.findall("enum/item")) if item]
    field = Field(shortcut, title, offset, size, "enum" if items else "scaled", items=items)
    if items and size == 1 and all(item.min == item.max and item.mask is None and item.scale is None for item in items):
        field.kind = "flag"
    raw_min, raw_max = parse_number(text(element.find("range/min"))), parse_number(text(element.find("range/max")))
    scaled_min, scaled_max = parse_number(text(element.find("scale/min"))), parse_number(text(element.find("scale/max")))
    if raw_min is not None and raw_max is not None:
        field.raw_range = (int(raw_min), int(raw_max))
        if scaled_min is not None and scaled_max is not None:
            field.scale = (scaled_min, scaled_max)
    elif element.find("range") is not None:
        problems.append(f"{where}: range not understood: {text(element.find('range'))!r}")
    if element.find("scale") is not None and field.scale is None and field.raw_range is not None:
        problems.append(f"{where}: scale not understood: {text(element.find('scale'))!r}")
    field.unit = text(element.find("unit"))
    return field


def read_condition(element) -> Condition:
    offset, size, value = (parse_int(text(element.find(tag))) for tag in ("bitoffs", "bitsize", "value"))
    return Condition("status" if element.tag == "statusfield" else "data", offset, size, value, value)


def read_case(element, problems: list[str], where: str) -> Case:
    fields = [field for field in (read_field(e, problems, where) for e in element.findall("datafield")) if field]
    case = Case(sorted(fields, key=lambda field: field.offset), title=text(element.find("title")))
    direction = parse_int(text(element.find("direction")))
    condition = element.find("condition")
    if condition is not None:
        for part in condition:
            if part.tag in ("statusfield", "datafield"):
                case.conditions.append(read_condition(part))
            elif part.tag == "direction":
                direction = parse_int(text(part))
    case.direction = direction
    return case


def read_profiles(path: str) -> tuple[list[Profile], list[str]]:
    """Every RORG-FUNC-TYPE of the XML, and the problems met reading it."""
    problems: list[str] = []
    profiles: list[Profile] = []
    root = ElementTree.parse(path).getroot()
    for rorg in root.find("profile").findall("rorg"):
        rorg_number = text(rorg.find("number"))[2:].upper()
        for func in rorg.findall("func"):
            func_number = text(func.find("number"))[2:].upper()
            for type_ in func.findall("type"):
                type_number = text(type_.find("number"))[2:].upper()
                eep = f"{rorg_number}-{func_number}-{type_number}"
                cases = [read_case(case, problems, eep) for case in type_.findall("case")]
                profile = Profile(eep, text(func.find("title")), text(type_.find("title")), cases)
                reference = type_.find("ref")
                if reference is not None:
                    parts = [text(reference.find(tag)).upper().replace("0X", "") for tag in ("rorg", "func", "type")]
                    profile.shares_cases_with = "-".join(part.zfill(2) for part in parts)
                profiles.append(profile)
    return profiles, problems
