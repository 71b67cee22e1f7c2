"""AppTest: the Actors page — year x actor counts and co-occurrence follow the filters."""
import json

from conftest import run_page, shown_count


def heatmap(at, key: str) -> dict:
    chart = next(c for c in at.get("plotly_chart") if c.proto.id.endswith(key))
    return json.loads(chart.proto.spec)["data"][0]


def count_by_actor(events) -> dict[str, int]:
    names = events["actors"].str.split(";").explode()
    return names[names != ""].value_counts().to_dict()


def test_year_by_actor_counts_match_the_events(corpus):
    at = run_page("actors")
    data = heatmap(at, "actors_years")
    totals = {actor: sum(row) for actor, row in zip(data["y"], data["z"])}
    expected = count_by_actor(corpus.events[corpus.events["date_start"].notna()])
    assert totals == {a: expected[a] for a in totals}
    assert max(expected.values()) == max(totals.values())


def test_filter_changes_the_actor_charts(corpus):
    at = run_page("actors")
    year = int(corpus.events["date_start"].dt.year.min())
    at.slider(key="filter_years").set_range(year, year).run()
    data = heatmap(at, "actors_years")
    assert data["x"] == [str(year)]
    expected = corpus.events[corpus.events["date_start"].dt.year == year]
    assert shown_count(at) == len(expected)
    pairs = heatmap(at, "actors_pairs")
    assert set(pairs["y"]) <= set(count_by_actor(expected))
