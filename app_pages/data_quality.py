"""Everything the loader could not date, inferred, inherited, skipped or removed, in one place."""
import streamlit as st

from components.corpus import load_session_corpus
from components.filters import apply_filters, render_sidebar

corpus = load_session_corpus()
view, shown = apply_filters(corpus, "data_quality")
articles, events = corpus.articles, corpus.events
st.title("Data quality")
st.caption("Nothing the loader skipped, guessed or removed is hidden: it is listed here.")

failed = articles[articles["status"] != "ok"]
st.subheader(f"Articles not fully loaded ({len(failed)})")
if failed.empty:
    st.success("Every article was read and dated.")
else:
    st.dataframe(failed[["article", "status", "error", "title"]], hide_index=True, key="quality_failed")
for message in st.session_state.get("upload_refused", []):
    st.error(f"Upload refused: {message}")

weak = corpus.unstated_published()
st.subheader(f"Publication date not stated in the article ({len(weak)})")
st.caption("Only a month given, taken from the file's name, inferred, or missing: relative dates ('Tuesday', 'last month') in these "
           "articles are counted from that date, or not at all.")
st.dataframe(weak[["article", "title", "published", "published_basis", "published_text"]], hide_index=True,
             key="quality_published", column_config={"published": st.column_config.DateColumn("published")})

DATES = {"date_start": st.column_config.DateColumn("from"), "date_end": st.column_config.DateColumn("to")}
for basis, label in (("inherited", "Events with inherited dates"), ("inferred", "Events with inferred dates")):
    part = events[events["date_basis"] == basis]
    st.subheader(f"{label} ({len(part)})")
    st.dataframe(part[["article", "date_start", "date_end", "precision", "date_how", "sentence"]],
                 hide_index=True, key=f"quality_{basis}", column_config=DATES)

undated = events[events["date_start"].isna()]
st.subheader(f"Undated events ({len(undated)})")
st.dataframe(undated[["article", "date_text", "date_basis", "date_how", "sentence"]], hide_index=True,
             key="quality_undated")

removed = articles[articles["removed"] != ""]
st.subheader(f"Text removed before dating ({len(removed)} articles)")
st.caption("Boilerplate (menus, link lists, share buttons) and repeated paragraphs; greyed in the article view.")
st.dataframe(removed[["article", "title", "removed"]], hide_index=True, key="quality_removed")
render_sidebar(corpus, view, shown)
