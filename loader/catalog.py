"""The editable knowledge the loader uses: actors, countries, well-known reference events.

Parsed from CSV text (ingest reads the files); matching is pure.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ReferenceEvent:
    event_id: str
    name: str
    date_start: date
    date_end: date
    pattern: re.Pattern
    source_url: str


@dataclass(frozen=True)
class Gazetteer:
    actor_re: re.Pattern  # one alternation over every alias, longest first
    actor_of: dict  # alias -> canonical
    country_of_actor: dict  # canonical -> country
    role_of: dict  # canonical -> role
    organizations: frozenset  # canonical names that are not people
    country_re: re.Pattern
    country_of: dict  # alias -> country


@dataclass(frozen=True)
class Catalog:
    gazetteer: Gazetteer
    references: tuple[ReferenceEvent, ...]


def _alternation(aliases) -> re.Pattern:
    ordered = sorted(set(aliases), key=len, reverse=True)
    # Case-sensitive on purpose: "US" is the country, "us" is not.
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in ordered) + r")(?![\w])")


def parse_gazetteer(actors_csv: str, countries_csv: str) -> Gazetteer:
    actor_of, country_of_actor, role_of, orgs = {}, {}, {}, set()
    for row in csv.DictReader(io.StringIO(actors_csv)):
        name = row["canonical"].strip()
        if not name:
            continue
        country_of_actor[name] = (row.get("country") or "").strip()
        role_of[name] = (row.get("role") or "").strip()
        if (row.get("kind") or "person").strip() != "person":
            orgs.add(name)
        for alias in [name, *(row.get("aliases") or "").split(";")]:
            if alias.strip():
                actor_of[alias.strip()] = name
    country_of = {}
    for row in csv.DictReader(io.StringIO(countries_csv)):
        for alias in [row["country"], *(row.get("aliases") or "").split(";")]:
            if alias.strip():
                country_of[alias.strip()] = row["country"].strip()
    return Gazetteer(_alternation(actor_of), actor_of, country_of_actor, role_of, frozenset(orgs),
                     _alternation(country_of), country_of)


def parse_reference_events(csv_text: str) -> tuple[ReferenceEvent, ...]:
    out = []
    for row in csv.DictReader(io.StringIO(csv_text)):
        out.append(ReferenceEvent(
            row["event_id"], row["name"], date.fromisoformat(row["date_start"]),
            date.fromisoformat(row["date_end"]), re.compile(row["pattern"], re.I),
            row.get("source_url", "")))
    return tuple(out)


def match_references(text: str, references: tuple[ReferenceEvent, ...]) -> list[ReferenceEvent]:
    return [r for r in references if r.pattern.search(text)]


# Unknown people: a title before a capitalised name, or a name followed by ", a <role>".
_TITLE = (r"(?:President|Premier|Vice Premier|Minister|Secretary|Councilor|Ambassador|Director|"
          r"Chairman|spokesman|spokeswoman|[Pp]rofessor|Senator|Sen\.|Rep\.|General|Gen\.|Admiral|"
          r"Attorney General|envoy|[Aa]dviser|[Aa]dvisor|CEO|Governor|Mayor|Judge|Dr\.|Mr\.|Mrs\.|Ms\.)")
_NAME = r"[A-Z][a-z]+(?:-[a-z]+)?(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,2}"
_PERSON_RE = re.compile(
    rf"\b{_TITLE}\s+(?P<a>{_NAME})\b|\b(?P<b>{_NAME}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?"
    r"(?:professor|specialist|expert|analyst|researcher|president|director|official|spokesman|"
    r"spokeswoman|minister|secretary|ambassador|chairman|founder|head|scholar|lawyer|fellow)\b")


def find_actors(text: str, gaz: Gazetteer) -> tuple[list[str], list[str]]:
    """(actors, countries) named in `text`, in order of first appearance."""
    actors: list[str] = []
    spans = []
    for m in gaz.actor_re.finditer(text):
        spans.append(m.span())
        name = gaz.actor_of[m.group()]
        if name not in actors:
            actors.append(name)
    for m in _PERSON_RE.finditer(text):
        g = "a" if m.group("a") else "b"
        s, e = m.span(g)
        name = m.group(g)
        if any(s < pe and ps < e for ps, pe in spans) or name in gaz.country_of:
            continue
        if any(w in gaz.country_of for w in name.split()):
            continue  # "US President Barack" style fragments are not new people
        if name not in actors:
            actors.append(name)
    countries: list[str] = []
    for m in gaz.country_re.finditer(text):
        c = gaz.country_of[m.group()]
        if c not in countries:
            countries.append(c)
    for a in actors:
        c = gaz.country_of_actor.get(a)
        if c and c not in countries:
            countries.append(c)
    return actors, countries
