"""Home: the timeline, and the source of the event clicked."""
import streamlit as st

from components.chart_frame import render_chart_frame

st.title("US–China cyber engagement, 2013–2016")
notices, lanes = st.container(), st.empty()
chart = render_chart_frame()

# Imported once the frame is on its way to the browser: they pull in pandas and the loader (see chart_frame).
from components.corpus import load_session_corpus  # noqa: E402
from components.filters import apply_filters, render_sidebar  # noqa: E402
from components.source_panel import render_source_panel  # noqa: E402
from components.timeline_chart import render_timeline_chart  # noqa: E402
from components.view_state import LANES  # noqa: E402

corpus = load_session_corpus()
with notices:
    view, shown = apply_filters(corpus, "timeline")
lanes.radio("Lanes", list(LANES), format_func=LANES.get, key="timeline_lane", horizontal=True)
with chart.container():
    render_timeline_chart(shown, view, corpus.titles, corpus.options.types)
if view.event:
    render_source_panel(view.event, corpus.events, corpus.articles, hidden=view.event not in set(shown["event_id"]))
else:
    st.info("Click an event on the timeline to read the sentence it came from and how it was dated.")
render_sidebar(corpus, view, shown)
