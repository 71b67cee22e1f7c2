"""Every article with its status and publication date; read one with all its events marked."""
import streamlit as st

from components.corpus import load_session_corpus
from components.filters import apply_filters, render_sidebar
from components.source_panel import build_article_html, describe_published, escape_markdown

corpus = load_session_corpus()
view, shown = apply_filters(corpus, "articles")
articles = corpus.articles
st.title("Articles")
st.caption(f"{len(articles)} articles loaded; {int((articles['status'] != 'ok').sum())} not fully usable "
           "(see Data quality).")
st.dataframe(
    articles[["article", "status", "outlet", "title", "published", "published_basis", "published_text",
              "n_events", "error"]],
    hide_index=True, key="articles_table",
    column_config={"published": st.column_config.DateColumn("published")},
)
name = st.selectbox("Read an article", list(articles["article"]), key="articles_read",
                    format_func=lambda a: f"{corpus.titles.get(a) or a} ({a})")
article = articles.loc[articles["article"] == name].iloc[0]
events = corpus.events[corpus.events["article"] == name]
st.markdown(f"**{escape_markdown(article['outlet'] or 'unknown outlet')}** · status {article['status']} · "
            f"{len(events)} events")
st.caption(escape_markdown(describe_published(article)))
marks = [(int(e.char_start), int(e.char_end), e.event_id, "evidence" if e.event_id == view.event else "event")
         for e in events.itertuples()]
st.html(build_article_html(article["text"], article["blocks"], marks))
render_sidebar(corpus, view, shown)
