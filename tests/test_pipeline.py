"""load_corpus and the command line, end to end: contract columns, bad input, stability, clusters."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import loader

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "articles"


@pytest.fixture(scope="module")
def corpus():
    return loader.load_corpus(SEEDS)


def test_contract_columns(corpus):
    events, articles = corpus
    assert list(events.columns) == loader.EVENT_COLUMNS
    assert list(articles.columns) == loader.ARTICLE_COLUMNS + loader.ARTICLE_TEXT_COLUMNS
    assert events.event_id.is_unique
    assert set(events.date_basis) <= {"explicit", "relative", "inherited", "inferred", "undated"}
    assert set(events.precision) <= {"day", "week", "month", "quarter", "season", "year"}


def test_event_ids_are_stable_across_runs(corpus):
    again, _ = loader.load_corpus(SEEDS)
    assert list(again.event_id) == list(corpus[0].event_id)


def test_inherited_dates_say_where_they_come_from(corpus):
    events, _ = corpus
    inherited = events[events.date_basis == "inherited"]
    assert len(inherited) > 0
    assert inherited.date_how.str.contains("continues the narrative").all()


def test_an_event_reported_by_two_articles_shares_a_cluster(corpus):
    events, _ = corpus
    summit = events[events.event_type.eq("summit") & events.date_start.eq("2013-06-07")]
    assert summit.article.nunique() == 2
    assert summit.cluster_id.nunique() == 1 and (summit.n_sources == 2).all()


def test_bad_files_are_listed_and_the_rest_still_load(tmp_path):
    shutil.copy(SEEDS / "002_5b432ddb9a6b90cc.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "nodate.txt").write_text("Officials met on Tuesday to discuss cyber security issues at length.\n")
    (tmp_path / "manifest.csv").write_text("file,title\nghost.txt,Nothing here\n")
    events, articles = loader.load_corpus(tmp_path)
    status = dict(zip(articles.article, articles.status))
    assert status["good.txt"] == "ok"
    assert status["empty.txt"] in ("error", "empty") and status["binary.txt"] == "error"
    assert status["notes.pdf"] == "error" and status["nodate.txt"] == "undated"
    assert any(a.startswith("manifest.csv") for a in status)
    assert (articles[articles.status != "ok"].error.str.len() > 0).all()
    assert set(events.article) == {"good.txt", "nodate.txt"}
    # An article with no date to count from keeps its events, listed as undated, not guessed.
    undated = events[events.article == "nodate.txt"]
    assert undated.date_start.isna().all() and (undated.date_basis == "undated").all()
    assert undated.date_text.tolist() == ["Tuesday"]


def test_a_lead_sentence_before_an_unresolved_date_is_not_dated(tmp_path):
    # No publication date: 'Tuesday' stays unresolved, and the lead sentence must not borrow it.
    (tmp_path / "a.txt").write_text("China and the US agreed to fight cyber crime together.\n"
                                    "The talks were held in Washington on Tuesday.\n")
    events, articles = loader.load_corpus(tmp_path)
    assert articles.status.tolist() == ["undated"]
    assert events.date_start.isna().all() and events.date_text.tolist() == ["Tuesday"]


def test_a_loader_bug_costs_one_article_not_the_corpus(tmp_path, monkeypatch):
    import loader.pipeline as pipeline

    def failing(real, marker):
        def wrapped(item, *args):
            if marker in (item.text or ""):
                raise ValueError("boom")
            return real(item, *args)
        return wrapped

    monkeypatch.setattr(pipeline, "build_article", failing(pipeline.build_article, "READ-BUG"))
    monkeypatch.setattr(pipeline, "build_events", failing(pipeline.build_events, "EVENT-BUG"))
    shutil.copy(SEEDS / "002_5b432ddb9a6b90cc.txt", tmp_path / "good.txt")
    (tmp_path / "read.txt").write_text("READ-BUG. Officials met in Beijing on March 3, 2014.\n")
    (tmp_path / "events.txt").write_text("EVENT-BUG. Officials met in Beijing on March 3, 2014.\n")
    events, articles = loader.load_corpus(tmp_path)
    rows = articles.set_index("article")
    assert rows.loc["good.txt", "status"] == "ok" and set(events.article) == {"good.txt"}
    assert rows.loc["read.txt", "status"] == rows.loc["events.txt", "status"] == "error"
    assert "while reading the article (ValueError: boom)" in rows.loc["read.txt", "error"]
    assert "while finding its events (ValueError: boom)" in rows.loc["events.txt", "error"]


def test_uploads_load_beside_the_folder():
    text = "Xinhua, March 3, 2014\n\nChinese and US officials held talks in Beijing on Monday about hacking.\n"
    events, articles = loader.load_corpus(SEEDS, extra=[("mine.txt", text.encode())])
    mine = events[events.article == "mine.txt"]
    assert list(mine.date_start.dt.date.astype(str)) == ["2014-03-03"]
    assert "mine.txt" in set(articles.article)


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_cli_build_writes_events_and_articles(tmp_path, suffix):
    out = tmp_path / f"events{suffix}"
    subprocess.run([sys.executable, "-m", "loader", "build", str(SEEDS), "--out", str(out)],
                   cwd=ROOT, check=True, capture_output=True)
    events = pd.read_csv(out) if suffix == ".csv" else pd.read_parquet(out)
    articles = pd.read_csv(tmp_path / "events.articles.csv")
    assert list(events.columns) == loader.EVENT_COLUMNS and len(events) > 20
    assert list(articles.columns) == loader.ARTICLE_COLUMNS and len(articles) == 5


def test_cli_dates_prints_one_json_object_per_mention():
    run = subprocess.run([sys.executable, "-m", "loader", "dates", str(SEEDS / "004_2cd512766c6b2634.txt"),
                          "--published", "2015-09-13"], cwd=ROOT, check=True, capture_output=True, text=True)
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    # A range is printed as TimeML tags it: each end on its own line, both naming the range.
    ends = [r for r in rows if r.get("range", {}).get("text") == "from Wednesday to Saturday"]
    assert [(r["text"], r["value"]) for r in ends] == [("Wednesday", "2015-09-09"), ("Saturday", "2015-09-12")]
    assert (ends[0]["range"]["date_start"], ends[0]["range"]["date_end"]) == ("2015-09-09", "2015-09-12")
    assert {"start", "end", "text", "value", "type", "date_start", "date_end", "precision"} <= set(ends[0])


@pytest.mark.parametrize("start,end,precision,text", [
    ("2015-12-01", "2015-12-01", "day", "2015-12-01"),
    ("2015-09-09", "2015-09-12", "day", "2015-09-09 – 2015-09-12"),
    ("2015-12-01", "2015-12-31", "month", "December 2015"),
    ("2016-06-01", "2016-08-31", "month", "June 2016 – August 2016"),
    ("2013-01-01", "2013-12-31", "year", "2013"),
    ("2013-01-01", "2014-12-31", "year", "2013–2014"),
    ("2015-11-30", "2015-12-06", "week", "2015-11-30 – 2015-12-06 (week)"),
    ("2015-10-01", None, "quarter", "2015-10-01 (quarter)"),
    (None, None, "", "undated"),
])
def test_dates_are_shown_at_their_precision(start, end, precision, text):
    # Timestamps, as in the event table; pd.Timestamp(None) is NaT
    assert loader.format_span(pd.Timestamp(start), pd.Timestamp(end), precision) == text
