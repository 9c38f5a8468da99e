#!/usr/bin/env python3
"""Validate the geoevents gazetteer files (countries, bodies, leaders).

    /work/venv/bin/python scripts/check_gazetteer.py [--data DIR]

Exits non-zero on any error; prints warnings (suspicious but allowed) and counts.
Stdlib + pycountry only.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pycountry

DATA_DIR = Path(__file__).resolve().parents[1] / "service" / "geoevents" / "data"
EXTRA_ISO3 = {"XKX"}
# Sovereign states allowed to have no demonym (their only demonym is ambiguous and assigned
# to another state); keep in sync with build_gazetteer.NO_DEMONYM_OK and the README.
NO_DEMONYM_OK = {"COG", "DMA"}
# Strings intentionally kept out of every list (see README "Excluded strings").
FORBIDDEN = {
    "us",
    "Jersey",
    "Reunion",
    "Victoria",
    "Kingston",
    "Georgetown",
    "Male",
    "Nassau",
    "Santiago",
    "San José",
    "San Jose",
    "The Hague",
    "Sofia",
    "Sucre",
    "Panama City",
    "Hamilton",
    "Stanley",
    "San Juan",
    "Clinton",
    "Kim",
    "Lee",
    "Li",
    "Wang",
    "May",
    "Moon",
    "Ban",
    "Park",
    "Singh",
    "Khan",
    "Sharif",
    "Castro",
    "Duterte",
    "Johnson",
    "Zardari",
    "Kaczynski",
    "Kaczyński",
    "Aoun",
    "Salam",
    "Miliband",
    "Hague",
    "Austin",
    "Gates",
    "Carter",
    "Brown",
    "Hunt",
    "Blair",
    "Champagne",
    "Store",
    "Rasmussen",
    "Shinawatra",
    "Fernández",
    "Fernandez",
    "Rajapaksa",
    "al-Maliki",
    "Maliki",
    "Türk",
    "King Abdullah",
    "Emirates",
    "Persian",
    "Pole",
    "Finn",
    "Dane",
    "English",
    "Soviet Union",
    "USSR",
    "ROC",
    "CAR",
    "PNG",
}
ISO3_RE = re.compile(r"^[A-Z]{3}$")


class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def err(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)


def load(path: Path, ck: Checker) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                ck.err(f"{path.name}:{n}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                ck.err(f"{path.name}:{n}: bad JSON: {e}")
                continue
            if not isinstance(obj, dict):
                ck.err(f"{path.name}:{n}: not an object")
                continue
            rows.append(obj)
    return rows


def _strlist(ck: Checker, where: str, v: Any, nonempty: bool = False) -> list[str]:
    if not isinstance(v, list) or not all(isinstance(x, str) and x and x == x.strip() for x in v):
        ck.err(f"{where}: must be a list of non-empty, trimmed strings")
        return []
    if len(set(v)) != len(v):
        ck.err(f"{where}: duplicate strings")
    if nonempty and not v:
        ck.err(f"{where}: empty")
    return v


def check_countries(rows: list[dict[str, Any]], ck: Checker) -> dict[str, str]:
    valid = {c.alpha_3 for c in pycountry.countries} | EXTRA_ISO3
    seen: set[str] = set()
    surface: dict[str, str] = {}  # string -> iso3 (must be globally unique)
    keys = {"iso3", "name", "names", "demonyms", "metonyms", "kind"}
    prev = ""
    for r in rows:
        iso3 = r.get("iso3")
        where = f"countries[{iso3}]"
        if set(r) - {"datelines"} != keys:
            ck.err(f"{where}: keys {sorted(r)} != {sorted(keys)} (+ datelines)")
        for city in _strlist(ck, f"{where}.datelines", r.get("datelines", [])):
            if not city[:1].isupper():
                ck.err(f"{where}: dateline city {city!r} not capitalised")
        if not isinstance(iso3, str) or not ISO3_RE.match(iso3) or iso3 not in valid:
            ck.err(f"{where}: unknown iso3")
            continue
        if iso3 in seen:
            ck.err(f"{where}: duplicate iso3")
        seen.add(iso3)
        if iso3 <= prev:
            ck.err(f"{where}: not sorted by iso3")
        prev = iso3
        if not isinstance(r.get("name"), str) or not r["name"]:
            ck.err(f"{where}: missing name")
        if r.get("kind") not in ("state", "territory"):
            ck.err(f"{where}: kind must be state|territory")
        names = _strlist(ck, f"{where}.names", r.get("names"), nonempty=True)
        dems = _strlist(ck, f"{where}.demonyms", r.get("demonyms"))
        mets = _strlist(ck, f"{where}.metonyms", r.get("metonyms"))
        if r.get("kind") == "state" and not dems and iso3 not in NO_DEMONYM_OK:
            ck.err(f"{where}: sovereign state without a demonym")
        for s in names + dems + mets:
            if s in FORBIDDEN:
                ck.err(f"{where}: forbidden/ambiguous string {s!r}")
            if s in surface and surface[s] != iso3:
                ck.err(f"{where}: {s!r} also used by {surface[s]}")
            elif s in surface:
                ck.err(f"{where}: {s!r} repeated within the entry")
            surface[s] = iso3
            if "(" in s or (", " in s and not s.startswith(("Bonaire", "Saint Helena"))):
                ck.warn(f"{where}: odd string {s!r}")
    missing = valid - seen
    if missing:
        ck.err(f"countries: missing {sorted(missing)}")
    return surface


def check_bodies(
    rows: list[dict[str, Any]], ck: Checker, country_surface: dict[str, str], isos: set[str]
) -> dict[str, str]:
    seen: set[str] = set()
    surface: dict[str, str] = {}
    prev = ""
    for r in rows:
        code = r.get("code")
        where = f"bodies[{code}]"
        keys = {"code", "name", "names", "members", "metonyms", "called"}
        if not set(r) <= keys or not {"code", "name", "names"} <= set(r):
            ck.err(f"{where}: bad keys {sorted(r)}")
        if not isinstance(code, str) or not re.match(r"^[A-Z0-9]+$", code):
            ck.err(f"{where}: bad code")
            continue
        if code in seen:
            ck.err(f"{where}: duplicate code")
        if code in isos:
            ck.err(f"{where}: code collides with an iso3")
        seen.add(code)
        if code <= prev:
            ck.err(f"{where}: not sorted by code")
        prev = code
        for s in _strlist(ck, f"{where}.names", r.get("names"), nonempty=True) + _strlist(
            ck, f"{where}.metonyms", r.get("metonyms", [])
        ):
            if s in surface:
                ck.err(f"{where}: name {s!r} also used by {surface[s]}")
            if s in country_surface:
                ck.err(f"{where}: name {s!r} also a country string ({country_surface[s]})")
            surface[s] = code
        for noun in _strlist(ck, f"{where}.called", r.get("called", []), nonempty=False):
            if noun != noun.lower() or " " in noun:
                ck.err(f"{where}: called {noun!r} is not one lower-case word")
        if "members" in r:
            mem = _strlist(ck, f"{where}.members", r["members"], nonempty=True)
            for m in mem:
                if m not in isos:
                    ck.err(f"{where}: unknown member {m}")
            if mem != sorted(mem):
                ck.err(f"{where}: members not sorted")
    return surface


def check_leaders(
    rows: list[dict[str, Any]],
    ck: Checker,
    isos: set[str],
    codes: set[str],
    country_surface: dict[str, str],
    body_surface: dict[str, str],
) -> None:
    names: dict[str, str] = {}
    owner: dict[str, list[str]] = defaultdict(list)  # surface string -> person names
    keys = {"name", "aliases", "country", "code", "title", "roles"}
    for r in rows:
        name = r.get("name")
        where = f"leaders[{name}]"
        if set(r) != keys:
            ck.err(f"{where}: keys {sorted(r)} != {sorted(keys)}")
        if not isinstance(name, str) or not name:
            ck.err(f"{where}: bad name")
            continue
        if name in names:
            ck.err(f"{where}: duplicate person")
        names[name] = name
        if r.get("country") not in isos:
            ck.err(f"{where}: unknown country {r.get('country')}")
        if r.get("code") is not None and r["code"] not in codes:
            ck.err(f"{where}: unknown body code {r['code']}")
        if not isinstance(r.get("title"), str) or not r["title"]:
            ck.err(f"{where}: bad title")
        aliases = _strlist(ck, f"{where}.aliases", r.get("aliases"))
        if name in aliases:
            ck.err(f"{where}: alias repeats the name")
        roles = r.get("roles")
        if not isinstance(roles, list) or not roles:
            ck.err(f"{where}: roles must be a non-empty list")
            roles = []
        titles = set()
        for role in roles:
            if (
                not isinstance(role, dict)
                or not {"title", "from", "to"} <= set(role)
                or not set(role) <= {"title", "from", "to", "code"}
            ):
                ck.err(f"{where}: bad role {role}")
                continue
            titles.add(role["title"])
            f, t = role["from"], role["to"]
            if not isinstance(f, int) or not 1950 <= f <= 2026:
                ck.err(f"{where}: bad role.from {f}")
            if t is not None and (not isinstance(t, int) or t < f or t > 2026):
                ck.err(f"{where}: bad role.to {t}")
            if "code" in role and role["code"] not in codes:
                ck.err(f"{where}: unknown role code {role['code']}")
        if r.get("title") not in titles:
            ck.err(f"{where}: title not among roles")
        if not any(role.get("to") is None or role.get("to", 0) >= 2009 for role in roles if isinstance(role, dict)):
            ck.err(f"{where}: no role in the 2009+ period")
        for s in [name, *aliases]:
            if s in FORBIDDEN:
                ck.err(f"{where}: forbidden/ambiguous alias {s!r}")
            owner[s].append(name)
            if s in country_surface:
                ck.err(f"{where}: {s!r} is also a country string ({country_surface[s]})")
            if s in body_surface:
                ck.err(f"{where}: {s!r} is also a body string ({body_surface[s]})")
            if len(s) < 2:
                ck.err(f"{where}: alias too short {s!r}")
    for s, people in owner.items():
        if len(set(people)) > 1:
            ck.err(f"leaders: {s!r} shared by {sorted(set(people))}")
    # single-token aliases that are a token of another person's full name
    tokens: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for tok in r["name"].split():
            tokens[tok].add(r["name"])
    for r in rows:
        for a in r["aliases"]:
            if " " not in a and tokens.get(a, set()) - {r["name"]}:
                ck.warn(f"leaders[{r['name']}]: alias {a!r} is also a token of {sorted(tokens[a] - {r['name']})}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Validate the gazetteer JSONL files")
    ap.add_argument("--data", type=Path, default=DATA_DIR)
    args = ap.parse_args(argv)
    ck = Checker()
    countries = load(args.data / "countries.jsonl", ck)
    bodies = load(args.data / "bodies.jsonl", ck)
    leaders = load(args.data / "leaders.jsonl", ck)

    c_surface = check_countries(countries, ck)
    isos = {r["iso3"] for r in countries if isinstance(r.get("iso3"), str)}
    b_surface = check_bodies(bodies, ck, c_surface, isos)
    codes = {r["code"] for r in bodies if isinstance(r.get("code"), str)}
    check_leaders(leaders, ck, isos, codes, c_surface, b_surface)

    states = [r for r in countries if r.get("kind") == "state"]
    un = next((b for b in bodies if b.get("code") == "UN"), None)
    if un is not None and len(un.get("members", [])) != 193:
        ck.err(f"bodies[UN]: {len(un.get('members', []))} members, expected 193")

    for w in ck.warnings:
        print("WARN ", w)
    for e in ck.errors:
        print("ERROR", e)
    n_names = sum(len(r.get("names", [])) for r in countries)
    n_dem = sum(len(r.get("demonyms", [])) for r in countries)
    n_met = sum(len(r.get("metonyms", [])) for r in countries)
    print(
        f"countries: {len(countries)} entries ({len(states)} states, {len(countries) - len(states)} territories); "
        f"{n_names} names, {n_dem} demonyms, {n_met} metonyms"
    )
    print(
        f"bodies:    {len(bodies)} entries; {sum(len(b.get('names', [])) for b in bodies)} names; "
        f"{sum(1 for b in bodies if 'members' in b)} with member lists"
    )
    n_alias = sum(len(r.get("aliases", [])) for r in leaders)
    n_roles = sum(len(r.get("roles", [])) for r in leaders)
    n_code = sum(1 for r in leaders if r.get("code"))
    print(
        f"leaders:   {len(leaders)} people from {len({r.get('country') for r in leaders})} countries; "
        f"{n_alias} aliases, {n_roles} roles, {n_code} with a body code"
    )
    print(f"{len(ck.errors)} error(s), {len(ck.warnings)} warning(s)")
    return 1 if ck.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
