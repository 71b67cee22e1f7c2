"""How dates are derived, and how far to trust them: accuracy on the seed gold events, computed live."""
import pandas as pd
import streamlit as st

from components.accuracy_report import GOLD_PATH, measure_accuracy, summarize_accuracy
from components.corpus import load_session_corpus
from components.filters import apply_filters, render_sidebar

corpus = load_session_corpus()
view, shown = apply_filters(corpus, "about")
st.title("About / Method")
st.markdown("""
Each article is read as it was scraped. The loader first separates the story from the page around it
(menus, link lists, captions, repeated paragraphs; see **Data quality**), finds the publication date
(from a manifest, the byline such as *Updated: 2015-12-03 08:35*, front matter, the URL or, last, a date in the
file's name, and says which),
then finds every date expression in the story and turns it into a calendar range:

- **explicit**: the text names the date (*December 1, 2015*, *Dec. 7, 2016*, *September 2015*).
- **relative**: counted from the publication date (*Tuesday*, *June 7-8* without a year, *last month*, *later this year*): the
  hover text and source panel say from which date and how. A weekday is the last one before publication in a
  sentence told in the past (*met Tuesday*), the next one in a plan or schedule (*will meet Tuesday*, *meet Tuesday*,
  *postponed until Tuesday*). In a live blog, an e-mail or a feed, relative words count from the stamp of their entry
  (*Date: Thu, May 19, 2016* over a forwarded issue); in a story told in an earlier year, *That March* and a
  month after *In February 2013, …* stay in that year. A deadline (*by the end of the year*) is any day up to it.
- **inherited**: the sentence has no date of its own and takes the date of the event it continues.
- **inferred**: the sentence matches a well-known dated event (`data/reference_events.csv`, with its source),
  or a relative date was counted from a publication date that was itself inferred; listed on the Data quality page.
- **undated**: the article gives no publication date and none could be inferred, so a relative date cannot be
  placed: the event is listed, not drawn, and never guessed.

Every event keeps its **precision** (day, week, month, quarter, season, year): a month-precise event is
drawn as a faint span over the whole month, never as a made-up day. An event is a sentence with a
date of its own, or one that names an actor and an action (summit, dialogue, agreement, statement…) and
continues a dated narrative; its type comes from a transparent keyword list; reports of the same event in
several articles are grouped, and disagreements about its date are shown side by side.
""")

st.subheader("Measured accuracy")
gold = pd.read_csv(GOLD_PATH, dtype=str, keep_default_na=False)
report = measure_accuracy(corpus.events, gold)
summary = summarize_accuracy(report)
cols = st.columns(3)
cols[0].metric("Gold events found", f"{summary['found']} / {summary['gold events']} ({summary['recall']:.0%})")
cols[1].metric("Dates exactly right", f"{summary['dates right']} / {summary['gold events']} ({summary['date accuracy']:.0%})")
cols[2].metric("Precision right", f"{summary['precision right']} / {summary['gold events']}")
st.caption(f"Computed now from the loader's output on data/articles against {len(gold)} hand-checked events "
           "(tests/gold_events.csv). It is a small seed set: read it as a sanity check, not a guarantee.")
st.dataframe(report, hide_index=True, key="about_accuracy")
render_sidebar(corpus, view, shown)
