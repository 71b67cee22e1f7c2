"""What the user is looking at (filters, lanes, selected event, page) and its URL form.

Pure functions only: the sidebar and the pages turn this into widgets, the tests call it directly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from typing import Mapping, Sequence

import pandas as pd

DEFAULT_YEARS = (2013, 2016)
LANES = {"actor": "Actor", "country": "Country", "event_type": "Event type", "article": "Article"}
PAGES = ("timeline", "events", "articles", "actors", "data_quality", "about")
# Streamlit's own URL options; a link may carry them and they are not ours to judge.
FOREIGN_PARAMS = frozenset({"embed", "embed_options"})


@dataclass(frozen=True)
class ViewState:
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    years: tuple[int, int] = DEFAULT_YEARS
    types: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    precisions: tuple[str, ...] = ()
    inherited: bool = True
    search: str = ""
    lane: str = "actor"
    event: str = ""
    page: str = "timeline"


@dataclass(frozen=True)
class CorpusOptions:
    """The values each filter can take in the loaded corpus, sorted for display."""

    actors: tuple[str, ...]
    countries: tuple[str, ...]
    types: tuple[str, ...]
    outlets: tuple[str, ...]
    articles: tuple[str, ...]
    precisions: tuple[str, ...]
    year_bounds: tuple[int, int]
    event_ids: frozenset[str]


# URL key -> ViewState field, for the multi-valued filters (repeated keys: ?actor=A&actor=B).
MULTI_PARAMS = {
    "actor": "actors", "country": "countries", "type": "types", "outlet": "outlets",
    "article": "articles", "precision": "precisions",
}
PRECISION_ORDER = ("day", "week", "month", "quarter", "season", "year")


def split_joined(values: pd.Series) -> list[str]:
    """Distinct names from a ';'-joined column (actors, countries)."""
    names = values.dropna().str.split(";").explode().str.strip()
    return sorted(set(names[names != ""]))


def build_options(events: pd.DataFrame) -> CorpusOptions:
    dated = pd.concat([events["date_start"], events["date_end"]]).dropna()
    years = (
        (min(DEFAULT_YEARS[0], dated.min().year), max(DEFAULT_YEARS[1], dated.max().year))
        if len(dated) else DEFAULT_YEARS
    )
    present = set(events["precision"].dropna())
    return CorpusOptions(
        actors=tuple(split_joined(events["actors"])),
        countries=tuple(split_joined(events["countries"])),
        types=tuple(sorted(set(events["event_type"].dropna()))),
        outlets=tuple(sorted(set(events["outlet"].dropna()) - {""})),
        articles=tuple(sorted(set(events["article"].dropna()))),
        precisions=tuple(p for p in PRECISION_ORDER if p in present)
        + tuple(sorted(present - set(PRECISION_ORDER))),
        year_bounds=years,
        event_ids=frozenset(events["event_id"]),
    )


def parse_query_params(params: Mapping[str, Sequence[str]], options: CorpusOptions) -> tuple[ViewState, list[str]]:
    """URL parameters (each key -> all its values) -> the view they describe, plus a notice per value ignored."""
    notices: list[str] = []
    state: dict = {}

    def last(key: str) -> str:
        return params[key][-1]

    for key, values in params.items():
        if key in FOREIGN_PARAMS:
            continue
        if key in MULTI_PARAMS:
            name = MULTI_PARAMS[key]
            allowed = getattr(options, name)
            kept = [v for v in values if v in allowed]
            notices += [f"Ignored {key} '{v}' from the link: not in the loaded articles." for v in values if v not in allowed]
            state[name] = tuple(dict.fromkeys(kept))
        elif key == "years":
            years = parse_years(last(key), options.year_bounds)
            if years is None:
                notices.append(
                    f"Ignored years '{last(key)}' from the link: expected FROM-TO within "
                    f"{options.year_bounds[0]}-{options.year_bounds[1]}."
                )
            else:
                state["years"] = years
        elif key == "inherited":
            if last(key) in ("0", "1"):
                state["inherited"] = last(key) == "1"
            else:
                notices.append(f"Ignored inherited '{last(key)}' from the link: expected 0 or 1.")
        elif key == "q":
            state["search"] = last(key)
        elif key == "lane":
            if last(key) in LANES:
                state["lane"] = last(key)
            else:
                notices.append(f"Ignored lane '{last(key)}' from the link: expected one of {', '.join(LANES)}.")
        elif key == "event":
            if last(key) in options.event_ids:
                state["event"] = last(key)
            else:
                notices.append(f"Ignored event '{last(key)}' from the link: no such event in the loaded articles.")
        elif key == "page":
            if last(key) in PAGES:
                state["page"] = last(key)
            else:
                notices.append(f"Ignored page '{last(key)}' from the link: expected one of {', '.join(PAGES)}.")
        else:
            notices.append(f"Ignored unknown link parameter '{key}'.")
    return ViewState(**state), notices


def parse_years(text: str, bounds: tuple[int, int]) -> tuple[int, int] | None:
    match = re.fullmatch(r"\s*(\d{4})\s*-\s*(\d{4})\s*", text)
    if not match:
        return None
    lo, hi = int(match[1]), int(match[2])
    if not bounds[0] <= lo <= hi <= bounds[1]:
        return None
    return lo, hi


def build_query_params(view: ViewState) -> dict[str, str | list[str]]:
    """The view as URL parameters; values equal to the default are left out so links stay short."""
    default = ViewState()
    params: dict[str, str | list[str]] = {}
    for key, name in MULTI_PARAMS.items():
        if getattr(view, name):
            params[key] = list(getattr(view, name))
    if view.years != default.years:
        params["years"] = f"{view.years[0]}-{view.years[1]}"
    if view.inherited != default.inherited:
        params["inherited"] = "1" if view.inherited else "0"
    if view.search:
        params["q"] = view.search
    if view.lane != default.lane:
        params["lane"] = view.lane
    if view.event:
        params["event"] = view.event
    params["page"] = view.page
    return params


def restrict_view(view: ViewState, options: CorpusOptions) -> ViewState:
    """Drop values the corpus no longer has (e.g. an upload was removed), so widgets never see stale options."""
    changes = {
        name: tuple(v for v in getattr(view, name) if v in getattr(options, name))
        for name in MULTI_PARAMS.values()
    }
    lo, hi = options.year_bounds
    changes["years"] = (max(lo, min(view.years[0], hi)), min(hi, max(view.years[1], lo)))
    if view.event not in options.event_ids:
        changes["event"] = ""
    return replace(view, **changes)


def match_joined(values: pd.Series, wanted: Sequence[str]) -> pd.Series:
    """Rows whose ';'-joined names include any of `wanted`."""
    pattern = "(?:^|;)\\s*(?:" + "|".join(re.escape(w) for w in wanted) + ")\\s*(?:;|$)"
    return values.fillna("").str.contains(pattern, regex=True)


def filter_events(events: pd.DataFrame, view: ViewState) -> pd.DataFrame:
    """The events the view shows. Undated events pass the year filter: they are listed, never drawn."""
    keep = pd.Series(True, index=events.index)
    if view.actors:
        keep &= match_joined(events["actors"], view.actors)
    if view.countries:
        keep &= match_joined(events["countries"], view.countries)
    for column, name in (("event_type", "types"), ("outlet", "outlets"), ("article", "articles"), ("precision", "precisions")):
        if getattr(view, name):
            keep &= events[column].isin(getattr(view, name))
    if not view.inherited:
        keep &= events["date_basis"] != "inherited"
    start = pd.Timestamp(view.years[0], 1, 1)
    end = pd.Timestamp(view.years[1], 12, 31)
    last_day = events["date_end"].fillna(events["date_start"])
    in_range = (events["date_start"] <= end) & (last_day >= start)
    keep &= in_range | events["date_start"].isna()
    if view.search.strip():
        needle = view.search.strip()
        hay = events[["sentence", "title", "actors", "countries", "date_text", "event_type"]].fillna("")
        keep &= hay.apply(lambda col: col.str.contains(needle, case=False, regex=False)).any(axis=1)
    return events[keep]


def describe_view(view: ViewState) -> list[str]:
    """Short labels of the active filters, for the caption above results."""
    default = ViewState()
    labels = [f"{f.name}: {', '.join(getattr(view, f.name))}" for f in fields(view)
              if f.name in MULTI_PARAMS.values() and getattr(view, f.name)]
    if view.years != default.years:
        labels.append(f"years: {view.years[0]}–{view.years[1]}")
    if not view.inherited:
        labels.append("without inherited dates")
    if view.search.strip():
        labels.append(f"search: “{view.search.strip()}”")
    return labels
