"""Who acts when, and with whom."""
import streamlit as st

from components.actor_charts import build_actor_years, build_co_occurrence, draw_heatmap
from components.corpus import load_session_corpus
from components.filters import apply_filters, render_sidebar

corpus = load_session_corpus()
view, shown = apply_filters(corpus, "actors")
st.title("Actors")
years = build_actor_years(shown)
if years.empty:
    st.info("No dated events with actors match the filters.")
else:
    st.subheader("Events per actor and year")
    st.plotly_chart(draw_heatmap(years, "year"), key="actors_years")
pairs = build_co_occurrence(shown)
st.subheader("Who appears with whom")
if pairs.empty:
    st.info("No event in view names two actors.")
else:
    st.caption("Number of events naming both actors.")
    st.plotly_chart(draw_heatmap(pairs, "actor"), key="actors_pairs")
render_sidebar(corpus, view, shown)
