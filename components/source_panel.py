"""The source panel: an article's text with its evidence highlighted, where the date came from, and the
other articles that report the same event. All article text is HTML-escaped before it is shown."""
from __future__ import annotations

import html
import json
from itertools import groupby, pairwise

import pandas as pd
import streamlit as st

from components.filters import clear_selection
from loader import format_span

BLOCK_STYLES = {
    "title": "font-weight:600;font-size:1.1em",
    "caption": "font-style:italic;color:#555",
    "dateline": "color:#555",
    "boilerplate": "color:#aaa;font-size:0.85em",
    "duplicate": "color:#aaa;font-size:0.85em;text-decoration:line-through",
}
MARK_STYLES = {
    "evidence": "background:#ffe066;padding:1px 0;border-bottom:2px solid #d62728",
    "event": "background:#e7f1ff;border-bottom:1px dotted #1f77b4",
}
PUBLISHED_BASIS_WORDS = {
    "manifest": "which the corpus manifest gives",
    "byline": "which the byline gives",
    "front-matter": "which the file's front matter gives",
    "url": "which the article's URL gives",
    "month": "the first day of the month the article names (it gives no day)",
    "file-name": "which the file's name gives",
    "inferred": "inferred from",
}


def build_article_html(text: str, blocks_json: str, marks: list[tuple[int, int, str, str]]) -> str:
    """The article as escaped HTML. marks: (start, end, event_id, 'evidence' | 'event'); where marks overlap,
    one <mark> lists all their event ids (data-event) and is an evidence mark if any of them is. Removed blocks (boilerplate, duplicates) stay visible, greyed, so nothing is hidden."""
    blocks = json.loads(blocks_json or "[]")
    size = len(text)
    cuts = {0, size}
    for start, end, *_ in blocks:
        cuts.update((min(max(start, 0), size), min(max(end, 0), size)))
    for start, end, *_ in marks:
        cuts.update((min(max(start, 0), size), min(max(end, 0), size)))

    def block_at(pos: int) -> tuple[str, str]:
        for start, end, kind, reason in blocks:
            if start <= pos < end:
                return kind, reason
        return "body", ""

    def marks_at(pos: int) -> tuple[tuple[str, ...], str] | None:
        covering = [(event_id, kind) for start, end, event_id, kind in marks if start <= pos < end]
        if not covering:
            return None
        kind = "evidence" if any(k == "evidence" for _, k in covering) else "event"
        return tuple(event_id for event_id, _ in covering), kind

    segments = [(marks_at(a), *block_at(a), text[a:b]) for a, b in pairwise(sorted(cuts)) if b > a]
    parts = []
    for mark, group in groupby(segments, key=lambda s: s[0]):
        inner = "".join(
            f'<span style="{BLOCK_STYLES.get(kind, "")}"' + (f' title="{html.escape(f"removed: {kind} — {reason}")}"' if kind in ("boilerplate", "duplicate") else "")
            + f">{html.escape(chunk)}</span>"
            for _, kind, reason, chunk in group
        )
        if mark:
            event_ids, kind = mark
            inner = (f'<mark class="{kind}" data-event="{html.escape(" ".join(event_ids))}" '
                     f'style="{MARK_STYLES[kind]}">{inner}</mark>')
        parts.append(inner)
    return (
        '<div class="source-text" style="white-space:pre-wrap;font-family:Georgia,serif;line-height:1.55;'
        'border:1px solid #ddd;border-radius:6px;padding:0.8em 1em;max-width:52em">' + "".join(parts) + "</div>"
    )


def describe_published(article: pd.Series) -> str:
    if pd.isna(article["published"]):
        return "No publication date was found" + (f" ({article['published_text']})" if article["published_text"] else "") + "."
    words = PUBLISHED_BASIS_WORDS.get(article["published_basis"], f"from {article['published_basis']}")
    evidence = f" “{article['published_text']}”" if article["published_text"] else ""
    return f"Publication date {article['published'].date().isoformat()}, {words}{evidence}."


def describe_provenance(event: pd.Series) -> str:
    """The date's derivation in the loader's words, or its expression and basis when it gave none."""
    return str(event["date_how"]).strip() or f"“{event['date_text']}” ({event['date_basis']})"


def format_dates(event: pd.Series) -> str:
    return format_span(event["date_start"], event["date_end"], event["precision"])


def render_cluster(event: pd.Series, events: pd.DataFrame) -> None:
    if not event["cluster_id"]:
        return
    others = events[(events["cluster_id"] == event["cluster_id"]) & (events["article"] != event["article"])]
    if others.empty:
        return
    n_articles, n_sentences = others["article"].nunique(), len(others)
    st.markdown(f"**Also reported by {n_articles} other article{'s' * (n_articles > 1)}**"
                + (f", in {n_sentences} sentences" if n_sentences > n_articles else ""))
    table = pd.DataFrame({
        "outlet": others["outlet"], "title": others["title"],
        "dates": others.apply(format_dates, axis=1), "precision": others["precision"],
        "date expression": others["date_text"], "sentence": others["sentence"],
    })
    mine = format_dates(event)
    table.insert(3, "this event", mine)
    table["agrees"] = table["dates"] == mine
    if not table["agrees"].all():
        st.warning(f"The sources disagree on the date: this article gives {mine}; see the table.")
    st.dataframe(table, hide_index=True, key="source_cluster")


def render_source_panel(event_id: str, events: pd.DataFrame, articles: pd.DataFrame, hidden: bool) -> None:
    """The selected event beside its source article."""
    event = events.loc[events["event_id"] == event_id].iloc[0]
    article = articles.loc[articles["article"] == event["article"]].iloc[0]
    with st.container(border=True, key="source_panel"):
        heading, close = st.columns([12, 1], vertical_alignment="center")
        heading.subheader(escape_markdown(article["title"] or article["article"]))
        close.button("Close", key="source_close", on_click=clear_selection, help="Deselect this event")
        st.caption(escape_markdown(f"{article['outlet'] or 'unknown outlet'} · file {article['article']} · "
                                   + describe_published(article)))
        if hidden:
            st.info("The current filters hide this event; it stays selected.")
        st.markdown(f"**{format_dates(event)}** ({event['date_basis']} date) · "
                    + escape_markdown(f"{event['event_type']} · {event['actors'].replace(';', ', ') or 'no actors named'}"))
        st.markdown("**Evidence:** " + escape_markdown(event["sentence"]))
        st.markdown("**How it was dated:** " + escape_markdown(describe_provenance(event)))
        render_cluster(event, events)
        st.html(build_article_html(article["text"], article["blocks"],
                                   [(int(event["char_start"]), int(event["char_end"]), event_id, "evidence")]))


def escape_markdown(text: str) -> str:
    """Text from articles goes through st.markdown here: neutralise markdown and HTML syntax."""
    text = html.escape(text, quote=False)
    return "".join("\\" + c if c in "\\`*_{}[]()#+-.!|~>$" else c for c in text)
