"""Unit tests for the dashboard's pure functions: URL state, filtering, export, escaping, aggregation."""
import json
from dataclasses import replace

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from components.corpus import split_uploads
from loader.ingest import MAX_BYTES
from components.source_panel import build_article_html
from components.timeline_chart import (
    MAX_DRAWN_POINTS, TYPES_PER_KEY_LINE, build_counts, build_lane_frame, build_timeline_figure, build_type_key,
)
from components.timeline_export import build_timelinejs
from components.view_state import LANES, ViewState, build_query_params, filter_events, parse_query_params
from conftest import marked_text


@pytest.mark.parametrize("view", [
    ViewState(),
    ViewState(actors=("Xi Jinping", "Barack Obama"), years=(2014, 2015), lane="country", page="events"),
    ViewState(inherited=False, search="cyber & crime?", precisions=("day", "month")),
])
def test_view_round_trips_through_the_url(view, corpus):
    view = replace(view, actors=tuple(a for a in view.actors if a in corpus.options.actors),
                   event=corpus.events["event_id"].iloc[0])
    params = {k: v if isinstance(v, list) else [v] for k, v in build_query_params(view).items()}
    parsed, notices = parse_query_params(params, corpus.options)
    assert (parsed, notices) == (view, [])


@pytest.mark.parametrize("params, field, value", [
    ({"years": ["2016-2013"]}, "years", (2013, 2016)),
    ({"years": ["20x3-2016"]}, "years", (2013, 2016)),
    ({"inherited": ["yes"]}, "inherited", True),
    ({"lane": ["color"]}, "lane", "actor"),
    ({"page": ["admin"]}, "page", "timeline"),
    ({"event": ["<script>"]}, "event", ""),
    ({"precision": ["decade", "day"]}, "precisions", ("day",)),
])
def test_bad_values_fall_back_with_one_notice_each(params, field, value, corpus):
    view, notices = parse_query_params(params, corpus.options)
    assert getattr(view, field) == value
    assert len(notices) == sum(1 for v in sum(params.values(), []) if v != "day")


@pytest.mark.parametrize("view, keep", [
    (ViewState(types=("summit",)), lambda e: e["event_type"] == "summit"),
    (ViewState(inherited=False), lambda e: e["date_basis"] != "inherited"),
    (ViewState(years=(2015, 2015)), lambda e: (e["date_start"].dt.year <= 2015) & (e["date_end"].dt.year >= 2015)),
    # The date expression is searched too: 'Tuesday' finds the events that inherited that date.
    (ViewState(search="TUESDAY"), lambda e: e["sentence"].str.contains("Tuesday") | (e["date_text"] == "Tuesday")),
    (ViewState(countries=("France",)), lambda e: e["countries"].str.split(";").map(lambda c: "France" in c)),
])
def test_filter_events(view, keep, corpus):
    events = corpus.events
    assert list(filter_events(events, view)["event_id"]) == list(events[keep(events)]["event_id"])


def test_undated_events_pass_the_year_filter(corpus):
    events = corpus.events.copy()
    events.loc[events.index[0], ["date_start", "date_end"]] = pd.NaT
    shown = filter_events(events, ViewState(years=(2016, 2016)))
    assert events["event_id"].iloc[0] in set(shown["event_id"])


@pytest.mark.parametrize("payload", [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><b>bold</b>', "&lt;already escaped&gt;",
])
def test_article_text_is_escaped(payload):
    text = f"Intro. {payload} Outro."
    body = build_article_html(text, json.dumps([[0, 6, "title", ""], [7, len(text), "body", ""]]),
                              [(7, 7 + len(payload), "e1", "evidence")])
    for tag in ("<script", "<img", "<b>", "&lt;already"):
        assert tag not in body
    assert marked_text(body) == [payload]


def test_overlapping_marks_keep_every_event_id():
    body = build_article_html("abcdefghij", "[]", [(0, 6, "a", "event"), (4, 10, "b", "evidence")])
    assert 'data-event="a"' in body and 'data-event="a b"' in body and 'data-event="b"' in body
    assert marked_text(body, "event") == ["abcd"] and marked_text(body, "evidence") == ["ef", "ghij"]


@pytest.mark.parametrize("precision, expected_keys", [
    ("day", {"year", "month", "day"}), ("month", {"year", "month"}), ("year", {"year"}),
])
def test_timelinejs_dates_keep_their_precision(precision, expected_keys, corpus):
    events = corpus.events.head(3).assign(precision=precision)
    doc = build_timelinejs(events, "t")
    assert len(doc["events"]) == 3
    for slide, (_, e) in zip(doc["events"], events.iterrows()):
        assert set(slide["start_date"]) == expected_keys
        assert slide["unique_id"] == e["event_id"] and slide["group"] == e["event_type"]
        assert int(slide["start_date"]["year"]) == e["date_start"].year
        assert ("end_date" in slide) == (e["date_end"] != e["date_start"])


def test_oversize_uploads_are_refused_by_name():
    kept, refused = split_uploads([("a.txt", b"x"), ("big.txt", b"x" * (MAX_BYTES + 1)), ("b.md", b"y")])
    assert [n for n, _ in kept] == ["a.txt", "b.md"]
    assert len(refused) == 1 and refused[0].startswith("big.txt")


@pytest.mark.parametrize("copies", [1, MAX_DRAWN_POINTS // 40 + 2])
def test_too_many_points_are_aggregated(copies, corpus):
    events = pd.concat([corpus.events.assign(event_id=corpus.events["event_id"] + f"-{i}") for i in range(copies)])
    fig, n_points, aggregated = build_timeline_figure(events, "actor", (2013, 2016), "", corpus.titles, corpus.options.types)
    assert n_points == len(build_lane_frame(events, "actor", corpus.titles))
    assert aggregated == (n_points > MAX_DRAWN_POINTS)
    if aggregated:
        heatmap = fig.data[0]
        assert heatmap.type == "heatmap" and len(fig.data) == 1
        assert np.nansum(heatmap.z) == n_points  # every point counted once, in its lane and month
        assert heatmap.z.shape == (len(heatmap.y), len(heatmap.x)) == (len(set(corpus.events["actors"].str.split(";").explode())), 48)
    else:
        assert sum(len(trace.x) for trace in fig.data) >= n_points


@pytest.mark.parametrize("lane", list(LANES))
@pytest.mark.parametrize("copies", [1, MAX_DRAWN_POINTS // 40 + 2])
def test_timeline_figure_is_valid_plotly(lane, copies, corpus):
    # The dashboard skips Plotly's validation for speed; this is where a bad property would show.
    events = pd.concat([corpus.events.assign(event_id=corpus.events["event_id"] + f"-{i}") for i in range(copies)])
    fig, _, _ = build_timeline_figure(events, lane, (2013, 2016), events["event_id"].iloc[0], corpus.titles,
                                      corpus.options.types)
    go.Figure(fig.to_dict())  # raises on any invalid property or value


@pytest.mark.parametrize("n_types, lines", [(1, 1), (TYPES_PER_KEY_LINE, 1), (TYPES_PER_KEY_LINE + 1, 2)])
def test_type_key_wraps_and_escapes(n_types, lines):
    types = ["<b>t</b>"] + [f"type{i}" for i in range(1, n_types)]
    key = build_type_key(types, {t: f"#00000{i % 10}" for i, t in enumerate(types)})["text"]
    assert key.count("■") == n_types and key.count("<br>") == lines - 1
    assert "&lt;b&gt;t&lt;/b&gt;" in key and "<b>t" not in key


def test_counts_name_the_most_frequent_types_first():
    day = pd.Timestamp("2015-09-25")
    lanes = pd.DataFrame({
        "lane": ["Xi"] * 6 + ["Obama"],
        "date_start": [day] * 5 + [day + pd.Timedelta(days=40), day],
        "event_type": ["talks", "attack", "attack", "agreement", "sanction", "talks", "talks"],
    })
    counts = build_counts(lanes, (2013, 2016)).set_index(["lane", "period"])
    assert counts.loc[("Xi", pd.Timestamp("2015-09-01")), "count"] == 5
    assert counts.loc[("Xi", pd.Timestamp("2015-09-01")), "types"] == "attack, agreement, sanction"
    assert counts.loc[("Xi", pd.Timestamp("2015-11-01")), "types"] == "talks"
    assert counts.loc[("Obama", pd.Timestamp("2015-09-01")), "types"] == "talks"
