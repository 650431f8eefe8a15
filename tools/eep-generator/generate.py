"""Generates the project's EEP definitions from the EEP 2.6.5 XML reference plus the later profiles
written down in later_profiles.py.

    python3 tools/eep-generator/generate.py /path/to/eep-2.6.5.xml

Writes services/enocean/Eeps/Profiles/*.cs, services/enocean/Eeps/EnOceanPidTable.cs,
services/enocean/Eeps/EepCatalog.cs, docs/enocean-pids.md and the spec-built test telegrams
tests/Mobius.Micro.EnOcean.Tests/Fixtures/eep-spec-telegrams.json. A one-off tool: neither the
build nor the tests run it, and the XML stays outside the repository.
"""
from __future__ import annotations

import json
import pathlib
import sys
from collections import defaultdict

import csharp
import families
import fixes
import later_profiles
import pid_doc
import pids
import resources
import spec_telegrams
import xml_reader

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
EEPS = REPOSITORY / "services" / "enocean" / "Eeps"
PROFILES = EEPS / "Profiles"
FIXTURES = REPOSITORY / "tests" / "Mobius.Micro.EnOcean.Tests" / "Fixtures"
DOCS = REPOSITORY / "docs"

# Written by hand: the rocker switches, whose buttons are worked out from several fields at once.
HAND_WRITTEN = {"F6-02": "RockerSwitchProfiles", "F6-03": "FourRockerSwitchProfiles"}
MOBIUSFLOW_KEYS = ["F6-02-XX", "A5-10-03", "A5-08-01", "F6-05-01", "A5-02-01", "A5-02-02", "A5-09-04", "A5-07-01", "A5-07-03", "F6-01-01"]


def main(xml_path: str) -> None:
    profiles, problems = xml_reader.read_profiles(xml_path)
    for problem in problems:
        print(f"note: {problem}", file=sys.stderr)
    profiles += later_profiles.profiles()
    fixes.apply(profiles)
    generated = [p for p in profiles if p.eep[:5] not in HAND_WRITTEN]

    assigned = pids.assign([p.eep for p in profiles], pids.read_published((EEPS / "EnOceanPidTable.cs").read_text()))
    by_pid: dict[str, list] = defaultdict(list)
    for profile in sorted(generated, key=lambda p: p.eep):
        by_pid[assigned[pids.profile_key(profile.eep)]].append(profile)
    resources.assign(by_pid)
    families_by_eep = {p.eep: families.of(p) for p in generated}

    by_func: dict[str, list] = defaultdict(list)
    for profile in sorted(generated, key=lambda p: p.eep):
        by_func[profile.eep[:5]].append(profile)
    class_names = []
    for func_key, members in sorted(by_func.items()):
        class_name, source = csharp.file_for(func_key, members, families_by_eep)
        (PROFILES / f"{class_name}.cs").write_text(source)
        class_names.append(class_name)
    (EEPS / "EnOceanPidTable.cs").write_text(csharp.pid_table(assigned, MOBIUSFLOW_KEYS))
    (EEPS / "EepCatalog.cs").write_text(csharp.catalog(sorted(class_names + list(HAND_WRITTEN.values()))))
    (DOCS / "enocean-pids.md").write_text(pid_doc.write(generated, assigned, pids.profile_key))
    telegrams = spec_telegrams.build(generated)
    (FIXTURES / "eep-spec-telegrams.json").write_text(json.dumps(telegrams, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(profiles)} profiles ({len(generated)} generated, {len(profiles) - len(generated)} hand-written), "
          f"{len(telegrams)} spec-built telegrams, {len(set(assigned.values()))} PIDs")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/reference/eep-2.6.5.xml")
