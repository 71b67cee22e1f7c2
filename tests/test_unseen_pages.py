"""The pages in benchmarks/unseen, written by people who never saw the loader: every one loads with events,
and its publication date is the one a reader finds (gold.csv). How many events come out right is the
benchmark's figure to print (benchmarks/unseen_articles.py), not a test's to pin."""
from pathlib import Path

import pandas as pd

import loader

UNSEEN = Path(__file__).resolve().parent.parent / "benchmarks" / "unseen"
# Pages whose publication date the loader gets wrong today, and why; fixing one means removing it here.
KNOWN_WRONG = {
    "usa_v_su_bin_plea_agreement_excerpt.txt": "a court filing: its date is only in the stamp 'Filed 03/23/16' on each "
                                               "page (a two-digit year); the loader takes the signature's March 18, 2016",
    "CM_ECF_California_Central_District_2-14-cr-00131.html": "a court docket sheet has no publication date of its "
                                                             "own: the gold takes its last entry (07/19/2016), the "
                                                             "loader the case's labelled 'Date Filed: 06/27/2014'",
    "H.R.2891_-_114th_Congress_(2015-2016)_Foreign_Cyber_Espionage_Accountability_Act_of_2015_Congress.gov_Library_of_"
    "Congress.html": "a bill page has no publication date of its own: the gold takes its latest action (07/14/2015), the "
                     "loader the bill's introduction (06/25/2015)",
    "Portal_Current_events_September_2015_-_Wikipedia.html": "a month of day pages has no publication date: the gold takes "
                                                             "its last day, the loader its first day heading",
    "research-log-autumn-2015.md": "a research log dated only 'autumn 2015' and by year-less entries: the gold takes the "
                                   "last entry, the loader infers a date from a well-known event it names (its entries "
                                   "are still dated by their own stamps)",
    "hn_item_china_cybersecurity_law_2016.html": "a forum thread dated only '3 hours ago' and by the save time in an "
                                                 "HTML comment; the loader takes the quoted story's Nov 7, 2016",
}


def test_every_unseen_page_loads_and_is_dated_as_a_reader_dates_it():
    _, articles = loader.load_corpus(UNSEEN / "articles")
    gold = pd.read_csv(UNSEEN / "gold.csv", dtype=str, keep_default_na=False)
    truth = gold.groupby("file")["published"].first().to_dict()
    rows = articles.set_index("article")
    assert sorted(rows.index) == sorted(truth)
    assert rows["status"].eq("ok").all() and rows["n_events"].gt(0).all()
    got = rows["published"].dt.date.astype(str).to_dict()
    assert {name for name in truth if got[name] != truth[name]} == set(KNOWN_WRONG)
