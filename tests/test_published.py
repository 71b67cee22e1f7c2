"""published.find_published: manifest -> front matter/html meta -> byline/dateline -> URL -> none."""
from datetime import date
from pathlib import Path

import pytest

from loader.clean import find_blocks
from loader.ingest import read_sources
from loader.model import SourceFile
from loader.published import find_published, parse_meta_date

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
BODY = ("Officials from both countries met in Washington on Tuesday to discuss cyber crime.\n"
        "The talks produced an agreement on a hot line, the ministry said.\n")


def _published(text: str, meta: dict[str, tuple[str, str]] | None = None):
    meta = meta or {}
    source = SourceFile("a.txt", text, "", tuple((k, v) for k, (v, _) in meta.items()),
                        tuple((k, b) for k, (_, b) in meta.items()))
    return find_published(text, find_blocks(text), source)


@pytest.mark.parametrize("name, expected, basis, evidence", [
    ("000_ab350dcdf2b5260c.txt", None, "none", ""),
    ("001_e1c4aa79b645c51d.txt", date(2013, 6, 9), "byline", "Xinhua, June 9, 2013"),
    ("002_5b432ddb9a6b90cc.txt", date(2015, 12, 3), "byline", "Updated: 2015-12-03 08:35"),
    ("003_4433b5332cda7410.txt", None, "none", ""),
    ("004_2cd512766c6b2634.txt", date(2015, 9, 13), "byline", "Xinhua, September 13, 2015"),
])
def test_seeds(name, expected, basis, evidence):
    source = next(s for s in read_sources(ARTICLES) if s.name == name)
    d, b, ev = find_published(source.text, find_blocks(source.text), source)
    assert (d, b) == (expected, basis)
    assert evidence in ev


@pytest.mark.parametrize("text, expected, evidence", [
    ("Cyber talks\nXinhua, June 9, 2013\n" + BODY, date(2013, 6, 9), "Xinhua, June 9, 2013"),
    # a byline's date outranks the masthead's date of the day the page was seen
    ("Saturday, September 26, 2015 Today's Paper Video 68°F\nCyber talks\nBy JULIA HARWOOD and MARK TELLER SEPT. 25, 2015\n"
     + BODY, date(2015, 9, 25), "SEPT. 25, 2015"),
    # a revision date is an update, not the publication
    ("Rules (last revised 2016-01-10)\nCyber talks\nMarch 23, 2016\n" + BODY, date(2016, 3, 23), "March 23, 2016"),
    # when the reader saved the page is not when it was published
    ("Saved from apnews.com on 2015-07-12\nOPM director resigns\nJul. 10, 2015 5:41 PM EDT\n" + BODY,
     date(2015, 7, 10), "Jul. 10, 2015"),
    ("Cyber talks\nUpdated: 2015-12-03 08:35\n" + BODY, date(2015, 12, 3), "Updated: 2015-12-03"),
    ("Cyber talks\nPUBLISHED: 08:36 EST, 21 February 2013 | UPDATED: 10:15 EST, 22 February 2013\n" + BODY,
     date(2013, 2, 21), "PUBLISHED"),
    # the published label wins over an updated one wherever it stands
    ("Cyber talks\nUpdated: 2013-02-22 10:15 | Published: 2013-02-21 08:36\n" + BODY, date(2013, 2, 21), "Published"),
    ("Cyber talks\nBy John Smith | June 3, 2014\n" + BODY, date(2014, 6, 3), "By John Smith"),
    # a wiki's only date is its last revision, even in a list at the foot of the page
    ("Cyber relations\nFrom Wikipedia, the free encyclopedia\n" + BODY + "-  This page was last modified on 15 July 2016, "
     "at 09:42.\n- Privacy policy\n", date(2016, 7, 15), "15 July 2016"),
    # a republished copy counts from when the text was first published
    ("Global Affairs Commons\nSYNDICATED | CYBERSECURITY | Posted July 2, 2015\nClapper names China\n"
     "This article originally appeared in the Federal Ledger on June 25, 2015. It is republished here with permission.\n"
     + BODY, date(2015, 6, 25), "originally appeared"),
    # a printout: the print date heads every page; the byline's date stands on the line below the names
    # a newsletter's masthead dates the issue, not the e-mail that carried it
    ("---------- Forwarded message ----------\nFrom: China Cyber Watch\nDate: Mon, Jan 4, 2016 at 8:52 AM\n"
     "Subject: China Cyber Watch No. 47\n\nCHINA CYBER WATCH\nNo. 47 | Friday, December 18, 2015\n" + BODY,
     date(2015, 12, 18), "December 18, 2015"),
    # a dated line that only reappears inside a link below ("(2015/09/26)") is not a printout's repeated header
    ("Xi Jinping Holds Talks with President Obama\n2015/09/26\n" + BODY + "Related\n- Banquet (2015/09/26)\n",
     date(2015, 9, 26), "2015/09/26"),
    # a database export: the paper's own date, not its load or correction dates
    ("3 of 12 DOCUMENTS\nThe Capital Herald\nSeptember 26, 2015 Saturday\nFinal Edition\nBODY:\n" + BODY +
     "LOAD-DATE: September 27, 2015\nCORRECTION-DATE: September 29, 2015\n", date(2015, 9, 26), "September 26, 2015"),
    # a report's number before its label
    ("Cyber Theft of Trade Secrets\nGAO-15-791: Published: Sep 29, 2015. Publicly Released: Oct 1, 2015.\n" + BODY,
     date(2015, 9, 29), "Published: Sep 29, 2015"),
    # a wire feature's release date, not the time it was moved
    ("MERIDIAN WIRE -- FEATURES\nMoved: Sat Sep 24, 2016 10:05 PM EDT\nFor use Sunday, Sept. 25, 2016\nToday in History\n"
     + BODY, date(2016, 9, 25), "Sept. 25, 2016"),
    # a transcript's recording date, not the day it was posted
    ("Lecture 9 of 10: Hacking and norms\nRecorded: Saturday 10 December 2016, Lecture Theatre B\n"
     "Posted to the course site: 14 December 2016 | Running time 51:47\n" + BODY, date(2016, 12, 10), "10 December 2016"),
    # a programme's issue date, not its meeting's
    ("FOURTH PACIFIC DIALOGUE ON CYBERSPACE NORMS\nWashington, D.C., 14-15 March 2016\n"
     "Version 3 - issued 29 February 2016\n" + BODY, date(2016, 2, 29), "29 February 2016"),
    # the page's address beside the time it was printed
    ("https://2009-2017.state.gov/r/pa/prs/dpb/2015/06/243458.htm     3/14/2019, 10:41 AM\nDaily Press Briefing\n"
     "Washington, DC\nJune 9, 2015\n" + BODY, date(2015, 6, 9), "June 9, 2015"),
    ("3/14/2019      OPM hack - The Capitol Ledger\nOPM hack exposes data\nBy Greg Tallis and Priya Menon\n"
     "6/5/2015, 8:14 AM\n" + BODY + "3/14/2019      OPM hack - The Capitol Ledger\n" + BODY,
     date(2015, 6, 5), "6/5/2015"),
    ("Saturday, June 6, 2015\nCyber talks\nBy Greg Tallis\nJune 5, 2015\n" + BODY, date(2015, 6, 5), "June 5, 2015"),
    # wire dateline without a year: the year comes from other full dates in the page
    ("Cyber talks\nBEIJING, Nov. 12 (Xinhua) -- Officials met on Nov. 10, 2014 in Beijing to talk.\n" + BODY,
     date(2014, 11, 12), "BEIJING, Nov. 12 (Xinhua)"),
    ("Cyber talks\nWASHINGTON, Dec. 2, 2015 (Reuters) - Officials met on Tuesday.\n" + BODY,
     date(2015, 12, 2), "WASHINGTON, Dec. 2, 2015 (Reuters)"),
    ("Cyber talks\nBEIJING, Nov. 12 (Xinhua) -- Officials met.\n" + BODY + "Copyright © 2014 Xinhua. All rights reserved.",
     date(2014, 11, 12), "copyright"),
    # a repost/comment signature loses to the article's own dateline; its year still helps
    ("January 11, 2018 - tom\nCyber talks\nBEIJING, Nov. 12 (Xinhua) -- Officials met.\n" + BODY,
     date(2017, 11, 12), "BEIJING, Nov. 12 (Xinhua)"),
    ("January 11, 2018 - tom\nCyber talks\nXinhua, November 12, 2014\n" + BODY, date(2014, 11, 12), "Xinhua"),
    # with nothing better, the repost date is all there is
    ("January 11, 2018 - tom\nCyber talks\n" + BODY, date(2018, 1, 11), "tom"),
    # dates in a URL written in the text
    ("Cyber talks\n" + BODY + "Source: http://www.chinadaily.com.cn/opinion/2015-12/03/content_22614939.htm\n",
     date(2015, 12, 3), "chinadaily"),
    # dates inside sentences are events, not the publication date
    ("Cyber talks\n" + BODY + "The two sides first met on June 7, 2013 in California.\n", None, ""),
])
def test_text_forms(text, expected, evidence):
    d, basis, ev = _published(text)
    assert d == expected
    assert basis == ("none" if expected is None else "url" if "http" in ev else "byline")
    assert evidence in ev


DATELINED = "Cyber talks\nXinhua, December 4, 2015\n" + BODY
UNDATED = "Cyber talks\n" + BODY


@pytest.mark.parametrize("text, meta, expected, basis", [
    (DATELINED, {"published": ("2013-06-09", "manifest")}, date(2013, 6, 9), "manifest"),
    (DATELINED, {"published": ("2014-01-02", "front-matter")}, date(2014, 1, 2), "front-matter"),
    (DATELINED, {"published": ("2015-12-03T08:35:00+08:00", "html")}, date(2015, 12, 3), "front-matter"),
    # an unreadable meta date falls through to the text
    (DATELINED, {"published": ("last Tuesday", "front-matter")}, date(2015, 12, 4), "byline"),
    # the text's dateline comes before a URL
    (DATELINED, {"url": ("https://example.com/news/2015/12/01/cyber-talks", "manifest")}, date(2015, 12, 4), "byline"),
    (UNDATED, {"url": ("https://example.com/news/2015/12/03/cyber-talks", "manifest")}, date(2015, 12, 3), "url"),
    (UNDATED, {"url": ("https://example.com/news/20151203/cyber", "html")}, date(2015, 12, 3), "url"),
    (UNDATED, {"url": ("https://example.com/2015-12-03-cyber.html", "front-matter")}, date(2015, 12, 3), "url"),
    (UNDATED, {"url": ("https://example.com/news/12345678/cyber", "html")}, None, "none"),
    # a UTC time stamp a day off the page's own date: the writer's day is the page's
    ("Xi courts tech chiefs\nSeptember 23, 2015 — 8:41 PM EDT\n" + BODY,
     {"published": ("2015-09-24T00:41:07.000Z", "html")}, date(2015, 9, 23), "byline"),
    ("Xi courts tech chiefs\nSeptember 23, 2015 — 8:41 PM EDT\n" + BODY,
     {"published": ("2015-09-24T00:41:07-04:00", "html")}, date(2015, 9, 24), "front-matter"),
])
def test_meta_comes_before_the_text(text, meta, expected, basis):
    d, b, _ = _published(text, meta)
    assert (d, b) == (expected, basis)


@pytest.mark.parametrize("value, expected", [
    ("2013-06-09", date(2013, 6, 9)),
    ("2015/12/03", date(2015, 12, 3)),
    ("20151203", date(2015, 12, 3)),
    ("2015-12-03T08:35:00Z", date(2015, 12, 3)),
    ("June 9, 2013", date(2013, 6, 9)),
    ("9 June 2013", date(2013, 6, 9)),
    ("2015-12", None),
    ("2015-02-30", None),
    ("next week", None),
    ("", None),
])
def test_parse_meta_date(value, expected):
    assert parse_meta_date(value) == expected


@pytest.mark.parametrize("byline,expected", [
    ("Source: Global Times Published: 2015/9/24 0:28:01", "2015-09-24"),
    ("Updated 2:49 PM ET, Fri September 25, 2015", "2015-09-25"),
    ("By DAVID E. SANGER SEPT. 25, 2015", "2015-09-25"),
    ("Fri Sep 25, 2015 6:35pm EDT", "2015-09-25"),
    ("Last Updated: Thursday, 24 September 2015, 18:40 GMT", "2015-09-24"),
    ("By Ellen Nakashima September 25, 2015 at 7:08 PM", "2015-09-25"),
    ("PUBLISHED : Friday, 25 September, 2015, 9:47pm\nUPDATED : Saturday, 26 September, 2015, 10:47am", "2015-09-25"),
    # numeric: dots put the day first; slashes the month, unless the first number cannot be one
    ("09/25/2015 04:30 PM EDT", "2015-09-25"),
    ("Date: 25/09/2015", "2015-09-25"),
    ("25.09.2015 17:43", "2015-09-25"),
    ("Posted 03/04/2015", "2015-03-04"),
    ("2015年09月25日 08:51", "2015-09-25"),
])
def test_common_outlet_bylines(byline, expected):
    from loader.ingest import decode_source
    from loader.pipeline import build_article
    text = f"Headline of the story\n{byline}\n\nThe United States and China agreed on Friday to curb cyber theft, officials said.\n"
    article = build_article(decode_source("a.txt", text.encode()))
    assert (article.published.isoformat(), article.published_basis) == (expected, "byline")


@pytest.mark.parametrize("after_story, expected", [
    ("- Old story from March 3, 2011", None),  # a related link is not the byline
    ("Old story from March 3, 2011", None),
    ("Published: March 3, 2016", "2016-03-03"),  # labelled, it counts wherever it stands
])
def test_dated_lines_below_the_story(after_story, expected):
    from loader.ingest import decode_source
    from loader.pipeline import build_article
    text = (f"Headline of the story\n\nThe United States and China agreed on Friday to curb cyber theft, "
            f"officials said.\n\nThe two sides will meet again next year in Beijing, they said.\n\n{after_story}\n")
    article = build_article(decode_source("a.txt", text.encode()))
    assert (article.published and article.published.isoformat()) == expected


def test_wire_dateline_takes_its_year_from_a_year_named_in_the_text():
    from loader.ingest import decode_source
    from loader.pipeline import build_article
    text = ("Xi, Obama agree\n\nBEIJING, Sept. 25 (Xinhua) -- Xi Jinping and Barack Obama agreed on Friday "
            "to set up a hotline.\n\nThe two leaders built on their 2015 talks.\n")
    article = build_article(decode_source("x.txt", text.encode()))
    assert article.published.isoformat() == "2015-09-25"
    assert "2015" in article.published_text


@pytest.mark.parametrize("value,expected", [
    ("2015-09-25T18:35:00Z", "2015-09-25"),
    ("20150925", "2015-09-25"),  # <meta name="pdate">
    ("20150925183500", "2015-09-25"),  # <meta name="ptime">
    ("Fri, 25 Sep 2015 18:35:00 +0000", "2015-09-25"),  # RFC 2822, via the dateparser fallback
    ("25.09.2015", "2015-09-25"),
    ("9/25/2015", "2015-09-25"),
    ("yesterday", None),  # relative: never resolved against the wall clock
    ("May 2015", None),  # not day-precise
])
def test_metadata_dates(value, expected):
    from loader.published import parse_meta_date
    got = parse_meta_date(value)
    assert (got.isoformat() if got else None) == expected


@pytest.mark.parametrize("name, expected", [
    ("cyber_pledge_2016-01-14.md", date(2016, 1, 14)),
    ("2015/20151203 talks.txt", date(2015, 12, 3)),
    ("2015_09_25-xi-visit.html", date(2015, 9, 25)),
    ("a20151203f.txt", None),  # inside a hash or an id, it is not a date
    ("2015/talks.txt", None),  # a folder's year is not a day
    ("report_2015-13-45.txt", None),
])
def test_file_name_is_the_last_resort(name, expected):
    source = SourceFile(name, UNDATED)
    d, basis, evidence = find_published(UNDATED, find_blocks(UNDATED), source)
    assert (d, basis) == (expected, "file-name" if expected else "none")
    if expected:
        assert name in evidence
    # a date the text gives outranks the file's name
    assert find_published(DATELINED, find_blocks(DATELINED), SourceFile(name, DATELINED))[:2] == (date(2015, 12, 4), "byline")


@pytest.mark.parametrize("text, expected, evidence", [
    # a record that gives only the month, beside the date the database made the export
    ("Report Information from ProQuest\nNovember 20 2019 09:14\nAfter the Rose Garden\n" + BODY +
     "Publication year: 2015\nPublication date: Oct 2015\n", date(2015, 10, 1), "Publication date: Oct 2015"),
    # a deck's title page
    ("US-China cyber engagement\nBriefing for the Committee, February 2016\nSlide 1 of 14\n" + BODY,
     date(2016, 2, 1), "Briefing for the Committee, February 2016"),
])
def test_only_a_month_gives_its_first_day(text, expected, evidence):
    d, basis, ev = _published(text)
    assert (d, basis, ev) == (expected, "month", evidence)


def test_a_full_date_of_the_same_month_beats_a_labelled_month():
    d, basis, _ = _published("After the Rose Garden\nBy Dana Whitcombe, October 5, 2015\n" + BODY +
                             "Publication date: Oct 2015\n")
    assert (d, basis) == (date(2015, 10, 5), "byline")
