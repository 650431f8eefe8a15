"""The generator's own model of an EEP: what the C# definitions are made from."""
from __future__ import annotations

from dataclasses import dataclass, field as dc_field
from typing import Optional


@dataclass
class Item:
    """One enum value, range or bit pattern (mask set) with its text; a range may be scaled."""
    min: int
    max: int
    description: str
    mask: Optional[int] = None
    scale: Optional[tuple[float, float]] = None   # scaled min, max for raw min..max
    unit: Optional[str] = None
    member: Optional[str] = None

    def matches(self, raw: int) -> bool:
        if self.mask is not None:
            return (raw & self.mask) == self.min
        return self.min <= raw <= self.max


@dataclass
class Field:
    shortcut: str
    title: str
    offset: int
    size: int
    kind: str                                       # 'scaled' | 'enum' | 'flag'
    raw_range: Optional[tuple[int, int]] = None     # raw min, max of a scaled field
    scale: Optional[tuple[float, float]] = None     # scaled min, max
    unit: Optional[str] = None
    items: list[Item] = dc_field(default_factory=list)
    low_bits: Optional[tuple[int, int]] = None      # offset, size of the less significant part
    factor: Optional[tuple[str, list[float]]] = None
    unit_selector: Optional[tuple[str, list[str]]] = None
    resource: Optional["Resource"] = None
    true_when: tuple[int, int] = (1, 1)
    signed: bool = False
    resource_name: Optional[str] = None          # the resource's name where the title does not give it
    resource_suffix: str = ""                     # appended to the name (per-channel copies: Channel1)
    fills_resource: bool = True                  # False: decoded, but fills no resource

    @property
    def end(self) -> int:
        end = self.offset + self.size
        if self.low_bits:
            end = max(end, self.low_bits[0] + self.low_bits[1])
        return end

    @property
    def total_size(self) -> int:
        return self.size + (self.low_bits[1] if self.low_bits else 0)


@dataclass
class Condition:
    source: str          # 'status' | 'data'
    offset: int
    size: int
    min: int
    max: int


@dataclass
class Case:
    fields: list[Field]
    title: Optional[str] = None
    direction: Optional[int] = None      # 1 from device, 2 to device
    conditions: list[Condition] = dc_field(default_factory=list)
    fills_resources: bool = True         # False for commands sent to the device


@dataclass
class Resource:
    name: str
    type: str                            # 'number' | 'bool' | 'enum'
    units: Optional[str] = None
    min: Optional[float] = None
    max: Optional[float] = None
    precision: Optional[int] = None
    members: list[str] = dc_field(default_factory=list)
    rid: Optional[str] = None


@dataclass
class Profile:
    eep: str
    func_title: str
    type_title: str
    cases: list[Case]
    families: list[str] = dc_field(default_factory=list)
    source: str = "EEP 2.6.5"
    shares_cases_with: Optional[str] = None   # EEP whose cases this one uses unchanged

    @property
    def rorg(self) -> str:
        return self.eep[:2]

    @property
    def func(self) -> str:
        return self.eep[3:5]

    @property
    def title(self) -> str:
        return f"{self.func_title} / {self.type_title}"
