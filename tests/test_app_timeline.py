"""AppTest: the Timeline page (home) — filters, lanes, URL state, selection and the source panel."""
import json

import pytest

from conftest import chart_event_ids, marked_text, run_page, shown_count, source_html


def actor_with_fewest_events(events) -> str:
    counts = events["actors"].str.split(";").explode().value_counts()
    counts = counts[counts.index != ""]
    return counts.index[-1]


def test_home_draws_every_dated_event(corpus):
    at = run_page()
    events = corpus.events
    assert shown_count(at) == len(events)
    in_range = events[events["date_start"].dt.year.between(2013, 2016)]
    assert chart_event_ids(at) == set(in_range["event_id"])
    # The blank frame drawn before the corpus loads was replaced by the timeline, not left beside it.
    assert [chart.proto.id.endswith("timeline_chart") for chart in at.get("plotly_chart")] == [True]


def test_actor_filter_changes_counts_and_chart(corpus):
    at = run_page()
    actor = actor_with_fewest_events(corpus.events)
    at.multiselect(key="filter_actor").set_value([actor]).run()
    expected = corpus.events[corpus.events["actors"].str.split(";").map(lambda names: actor in names)]
    assert 0 < len(expected) < len(corpus.events)
    assert shown_count(at) == len(expected)
    assert chart_event_ids(at) == set(expected["event_id"])
    assert at.query_params["actor"] == actor


def test_search_and_inherited_filters(corpus):
    at = run_page()
    at.checkbox(key="filter_inherited").uncheck().run()
    assert shown_count(at) == int((corpus.events["date_basis"] != "inherited").sum())
    assert at.query_params["inherited"] == "0"
    at.text_input(key="filter_search").input("Tuesday").run()
    expected = corpus.events[(corpus.events["date_basis"] != "inherited")
                             & corpus.events["sentence"].str.contains("Tuesday", case=False)]
    assert shown_count(at) == len(expected) > 0


def test_year_range_narrows_the_chart(corpus):
    at = run_page()
    at.slider(key="filter_years").set_range(2015, 2015).run()
    events = corpus.events
    expected = events[(events["date_start"] <= "2015-12-31") & (events["date_end"] >= "2015-01-01")]
    assert chart_event_ids(at) == set(expected["event_id"])
    assert at.query_params["years"] == "2015-2015"


@pytest.mark.parametrize("lane", ["country", "event_type", "article"])
def test_lane_choice_changes_the_lanes(lane, corpus):
    at = run_page(params={"lane": lane})
    assert at.radio(key="timeline_lane").value == lane
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    lanes = set(figure["layout"]["yaxis"]["ticktext"])
    if lane == "event_type":
        assert lanes == set(corpus.events["event_type"])
    elif lane == "country":
        assert lanes <= set(corpus.options.countries) | {"(no country)"}
    else:
        assert len(lanes) == corpus.events["article"].nunique()


def test_query_params_round_trip(corpus):
    at = run_page()
    actor = corpus.options.actors[0]
    event = corpus.events.iloc[len(corpus.events) // 2]
    at.multiselect(key="filter_actor").set_value([actor])
    at.slider(key="filter_years").set_range(2013, 2015)
    at.radio(key="timeline_lane").set_value("country")
    at.session_state["timeline_chart"] = {"selection": {"points": [{"customdata": [event["event_id"]]}]}}
    at.run()
    params = dict(at.query_params)
    assert params["event"] == event["event_id"] and params["lane"] == "country"

    again = run_page(params=params)
    assert again.multiselect(key="filter_actor").value == [actor]
    assert again.slider(key="filter_years").value == (2013, 2015)
    assert again.radio(key="timeline_lane").value == "country"
    assert shown_count(again) == shown_count(at)
    assert chart_event_ids(again) == chart_event_ids(at)
    assert dict(again.query_params) == params
    assert marked_text(source_html(again)) == marked_text(source_html(at)) != []


def test_bad_query_values_are_ignored_with_a_notice(corpus):
    at = run_page(params={"actor": ["Nobody Atall", corpus.options.actors[0]], "years": "1999-abc",
                          "lane": "weather", "event": "no-such-id", "inherited": "maybe", "colour": "red"})
    notices = " ".join(w.value for w in at.warning)
    for bad in ("Nobody Atall", "1999-abc", "weather", "no-such-id", "maybe", "colour"):
        assert bad in notices
    assert at.multiselect(key="filter_actor").value == [corpus.options.actors[0]]
    assert at.slider(key="filter_years").value == (2013, 2016)
    assert "event" not in at.query_params


def test_simulated_click_opens_source_panel_with_evidence(corpus):
    at = run_page()
    assert not source_html(at)
    event = corpus.events.iloc[0]
    at.session_state["timeline_chart"] = {"selection": {"points": [{"customdata": [event["event_id"]]}]}}
    at.run()
    text = corpus.articles.set_index("article").loc[event["article"], "text"]
    assert marked_text(source_html(at)) == [text[event["char_start"]:event["char_end"]]]
    assert any(event["date_how"][:40] in m.value.replace("\\", "") for m in at.markdown)
    assert at.query_params["event"] == event["event_id"]


def test_closing_the_source_panel_clears_the_selection(corpus):
    event = corpus.events.iloc[1]
    at = run_page(params={"event": event["event_id"]})
    assert marked_text(source_html(at))
    at.button(key="source_close").click().run()
    assert not source_html(at)
    assert "event" not in at.query_params


def type_key(at) -> str:
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    return next(a["text"] for a in figure["layout"]["annotations"] if a["name"] == "type_key")


def test_colour_key_names_the_types_drawn(corpus):
    at = run_page()
    drawn = set(corpus.events.loc[corpus.events["date_start"].dt.year.between(2013, 2016), "event_type"])
    key = type_key(at)
    assert key.count("■") == len(drawn)
    assert all(f"</span> {event_type}" in key for event_type in drawn)
    at.multiselect(key="filter_type").set_value([sorted(drawn)[0]]).run()
    key = type_key(at)
    assert key.count("■") == 1 and f"</span> {sorted(drawn)[0]}" in key


def test_source_panel_lists_the_other_reports_of_the_event(corpus):
    events = corpus.events[corpus.events["cluster_id"] != ""]
    counts = events.groupby("cluster_id")["article"].nunique()
    event = events[events["cluster_id"].isin(counts[counts > 1].index)].iloc[0]
    others = events[(events["cluster_id"] == event["cluster_id"]) & (events["article"] != event["article"])]
    at = run_page(params={"event": event["event_id"]})
    heading = next(m.value for m in at.markdown if "Also reported by" in m.value)
    assert f"by {others['article'].nunique()} other article" in heading
    assert (f"in {len(others)} sentences" in heading) == (len(others) > others["article"].nunique())
    table = next(df.value for df in at.dataframe if "agrees" in df.value.columns)
    assert sorted(table["sentence"]) == sorted(others["sentence"])
