"""The sidebar on every page: filters, uploads, event count and the link to the current view.

The view lives in st.session_state["view"] (a ViewState) and in the URL. Widgets are re-seeded from it on
each run, because a widget's own state is dropped on pages that do not draw it.
"""
from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from components.corpus import UPLOAD_TYPES, Corpus, clear_uploads, store_uploads
from components.view_state import (
    ViewState, build_query_params, describe_view, filter_events, parse_query_params, restrict_view,
)

# widget key -> ViewState field
WIDGET_FIELDS = {
    "filter_actor": "actors", "filter_country": "countries", "filter_years": "years",
    "filter_type": "types", "filter_outlet": "outlets", "filter_article": "articles",
    "filter_precision": "precisions", "filter_inherited": "inherited", "filter_search": "search",
    "timeline_lane": "lane",
}


def read_view(corpus: Corpus, page: str) -> ViewState:
    """The view for this run: from the URL on a session's first run, then from the widgets."""
    state = st.session_state
    if "view" not in state:
        params = {key: st.query_params.get_all(key) for key in st.query_params}
        view, notices = parse_query_params(params, corpus.options)
        state["view"] = view
        state["link_notices"] = notices
    view = state["view"]
    from_widgets = {name: state[key] for key, name in WIDGET_FIELDS.items() if key in state}
    from_widgets = {name: tuple(v) if isinstance(v, list) else v for name, v in from_widgets.items()}
    view = restrict_view(take_new_selection(replace(view, **from_widgets, page=page)), corpus.options)
    for key, name in WIDGET_FIELDS.items():
        value = getattr(view, name)
        state[key] = list(value) if name != "years" and isinstance(value, tuple) else value
    state["view"] = view
    return view


# Widgets whose selection picks the event shown in the source panel.
SELECTION_KEYS = ("timeline_chart", "events_table")


def read_selected_ids(key: str) -> tuple[str, ...]:
    """Event ids selected in a chart (customdata[0]) or table (row positions, mapped by the ids it showed)."""
    value = st.session_state.get(key)
    if not value:
        return ()
    selection = value["selection"]
    if "points" in selection:
        return tuple(p["customdata"][0] for p in selection["points"] if p.get("customdata") and p["customdata"][0])
    ids = st.session_state.get(f"{key}_ids", [])
    return tuple(ids[row] for row in selection.get("rows", []) if row < len(ids))


def take_new_selection(view: ViewState) -> ViewState:
    """A selection that changed since the last run becomes the selected event; an unchanged one is ignored, so a
    stale chart selection never overrides a later pick in the table (or in the URL)."""
    for key in SELECTION_KEYS:
        current = read_selected_ids(key)
        if current and current != st.session_state.get(f"{key}_seen", ()):
            view = replace(view, event=current[0])
        st.session_state[f"{key}_seen"] = current
    return view


def clear_selection() -> None:
    st.session_state["view"] = replace(st.session_state["view"], event="")


def apply_filters(corpus: Corpus, page: str) -> tuple[ViewState, pd.DataFrame]:
    """The view and the events it shows; draws only the notices about link values it ignored. Pages call this
    first and render_sidebar last, so the main content (the chart) reaches the browser first."""
    view = read_view(corpus, page)
    for notice in st.session_state.pop("link_notices", []):
        st.warning(notice, icon=":material/link_off:")
    return view, filter_events(corpus.events, view)


def render_sidebar(corpus: Corpus, view: ViewState, shown: pd.DataFrame) -> None:
    """Filters (their values are already in the view), event count, link to this view, uploads."""
    options = corpus.options
    sb = st.sidebar
    sb.text_input("Search text", key="filter_search", placeholder="words in the sentence, title, actors…")
    sb.multiselect("Actor", options.actors, key="filter_actor")
    sb.multiselect("Country", options.countries, key="filter_country")
    sb.slider("Years", *options.year_bounds, key="filter_years")
    sb.multiselect("Event type", options.types, key="filter_type")
    sb.multiselect("Outlet", options.outlets, key="filter_outlet")
    sb.multiselect("Article", options.articles, key="filter_article",
                   format_func=lambda name: corpus.titles.get(name) or name)
    sb.multiselect("Date precision", options.precisions, key="filter_precision")
    sb.checkbox("Include inherited dates", key="filter_inherited",
                help="Events dated only by the article's publication date or an earlier sentence.")
    sb.markdown(f"**{len(shown):,} of {len(corpus.events):,} events** match")
    active = describe_view(view)
    if active:
        sb.caption("Filters: " + "; ".join(active))
    render_view_link(view)
    render_uploads(corpus)


def render_view_link(view: ViewState) -> None:
    params = build_query_params(view)
    st.query_params.from_dict(params)
    query = urlencode(params, doseq=True)
    base = st.context.url or ""
    # A popover mounts its content only when opened: st.code's highlighter (1.5 MB of JS) stays off the first load.
    with st.sidebar.popover("Copy link to this view", icon=":material/link:", width="stretch"):
        st.code(f"{base}?{query}", language=None, wrap_lines=True)


def render_uploads(corpus: Corpus) -> None:
    sb = st.sidebar
    # In a popover, not an expander: an expander mounts the uploader (and its scripts) on every first load.
    # What the uploads gave is shown below it, so it stays visible while the popover is closed.
    with sb.popover("Add articles", icon=":material/upload_file:", width="stretch"):
        st.file_uploader(
            "Text, HTML or Markdown files; they are added for this session only.",
            type=UPLOAD_TYPES, accept_multiple_files=True, key="upload_files", on_change=store_uploads,
        )
    with sb:
        for message in st.session_state.get("upload_refused", []):
            st.error(message)
        uploads = st.session_state.get("uploads", ())
        if uploads:
            rows = corpus.articles.set_index("article")
            for name, _ in uploads:
                if name not in rows.index:
                    st.error(f"{name}: the loader returned no row for this file.")
                    continue
                row = rows.loc[name]
                if row["status"] == "ok":
                    st.success(f"{name}: {row['n_events']} events")
                else:
                    st.warning(f"{name}: {row['status']}" + (f" — {row['error']}" if row["error"] else ""))
            st.button("Remove uploaded articles", on_click=clear_uploads, key="upload_clear")
