"""The filtered event table; selecting a row selects the event on the timeline too."""
import streamlit as st

from components.corpus import load_session_corpus
from components.filters import apply_filters, render_sidebar
from components.source_panel import render_source_panel
from components.timeline_export import export_csv, export_json, export_timelinejs

TABLE_COLUMNS = ["date_start", "date_end", "precision", "event_type", "actors", "sentence", "date_text",
                 "date_basis", "countries", "outlet", "title", "published", "n_sources", "event_id"]

corpus = load_session_corpus()
view, shown = apply_filters(corpus, "events")
st.title("Events")
st.caption(f"{len(shown):,} events match the filters. Select a row to read its source below.")
table = shown[TABLE_COLUMNS].reset_index(drop=True)
# Row positions in the table's selection are mapped back to event ids on the next run.
st.session_state["events_table_ids"] = list(table["event_id"])
st.dataframe(
    table, key="events_table", on_select="rerun", selection_mode="single-row", hide_index=True, height=420,
    column_config={
        "date_start": st.column_config.DateColumn("from"), "date_end": st.column_config.DateColumn("to"),
        "published": st.column_config.DateColumn("published"),
        "sentence": st.column_config.TextColumn("sentence", width="large"),
    },
)
# Files are built when a button is clicked, not on every filter change.
cols = st.columns(3)
cols[0].download_button("Download CSV", lambda: export_csv(shown), "events.csv", "text/csv", key="events_csv")
cols[1].download_button("Download JSON", lambda: export_json(shown), "events.json", "application/json",
                        key="events_json")
cols[2].download_button(
    "Download TimelineJS JSON", lambda: export_timelinejs(shown, "US–China cyber engagement"), "timelinejs.json",
    "application/json", key="events_timelinejs", help="Load it in TimelineJS (timeline.knightlab.com).",
)
if view.event:
    render_source_panel(view.event, corpus.events, corpus.articles, hidden=view.event not in set(table["event_id"]))
render_sidebar(corpus, view, shown)
