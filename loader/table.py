"""The two tables the loader produces; their columns are defined here and nowhere else."""
from __future__ import annotations

import json

import pandas as pd

from .model import Article, Event

# The output contract (CLI, dashboard, other tools): keep these names.
EVENT_COLUMNS = [
    "event_id", "article", "date_start", "date_end", "precision", "date_text", "date_value",
    "date_basis", "date_how", "event_type", "actors", "countries", "sentence", "char_start",
    "char_end", "is_caption", "title", "outlet", "published", "published_basis", "cluster_id",
    "n_sources",
]
ARTICLE_COLUMNS = [
    "article", "status", "error", "title", "outlet", "url", "published", "published_basis",
    "published_text", "n_events", "removed",
]
# Kept in memory for the dashboard (reading an article in place), left out of the CSV files.
ARTICLE_TEXT_COLUMNS = ["text", "blocks"]


def format_span(start, end, precision: str) -> str:
    """An event's dates as a reader says them, at their precision: "2015-12-01", "2015-09-09 – 2015-09-12",
    "December 2015", "2015", "2015-10-01 – 2015-12-31 (quarter)"; "undated" without a start.
    Takes dates or Timestamps; a missing end is the start."""
    if pd.isna(start):
        return "undated"
    end = start if pd.isna(end) else end
    if precision == "year":
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if precision == "month":
        first, last = f"{start:%B %Y}", f"{end:%B %Y}"
        return first if first == last else f"{first} – {last}"
    first, last = f"{start:%Y-%m-%d}", f"{end:%Y-%m-%d}"
    span = first if first == last else f"{first} – {last}"
    return span if precision in ("day", "") else f"{span} ({precision})"


def _iso(d) -> str | None:
    return d.isoformat() if d else None


def build_event_frame(events: list[Event], articles: dict[str, Article]) -> pd.DataFrame:
    rows = []
    for e in events:
        a = articles[e.article]
        rows.append({
            "event_id": e.event_id, "article": e.article,
            "date_start": _iso(e.date_start), "date_end": _iso(e.date_end),
            "precision": e.precision, "date_text": e.date_text, "date_value": e.date_value,
            "date_basis": e.date_basis, "date_how": e.date_how, "event_type": e.event_type,
            "actors": ";".join(e.actors), "countries": ";".join(e.countries),
            "sentence": e.sentence, "char_start": e.char_start, "char_end": e.char_end,
            "is_caption": e.is_caption, "title": a.title, "outlet": a.outlet,
            "published": _iso(a.published), "published_basis": a.published_basis,
            "cluster_id": e.cluster_id, "n_sources": e.n_sources,
        })
    df = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    for col in ("date_start", "date_end", "published"):
        df[col] = pd.to_datetime(df[col], format="ISO8601")
    df["char_start"] = df["char_start"].astype("int64")
    df["char_end"] = df["char_end"].astype("int64")
    df["n_sources"] = df["n_sources"].astype("int64")
    df["is_caption"] = df["is_caption"].astype(bool)
    return df


def summarize_removed(article: Article) -> str:
    """'duplicate: 13 paragraphs, 2,310 chars; boilerplate: ...' for the data-quality page."""
    counts: dict[str, list[int]] = {}
    for b in article.blocks:
        if b.kind in ("boilerplate", "duplicate"):
            c = counts.setdefault(b.kind, [0, 0])
            c[0] += 1
            c[1] += b.end - b.start
    return "; ".join(f"{k}: {n} blocks, {chars:,} chars" for k, (n, chars) in sorted(counts.items()))


def build_article_frame(articles: list[Article], events: list[Event]) -> pd.DataFrame:
    n_events: dict[str, int] = {}
    for e in events:
        n_events[e.article] = n_events.get(e.article, 0) + 1
    rows = []
    for a in articles:
        rows.append({
            "article": a.name, "status": a.status, "error": a.error, "title": a.title,
            "outlet": a.outlet, "url": a.url, "published": _iso(a.published),
            "published_basis": a.published_basis, "published_text": a.published_text,
            "n_events": n_events.get(a.name, 0), "removed": summarize_removed(a),
            "text": a.text,
            "blocks": json.dumps([[b.start, b.end, b.kind, b.reason] for b in a.blocks]),
        })
    df = pd.DataFrame(rows, columns=ARTICLE_COLUMNS + ARTICLE_TEXT_COLUMNS)
    df["published"] = pd.to_datetime(df["published"], format="ISO8601")
    df["n_events"] = df["n_events"].astype("int64")
    return df
