"""Entry point: `streamlit run dashboard.py`. Sets up the page and navigates; the pages do the rest."""
from pathlib import Path

import streamlit as st

HERE = Path(__file__).resolve().parent

st.set_page_config(page_title="US–China cyber timeline", page_icon=":material/timeline:", layout="wide")
pages = {
    "timeline": st.Page(HERE / "app_pages/timeline.py", title="Timeline", icon=":material/timeline:", default=True),
    "events": st.Page(HERE / "app_pages/events.py", title="Events", icon=":material/table_rows:"),
    "articles": st.Page(HERE / "app_pages/articles.py", title="Articles", icon=":material/article:"),
    "actors": st.Page(HERE / "app_pages/actors.py", title="Actors", icon=":material/groups:"),
    "data_quality": st.Page(HERE / "app_pages/data_quality.py", title="Data quality", icon=":material/fact_check:"),
    "about": st.Page(HERE / "app_pages/about.py", title="About / Method", icon=":material/info:"),
}
current = st.navigation(list(pages.values()))
# A shared link names its page in ?page=; honour it once, on the session's first run.
if "routed" not in st.session_state:
    st.session_state["routed"] = True
    wanted = st.query_params.get("page")
    if wanted in pages and pages[wanted].url_path != current.url_path:
        st.switch_page(pages[wanted], query_params={k: st.query_params.get_all(k) for k in st.query_params})
current.run()
