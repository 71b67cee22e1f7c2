"""The loader's front door: files in, (events, articles) DataFrames out."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Iterable

import pandas as pd

from .catalog import Catalog
from .clean import find_blocks
from .cluster import cluster_events
from .events import build_events
from .infer import infer_published
from .ingest import read_catalog, read_sources, read_uploads
from .model import Article, Event, SourceFile
from .published import find_published
from .table import build_article_frame, build_event_frame

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def build_article(source: SourceFile) -> Article:
    if source.text is None:
        return Article(source.name, "", "error", source.error, title=source.get("title"),
                       outlet=source.get("outlet"), url=source.get("url"))
    if not source.text.strip():
        return Article(source.name, source.text, "empty", source.error or "no text in the file")
    blocks = find_blocks(source.text)
    published, basis, evidence = find_published(source.text, blocks, source)
    title = source.get("title") or next(
        (source.text[b.start:b.end] for b in blocks if b.kind == "title"), "")
    if not any(b.kind == "body" for b in blocks):
        return Article(source.name, source.text, "empty", "no article body found (only page chrome)",
                       title=title, outlet=source.get("outlet"), url=source.get("url"),
                       published=published, published_basis=basis, published_text=evidence,
                       blocks=blocks)
    return Article(source.name, source.text, "ok", "", title=title, outlet=source.get("outlet"),
                   url=source.get("url"), published=published, published_basis=basis,
                   published_text=evidence, blocks=blocks)


def build_corpus(sources: Iterable[SourceFile], catalog: Catalog) -> tuple[list[Article], list[Event]]:
    """The pure pipeline: articles (with publication dates, inferred where needed) and events.

    A loader bug on one article costs that article only: it is listed as an error with the reason."""
    built = []
    for s in sources:
        try:
            built.append(build_article(s))
        except Exception as exc:  # noqa: BLE001 - any bug, reported on the article's row
            built.append(Article(s.name, s.text or "", "error", _bug_report("reading the article", exc)))
    articles, events = [], []
    for a in infer_published(built, catalog.references):
        try:
            events += build_events(a, catalog)
        except Exception as exc:  # noqa: BLE001
            a = replace(a, status="error", error=_bug_report("finding its events", exc))
        articles.append(a)
    return articles, cluster_events(events)


def _bug_report(stage: str, exc: Exception) -> str:
    return f"the loader failed while {stage} ({type(exc).__name__}: {exc}); please report this file as a bug"


def load_sources(sources: Iterable[SourceFile], catalog: Catalog) -> tuple[pd.DataFrame, pd.DataFrame]:
    articles, events = build_corpus(sources, catalog)
    by_name = {a.name: a for a in articles}
    return build_event_frame(events, by_name), build_article_frame(articles, events)


def load_corpus(path: str | Path, *, extra: Iterable[tuple[str, bytes]] = ()) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Load every article in folder `path`, plus `extra` uploads given as (file name, bytes)."""
    return load_sources(read_sources(path) + read_uploads(extra), read_catalog(DATA_DIR))
