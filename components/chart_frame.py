"""An empty frame where the timeline will be, drawn on a session's first run before the corpus is loaded.

Why: the browser fetches and evaluates Plotly's bundle (4.7 MB) only once a Plotly chart is on the page. Drawing
this frame first lets that happen while the server imports pandas and the loader and loads the corpus, which on a
fresh server takes about 0.4 s; otherwise the two waits add up. It imports nothing heavy (Streamlit has already
imported plotly).
"""
import plotly.graph_objects as go
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

BLANK = "rgba(0,0,0,0)"


def render_chart_frame(height: int = 320) -> DeltaGenerator:
    """A slot holding a blank chart on the session's first run (nothing on later runs, so a filter change never
    swaps the real chart out); fill it with `slot.container()`."""
    slot = st.empty()
    if not st.session_state.get("chart_frame_drawn"):
        st.session_state["chart_frame_drawn"] = True
        slot.plotly_chart(go.Figure(layout=dict(
            height=height, paper_bgcolor=BLANK, plot_bgcolor=BLANK,
            xaxis=dict(visible=False), yaxis=dict(visible=False))), config={"staticPlot": True})
    return slot
