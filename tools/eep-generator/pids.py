"""PIDs of EnOcean device profiles: the numbers already published in EnOceanPidTable.cs stay
(MobiusFlow's fixed ones and the project's); a profile without one gets the next free number of
0100..01FF. A number once published is never reused or moved."""
from __future__ import annotations

import re

ENTRY = re.compile(r'new\("([0-9A-FX-]{8})", "([0-9A-F]{4})"\)')
FIRST_PROJECT_PID = 0x0101
LAST_PROJECT_PID = 0x01FF

# EEPs the XML describes by reference to one layout: one object profile for the family.
FAMILY_KEYS = {"D2-01": "D2-01-XX", "D2-02": "D2-02-XX", "D2-04": "D2-04-XX", "D2-11": "D2-11-XX",
               "D2-30": "D2-30-XX", "D2-31": "D2-31-XX", "D2-50": "D2-50-XX", "F6-02": "F6-02-XX"}


def profile_key(eep: str) -> str:
    return FAMILY_KEYS.get(eep[:5], eep)


def read_published(table_source: str) -> dict[str, str]:
    return dict(ENTRY.findall(table_source))


def assign(eeps: list[str], published: dict[str, str]) -> dict[str, str]:
    """Key → PID for every profile key the EEPs need, published numbers first, new ones appended."""
    assigned = dict(published)
    used = {int(pid, 16) for pid in assigned.values()}
    next_pid = max([pid for pid in used if pid >= FIRST_PROJECT_PID] + [FIRST_PROJECT_PID - 1]) + 1
    for eep in sorted(eeps):
        key = profile_key(eep)
        if key in assigned:
            continue
        while next_pid in used:
            next_pid += 1
        if next_pid > LAST_PROJECT_PID:
            raise ValueError("the project's PID range 0100..01FF is full")
        assigned[key] = f"{next_pid:04X}"
        used.add(next_pid)
    return assigned
