"""The one cache over the loader, plus the session's uploaded articles."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

import loader
from components.view_state import CorpusOptions, build_options
from loader.ingest import MAX_BYTES

# Relative to the repository, so the same code runs locally and on Community Cloud.
CORPUS_DIR = Path(__file__).resolve().parent.parent / "data" / "articles"
UPLOAD_TYPES = ["txt", "html", "htm", "md"]


@dataclass(frozen=True)
class Corpus:
    events: pd.DataFrame
    articles: pd.DataFrame
    options: CorpusOptions
    titles: dict[str, str]  # article file -> its title, for lanes and pickers

    def unstated_published(self) -> pd.DataFrame:
        """Articles whose publication date the article does not state (file name, inferred, missing)."""
        return self.articles[self.articles["published_basis"].isin(loader.UNSTATED_PUBLISHED)]


@st.cache_data(ttl="6h", max_entries=32, show_spinner="Reading articles…")
def load_cached_corpus(path: str, extra: tuple[tuple[str, bytes], ...]) -> Corpus:
    # Keyed on the uploads' bytes, so every session with the same files shares one result.
    events, articles = loader.load_corpus(path, extra=list(extra))
    return Corpus(events=events, articles=articles, options=build_options(events),
                  titles=dict(zip(articles["article"], articles["title"])))


def split_uploads(files: list[tuple[str, bytes]]) -> tuple[tuple[tuple[str, bytes], ...], list[str]]:
    """Uploads small enough to read, and a message for each one refused. The loader's own limit, checked
    here so an oversize file never becomes part of the cache key."""
    kept, refused = [], []
    for name, data in files:
        if len(data) > MAX_BYTES:
            refused.append(f"{name}: {len(data) / 1e6:.1f} MB is over the {MAX_BYTES / 1e6:.0f} MB limit per article; not loaded.")
        else:
            kept.append((name, data))
    return tuple(kept), refused


def store_uploads() -> None:
    """on_change of the uploader: remember the files for the session, beyond this page's widget."""
    files = st.session_state.get("upload_files") or []
    kept, refused = split_uploads([(f.name, f.getvalue()) for f in files])
    st.session_state["uploads"] = kept
    st.session_state["upload_refused"] = refused


def clear_uploads() -> None:
    st.session_state["uploads"] = ()
    st.session_state["upload_refused"] = []
    st.session_state.pop("upload_files", None)


def load_session_corpus() -> Corpus:
    """The built-in corpus plus this session's uploads; stops the page with the reason if the loader fails."""
    extra = st.session_state.get("uploads", ())
    try:
        return load_cached_corpus(str(CORPUS_DIR), extra)
    except Exception as exc:  # the page cannot draw anything without events; say why instead of a traceback
        st.error(f"The articles could not be loaded: {type(exc).__name__}: {exc}")
        st.stop()
