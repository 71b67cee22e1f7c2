"""Home: the timeline, and the source of the event clicked."""
import streamlit as st

from components.corpus import load_session_corpus
from components.filters import apply_filters, render_sidebar
from components.source_panel import render_source_panel
from components.timeline_chart import render_timeline_chart
from components.view_state import LANES

corpus = load_session_corpus()
view, shown = apply_filters(corpus, "timeline")
st.title("US–China cyber engagement, 2013–2016")
st.radio("Lanes", list(LANES), format_func=LANES.get, key="timeline_lane", horizontal=True)
render_timeline_chart(shown, view, corpus.titles, corpus.options.types)
if view.event:
    render_source_panel(view.event, corpus.events, corpus.articles, hidden=view.event not in set(shown["event_id"]))
else:
    st.info("Click an event on the timeline to read the sentence it came from and how it was dated.")
render_sidebar(corpus, view, shown)
