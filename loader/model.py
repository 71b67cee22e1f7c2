"""The loader's value types: frozen, so every stage after ingest is a pure function."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Block:
    """A stretch of the original text, classified by the cleaner."""

    start: int
    end: int
    kind: str  # body / caption / title / boilerplate / duplicate / dateline
    reason: str = ""


@dataclass(frozen=True)
class SourceFile:
    """What ingest hands inward: decoded text (or why there is none) plus file-level metadata."""

    name: str
    text: str | None
    error: str = ""
    # Metadata given outside the body text (manifest row, front matter, <title>/<meta>):
    # keys among title, outlet, url, published; values as written.
    meta: tuple[tuple[str, str], ...] = ()
    meta_basis: tuple[tuple[str, str], ...] = ()  # key -> "manifest" / "front-matter" / "html"

    def get(self, key: str) -> str:
        return dict(self.meta).get(key, "")

    def basis(self, key: str) -> str:
        return dict(self.meta_basis).get(key, "")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str  # TIMEX3 value: 2015-12-01, 2015-09, 2016, 2013-W11, PAST_REF, P1M ...
    type: str  # DATE / TIME / DURATION / SET
    date_start: date | None
    date_end: date | None
    precision: str  # day/week/month/quarter/season/year/"" for references and durations
    basis: str  # explicit / relative / reference
    how: str = ""  # plain words: how the value was derived
    # "since": the range starts here and runs on to publication ("since 2008");
    # "before": an open end ("before September"): neither is an event on its own.
    bound: str = ""
    # A range ("from Wednesday to Saturday", "June 7-8") keeps its ends as TIMEX3 would tag them.
    parts: tuple["DateMention", ...] = ()


# Publication-date bases the article itself does not state: the reader should know the date is weaker.
UNSTATED_PUBLISHED = ("month", "file-name", "inferred", "none")


@dataclass(frozen=True)
class Article:
    name: str
    text: str  # decoded original text; every offset points into it
    status: str  # ok / empty / error / undated
    error: str = ""
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: date | None = None
    published_basis: str = "none"  # manifest / byline / front-matter / url / month / file-name / inferred / none
    published_text: str = ""  # the evidence: "Updated: 2015-12-03 08:35", or what it was inferred from
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True)
class Event:
    event_id: str
    article: str
    date_start: date | None
    date_end: date | None
    precision: str
    date_text: str
    date_value: str
    date_basis: str  # explicit / relative / inherited / inferred / reference
    date_how: str
    event_type: str
    actors: tuple[str, ...]
    countries: tuple[str, ...]
    sentence: str
    char_start: int
    char_end: int
    is_caption: bool = False
    cluster_id: str = ""
    n_sources: int = 1
    extra: tuple[tuple[str, str], ...] = field(default=())
