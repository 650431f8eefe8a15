"""Spec-built test telegrams: for every case of every generated profile, a payload with a chosen
raw value in every field, and the values the specification gives for it — worked out here from
the specification's numbers (offsets, ranges, scales, texts), independently of the C# decoder."""
from __future__ import annotations

from typing import Optional

from model import Case, Field, Item, Profile

FIXED_LENGTH = {"A5": 4, "D5": 1, "F6": 1}
LEARN_BIT = {"A5": 28, "D5": 4}


def write_bits(payload: bytearray, offset: int, size: int, value: int) -> None:
    value &= (1 << size) - 1
    for bit in range(size):
        position = offset + bit
        mask = 0x80 >> (position % 8)
        if (value >> (size - 1 - bit)) & 1:
            payload[position // 8] |= mask
        else:
            payload[position // 8] &= ~mask & 0xFF


def read_bits(payload: bytes, offset: int, size: int) -> int:
    value = 0
    for bit in range(offset, offset + size):
        value = (value << 1) | ((payload[bit // 8] >> (7 - bit % 8)) & 1)
    return value


def read_raw(payload: bytes, field: Field) -> int:
    raw = read_bits(payload, field.offset, field.size)
    if field.low_bits:
        raw = (raw << field.low_bits[1]) | read_bits(payload, *field.low_bits)
    if field.signed and raw >= 1 << (field.total_size - 1):
        raw -= 1 << field.total_size
    return raw


def write_raw(payload: bytearray, field: Field, raw: int) -> None:
    raw &= (1 << field.total_size) - 1
    if field.low_bits:
        write_bits(payload, field.offset, field.size, raw >> field.low_bits[1])
        write_bits(payload, field.low_bits[0], field.low_bits[1], raw)
    else:
        write_bits(payload, field.offset, field.size, raw)


def chosen_raw(field: Field) -> int:
    """A value that exercises the field: an item other than the first, or 37 % into the raw range."""
    if field.items:
        item = field.items[-1] if len(field.items) > 1 else field.items[0]
        if item.mask is not None:
            return item.min
        return item.min + (item.max - item.min) // 2
    if field.raw_range:
        low, high = sorted(field.raw_range)
        return int(round(low + (high - low) * 0.37))
    return min(5, (1 << field.total_size) - 1)


def matched_item(field: Field, raw: int) -> Optional[Item]:
    return next((item for item in field.items if item.matches(raw)), None)


def linear(raw: int, raw_range: tuple[int, int], scale: tuple[float, float]) -> float:
    return scale[0] + (raw - raw_range[0]) * (scale[1] - scale[0]) / (raw_range[1] - raw_range[0])


def field_value(field: Field, raw: int, raws: dict[str, int]) -> tuple[float, Optional[str], Optional[str]]:
    """Value, unit and text of a field as the specification gives them."""
    item = matched_item(field, raw)
    unit = field.unit
    if field.kind == "scaled":
        value = linear(raw, field.raw_range, field.scale) if field.scale and field.raw_range else float(raw)
    elif item is not None and item.scale is not None:
        value = linear(raw, (item.min, item.max), item.scale) if item.max != item.min else item.scale[0]
        unit = item.unit or unit
    else:
        value = float(raw)
        if item is not None and item.unit:
            unit = item.unit
    if field.factor:
        selector, factors = field.factor
        index = raws[selector]
        value *= factors[index] if 0 <= index < len(factors) else 1
    if field.unit_selector:
        selector, units = field.unit_selector
        index = raws[selector]
        if 0 <= index < len(units):
            unit = units[index]
    return value, unit, item.description if item else None


def conditions_hold(case: Case, payload: bytes, status: int, direction: int) -> bool:
    if case.direction is not None and case.direction != direction:
        return False
    length = max([f.end for f in case.fields] + [c.offset + c.size for c in case.conditions if c.source == "data"] + [0])
    if len(payload) * 8 < length:
        return False
    for condition in case.conditions:
        if condition.source == "status":
            value = read_bits(bytes([status]), condition.offset, condition.size)
        else:
            value = read_bits(payload, condition.offset, condition.size)
        if not condition.min <= value <= condition.max:
            return False
    return True


def resource_value(field: Field, raw: int, value: float, item: Optional[Item]) -> Optional[dict]:
    resource = field.resource
    if resource is None:
        return None
    if resource.type == "bool":
        return {"rid": resource.rid, "boolean": field.true_when[0] <= raw <= field.true_when[1]}
    if resource.type == "enum":
        return {"rid": resource.rid, "text": item.member} if item is not None and item.member else None
    has_number = field.kind == "scaled" or (item is not None and item.scale is not None)
    tolerance = 1e-9
    if not has_number or (resource.min is not None and value < resource.min - tolerance * max(1, abs(resource.min))) \
            or (resource.max is not None and value > resource.max + tolerance * max(1, abs(resource.max))):
        return None
    return {"rid": resource.rid, "number": value}


def telegram(profile: Profile, index: int, case: Case) -> Optional[dict]:
    length = FIXED_LENGTH.get(profile.rorg) or (max([f.end for f in case.fields] + [c.offset + c.size for c in case.conditions if c.source == "data"]) + 7) // 8
    payload = bytearray(length)
    if profile.rorg in LEARN_BIT:
        write_bits(payload, LEARN_BIT[profile.rorg], 1, 1)
    for field in case.fields:
        write_raw(payload, field, chosen_raw(field))
    status = 0
    for condition in case.conditions:
        if condition.source == "status":
            status_bytes = bytearray([status])
            write_bits(status_bytes, condition.offset, condition.size, condition.min)
            status = status_bytes[0]
        else:
            write_bits(payload, condition.offset, condition.size, condition.min)
    direction = case.direction or 1
    selected = next((i for i, c in enumerate(profile.cases) if conditions_hold(c, bytes(payload), status, direction)), None)
    if selected != index:
        return None
    raws = {field.shortcut: read_raw(bytes(payload), field) for field in case.fields}
    fields, resource_values = [], []
    for field in case.fields:
        raw = raws[field.shortcut]
        value, unit, description = field_value(field, raw, raws)
        fields.append({"shortcut": field.shortcut, "raw": raw, "value": value, "unit": unit, "description": description})
        resource = resource_value(field, raw, value, matched_item(field, raw))
        if resource is not None:
            resource_values.append(resource)
    return {"eep": profile.eep, "case": index, "direction": direction, "status": status,
            "payload": bytes(payload).hex().upper(), "fields": fields, "resources": resource_values}


def build(profiles: list[Profile]) -> list[dict]:
    telegrams = []
    for profile in profiles:
        for index, case in enumerate(profile.cases):
            built = telegram(profile, index, case)
            if built is not None:
                telegrams.append(built)
    return telegrams
