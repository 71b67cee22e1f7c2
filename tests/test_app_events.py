"""AppTest: the Events page — the filtered table, row selection, downloads."""

from conftest import chart_event_ids, marked_text, run_page, shown_count, source_html


def table_ids(at) -> list[str]:
    return list(at.dataframe(key="events_table").value["event_id"])


def test_table_lists_the_filtered_events(corpus):
    at = run_page("events")
    assert sorted(table_ids(at)) == sorted(corpus.events["event_id"])
    event_type = corpus.options.types[0]
    at.multiselect(key="filter_type").set_value([event_type]).run()
    expected = corpus.events[corpus.events["event_type"] == event_type]
    assert sorted(table_ids(at)) == sorted(expected["event_id"])
    assert shown_count(at) == len(expected)


def test_row_selection_selects_on_the_timeline_too(corpus):
    at = run_page("events")
    row = 2
    chosen = table_ids(at)[row]
    at.session_state["events_table"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    event = corpus.events.set_index("event_id").loc[chosen]
    text = corpus.articles.set_index("article").loc[event["article"], "text"]
    assert marked_text(source_html(at)) == [text[event["char_start"]:event["char_end"]]]
    assert at.query_params["event"] == chosen
    at.switch_page("app_pages/timeline.py").run()
    assert at.query_params["event"] == chosen
    assert marked_text(source_html(at)) == [text[event["char_start"]:event["char_end"]]]
    assert chosen in chart_event_ids(at)


def test_downloads_hold_the_filtered_events(corpus):
    outlet = corpus.options.outlets[0]
    at = run_page("events", params={"outlet": outlet, "page": "events"})
    expected = set(corpus.events.loc[corpus.events["outlet"] == outlet, "event_id"])
    buttons = {b.proto.label: b for b in at.get("download_button")}
    assert set(buttons) == {"Download CSV", "Download JSON", "Download TimelineJS JSON"}
    assert set(table_ids(at)) == expected
