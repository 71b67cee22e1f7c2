"""Event typing, sentence splitting and actor finding: the rules events are built from."""
from __future__ import annotations

from pathlib import Path

import pytest

from loader.catalog import find_actors
from loader.events import classify_event, split_sentences
from loader.ingest import read_catalog

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("text,expected", [
    ("Xi said during the June 7-8 summit with his U.S. counterpart", "summit"),
    ("President Xi Jinping met US President Barack Obama during the summit in Hangzhou", "meeting"),
    ("The two countries have agreed to strengthen dialogue and cooperation", "agreement"),
    ("Xi left California for home Saturday afternoon after meeting with Obama", "visit"),
    ("The dialogue, held in Washington on Tuesday, was co-chaired by", "dialogue"),
    ("The US indicted five PLA officers for hacking", "indictment"),
    ("Washington imposed sanctions on Chinese firms", "sanction"),
    ("China rejected the US accusations of cyber espionage", "accusation"),
    ("Hackers breached the OPM network", "attack"),
    ("China opposes hacker or cyber attack in all forms", "statement"),  # a position on hacking, not a hack
    ("Beijing has denied any state-sponsored hacking", "statement"),
    ("Chinese hackers stole designs after officials spoke against it", "attack"),
    ("Mandiant released a report on the unit", "report"),
    ("Obama told reporters the talks were terrific", "dialogue"),
    ("Yang Jiechi said Saturday", "statement"),
    ("greet officials at the Department of Justice in Washington", "other"),  # not a departure
    ("The weather was fine", "other"),
])
def test_classify_event(text, expected):
    assert classify_event(text) == expected


@pytest.mark.parametrize("text,n", [
    ("U.S. Secretary of State John Kerry met Mr. Wang. They talked for an hour.", 2),
    ("He arrived on Sept. 12 in Beijing. Talks began.", 2),
    ("* SEPT. 25, 2015 - Obama and Xi agree on cyber theft.", 1),
    ("“We agree,” he said. The rest followed!", 2),
    ("Xi visited from 22 to 25 September 2015.[15] On 25 September they announced an agreement.[16]", 2),
    ("One sentence without an end", 1),
])
def test_split_sentences_respects_abbreviations(text, n):
    assert len(split_sentences(text, 0, len(text))) == n


def test_a_closing_quote_belongs_to_its_sentence():
    text = 'Xi spoke of the "cultural revolution." Xi also toasted Obama.'
    assert [text[a:b] for a, b in split_sentences(text)] == ['Xi spoke of the "cultural revolution."',
                                                              "Xi also toasted Obama."]


@pytest.fixture(scope="module")
def gazetteer():
    return read_catalog(ROOT / "data").gazetteer


@pytest.mark.parametrize("text,actors,countries", [
    ("President Xi told Obama", ["Xi Jinping", "Barack Obama"], ["China", "United States"]),
    ("Michelle Obama stayed in Washington", ["Michelle Obama"], ["United States"]),
    ("Fan Yuan, a cybersecurity specialist, said so", ["Fan Yuan"], []),
    ("Professor Zhang Wei of Fudan spoke", ["Zhang Wei"], []),
    ("us and them", [], []),  # lowercase "us" is not the country
])
def test_find_actors(gazetteer, text, actors, countries):
    got_actors, got_countries = find_actors(text, gazetteer)
    assert got_actors == actors
    assert set(countries) <= set(got_countries)


def _events_of(text: str, name: str = "a.txt"):
    from loader.ingest import read_uploads
    from loader.pipeline import load_sources
    events, _ = load_sources(read_uploads([(name, text.encode())]), read_catalog(ROOT / "data"))
    return events


def test_quotes_and_time_shifts_do_not_inherit_the_narrative_date():
    events = _events_of(
        "Xinhua, June 9, 2013\n\nXi Jinping met Barack Obama on Saturday at the summit.\n\n"
        "Obama and Xi agreed to set up a working group.\n\n"
        "“We agreed on much,” Obama said.\n\n"
        "Before his U.S. trip, Xi visited Mexico.\n")
    inherited = events[events.date_basis == "inherited"].sentence.tolist()
    assert inherited == ["Obama and Xi agreed to set up a working group."]


@pytest.mark.parametrize("text, anchor", [
    # a date in an after-clause is background: the narrative stays on the hearing's day
    ("Xinhua, Oct. 1, 2015\n\nThe Senate Armed Services Committee met on Tuesday for a hearing on cyber threats.\n\n"
     "The session came less than a week after Xi Jinping arrived in Washington last Thursday.\n\n"
     "John McCain called the agreement with China a vague set of promises.\n", "Tuesday"),
    # a two-month span is the period a figure covers, not a moment the story is told at
    ("Xinhua, May 21, 2014\n\nChina's internet office said on Monday that between 19 March and 18 May 2014, "
     "US servers controlled 1.18 million Chinese computers.\n\n"
     "China's foreign ministry said it was pulling out of the joint cyber working group with the United States.\n",
     "Monday"),
])
def test_the_narrative_date_is_a_moment_of_the_story(text, anchor):
    events = _events_of(text)
    assert events[events.date_basis == "inherited"].date_text.tolist() == [anchor]


def test_a_paragraph_opening_with_the_next_day_counts_from_the_paragraph_before():
    events = _events_of("Xinhua, Sept. 28, 2015\n\nXi Jinping met Barack Obama at the White House on Sept. 25.\n\n"
                        "The next day, Xi Jinping addressed a United Nations summit in New York.\n")
    dated = events.set_index("date_text")["date_start"].dt.date.astype(str)
    assert dated["The next day"] == "2015-09-26"


LIVE_BLOG = ("LIVE: Xi Jinping at the White House\nPosted Sept. 26, 2015\n\n"
             "Sept. 25, 2015 — 2:34 PM\n\nThe White House has released a fact sheet on the agreement with China.\n\n"
             "7:10 p.m. ET\n\nObama and Xi met guests in the East Room.\n\n"
             "Sept. 24, 2015 — 11:15 AM\n\nObama and Xi held talks at Blair House.\n")


def test_live_blog_entries_are_dated_by_their_stamps():
    events = _events_of(LIVE_BLOG)
    dated = dict(zip(events.sentence, events.date_start.dt.date.astype(str)))
    assert dated["The White House has released a fact sheet on the agreement with China."] == "2015-09-25"
    assert dated["Obama and Xi met guests in the East Room."] == "2015-09-25"  # a time alone: the entry above's day
    assert dated["Obama and Xi held talks at Blair House."] == "2015-09-24"


def test_an_entrys_relative_words_count_from_its_stamp():
    # an e-mail with an older issue forwarded below it: "last Friday" there is the Friday before May 19
    events = _events_of("From: The Cyber Dispatch\nDate: Thu, 26 May 2016 07:02:11 -0400\n\n"
                        "Yesterday, the State Department's Christopher Painter testified before the Senate.\n\n"
                        "---------- Forwarded message ---------\nDate: Thu, May 19, 2016 at 7:01 AM\n\n"
                        "The Pentagon's report on Chinese military power, released last Friday, said hacking went on.\n\n"
                        "Two years ago today, Attorney General Eric Holder announced charges against five PLA officers.\n")
    dated = dict(zip(events.sentence, zip(events.date_start.dt.date.astype(str), events.date_how)))
    assert dated["Yesterday, the State Department's Christopher Painter testified before the Senate."][0] == "2016-05-25"
    day, how = dated["The Pentagon's report on Chinese military power, released last Friday, said hacking went on."]
    assert day == "2016-05-13" and "entry stamped 'Date: Thu, May 19, 2016 at 7:01 AM'" in how
    assert dated["Two years ago today, Attorney General Eric Holder announced charges against five PLA officers."][0] \
        == "2014-05-19"


def test_a_bylined_story_below_a_list_of_dated_teasers_counts_from_its_own_date():
    events = _events_of("Cyber\nShowing 20 of 214 stories\n\n-  Dec 1, 2015\nU.S., China hold first cybercrime dialogue\n"
                        "Guidelines for assistance requests and a hotline are agreed on Tuesday, officials said.\n\n"
                        "-  Feb 19, 2013\nReport ties Chinese army unit to hacking\n"
                        "Mandiant traces attacks to a building in Shanghai, the firm said on Tuesday.\n\nFeatured\n\n"
                        "By Marcus Heng · December 8, 2016\n\n"
                        "Officials met in Washington on Wednesday for the third round of their dialogue on cybercrime.\n")
    dated = dict(zip(events.sentence, events.date_start.dt.date.astype(str)))
    assert dated["Officials met in Washington on Wednesday for the third round of their dialogue on cybercrime."] \
        == "2016-12-07"


@pytest.mark.parametrize("sentence, start, end", [
    ("The two-day summit, which opened Sunday, was China's biggest diplomatic event of the year.", "2016-09-04", "2016-09-05"),
    ("Leaders of the G20 wrapped up a two-day summit in Hangzhou on Monday.", "2016-09-04", "2016-09-05"),
    ("Xi and Obama met in Hangzhou on Saturday, officials said.", "2016-09-03", "2016-09-03"),
    ("Xi began his week-long US tour in Seattle on Tuesday.", "2016-09-06", "2016-09-12"),
    ("Today, Obama and Xi begin two days of informal meetings at Sunnylands.", "2016-09-06", "2016-09-07"),
    ("Meng came to Washington for four days of talks beginning Thursday, Sept. 1, officials said.", "2016-09-01", "2016-09-04"),
])
def test_a_day_that_opens_or_closes_an_event_of_stated_length_dates_the_whole_event(sentence, start, end):
    events = _events_of(f"G20 in Hangzhou\nPublished Sept. 6, 2016\n\n{sentence}\n")
    assert (str(events.date_start.iloc[0].date()), str(events.date_end.iloc[0].date())) == (start, end)


@pytest.mark.parametrize("text, dates", [
    # a feed's items, each under its own "Published:" line
    ("Pacific desk\nFeed\n\nFireEye: China hacking down\nPublished: Wed, 22 Jun 2016 10:05:00 GMT\n"
     "FireEye said on Monday that intrusions by China-based groups have declined.\n\n"
     "Su Bin pleads guilty\nPublished: Thu, 24 Mar 2016 21:30:00 GMT\n"
     "Su Bin pleaded guilty in Los Angeles on Wednesday to conspiring to hack contractors.\n",
     ["2016-06-20", "2016-03-23"]),
    # a tweet's stamp stands below it
    ("Maren Oyelaran @moyelaran\n\n1/ Obama and Xi announced a cyber deal in the Rose Garden today.\n"
     "8:41 PM · Sep 25, 2015 · Twitter Web Client\n\n"
     "2/ Morning add: Xinhua says Xi told Obama yesterday that China opposes cyber theft.\n"
     "7:58 AM · Sep 26, 2015 · Twitter for iPhone\n",
     ["2015-09-25", "2015-09-25"]),
    # a digest's items, each under a heading that ends with its date
    ("China Cyber Watch\nNo. 47 | Friday, December 18, 2015\n\nThe week in U.S.-China cyber policy, by our editors.\n\n"
     "1. FIRST CYBERCRIME DIALOGUE (12/1)\n\n"
     "Lynch and Johnson hosted Guo Shengkun on Tuesday for the first round of the dialogue.\n\n"
     "2. XI AT WUZHEN (Dec 16)\n\nXi Jinping opened the World Internet Conference in Wuzhen on Wednesday.\n",
     ["2015-12-01", "2015-12-16"]),
    # a news digest's days, written in the present under dated headings
    ("Portal: Current events\nSeptember 2015\n\nThe following events occurred in September 2015.\n\n"
     "September 24, 2015 (Thursday)\n\n- Xi Jinping arrives in Washington, and Obama hosts him at Blair House. (CNN)\n\n"
     "September 25, 2015 (Friday)\n\n- Obama and Xi announce that neither government will support cyber theft. (BBC)\n",
     ["2015-09-01", "2015-09-24", "2015-09-25"]),
    # an entry posted after midnight tells of the evening before
    ("LIVE: Xi at the White House\nPosted Sept. 25, 2015\n\n"
     "Sept. 26, 2015 — 12:05 AM\n\nObama and Xi ended the state dinner with toasts, officials said.\n\n"
     "Sept. 25, 2015 — 2:34 PM\n\nObama and Xi held a news conference in the Rose Garden.\n",
     ["2015-09-25", "2015-09-25"]),
])
def test_entry_stamps_date_their_entries(text, dates):
    assert _events_of(text).date_start.dt.date.astype(str).tolist() == dates


@pytest.mark.parametrize("label", ["UPDATE (Dec. 2, 2015, 10:15 a.m.):", "Update, Dec. 2, 2015:", "Updated Dec. 2, 2015 at 9:05 a.m. ET:"])
def test_an_update_paragraph_counts_from_its_own_date(label):
    events = _events_of("Cyber talks end\nPublished Dec. 1, 2015\n\n"
                        f"{label} Xinhua reported Wednesday that the OPM hack was a criminal case.\n\n"
                        "Attorney General Loretta Lynch met Chinese officials on Tuesday, officials said. "
                        "Xinhua reported Wednesday that the talks went well.\n")
    dated = [(str(d.date()), how) for d, how in zip(events.date_start, events.date_how)]
    assert dated[0][0] == "2015-12-02" and "update labelled" in dated[0][1]
    assert [d for d, _ in dated[1:]] == ["2015-12-01", "2015-11-25"]  # the story under it counts from publication
    assert len(events) == 3  # the label's own date is no event


@pytest.mark.parametrize("item, dates", [
    ("3/24/2016 — Su Bin pleaded guilty yesterday in Los Angeles, officials said.", ["2016-03-24", "2016-03-23"]),
    ("June 7, 2013: Obama and Xi met at Sunnylands; the next day they walked the grounds.", ["2013-06-07", "2013-06-08"]),
    # a range's item is told from its last day
    ("Sept. 22–25, 2015 — Xi state visit; the Rose Garden commitments were announced Sept. 25.",
     ["2015-09-22", "2015-09-25"]),
])
def test_a_paragraph_opening_with_its_date_counts_from_it(item, dates):
    events = _events_of(f"Notes on China\nPublished March 1, 2016\n\n{item}\n")
    assert sorted(events.date_start.dt.date.astype(str)) == sorted(dates)


def test_an_interviews_words_count_from_the_day_it_took_place():
    events = _events_of("Q&A: a former NSC official on China\nPublished July 15, 2015\n\n"
                        "Okonjo-Hart worked on China at the NSC. We spoke by phone on Thursday, July 9.\n\n"
                        "Q: What happened this week?\n\n"
                        "A: This morning OPM said the records of 21.5 million people were stolen by China.\n")
    dated = dict(zip(events.sentence, zip(events.date_start.dt.date.astype(str), events.date_how)))
    day, how = dated["A: This morning OPM said the records of 21.5 million people were stolen by China."]
    assert day == "2015-07-09" and "conversation on 'Thursday, July 9'" in how


@pytest.mark.parametrize("step, start, end", [
    ("The week after Sunnylands", "2013-06-10", "2013-06-16"),
    ("The day after Sunnylands", "2013-06-09", "2013-06-09"),
    ("The month before Sunnylands", "2013-05-01", "2013-05-31"),
])
def test_a_step_from_a_well_known_event(step, start, end):
    events = _events_of("Q&A on China\nPublished July 15, 2015\n\n"
                        f"{step}, Snowden told a Hong Kong newspaper that the NSA had hacked Chinese networks.\n")
    assert (str(events.date_start.iloc[0].date()), str(events.date_end.iloc[0].date())) == (start, end)
    assert "matches the well-known event" in events.date_how.iloc[0]


def test_an_act_a_day_before_the_date_given_does_not_move_the_narrative():
    events = _events_of("OPM chief resigns\nPublished July 10, 2015\n\n"
                        "Katherine Archuleta resigned on Friday, a day after her agency said hackers stole data.\n\n"
                        "Obama accepted her resignation, the White House said.\n")
    dated = sorted(zip(events.sentence, events.date_start.dt.date.astype(str)))
    assert ("Obama accepted her resignation, the White House said.", "2015-07-10") in dated
    assert sum(d == "2015-07-09" for _, d in dated) == 1


def test_a_year_by_year_sections_heading_gives_its_prose_the_year():
    events = _events_of("Year by year\nPublished April 5, 2016\n\nCyber has been on the agenda for years.\n\n"
                        "2013: Naming names\n\nOn June 7 and 8, Obama and Xi held a summit at Sunnylands.\n")
    assert str(events.date_start.iloc[-1].date()) == "2013-06-07"
    # a span of years is no section heading
    events = _events_of("Cyber relations\nPublished April 5, 2016\n\nCyber has been on the agenda for years.\n\n"
                        "2013–2016\n\nOn 25 September, Obama and Xi announced a cyber agreement, officials said.\n")
    assert str(events.date_start.iloc[-1].date()) == "2015-09-25"


def test_a_page_that_writes_dates_day_first_is_read_day_first():
    events = _events_of("Cyber deal\nPublished: 26/09/2015, 07:30\n\n"
                        "Xi arrived in Seattle on 05/09 and met executives, officials said.\n\n"
                        "Obama and Xi had agreed on the summit on 12/06/2015, officials said.\n")
    assert events.date_start.dt.date.astype(str).tolist() == ["2015-09-05", "2015-06-12"]
    assert "as the page writes its dates" in events.date_how.iloc[1]


@pytest.mark.parametrize("name, item", [("t.txt", "- "), ("t.md", "- "), ("t.txt", "")])
def test_a_timelines_year_headings_give_its_items_their_year(name, item):
    events = _events_of("Timeline: three years of cyber diplomacy\nPublished Sept. 6, 2016\n\n"
                        "Cyber theft became a headline issue between the United States and China.\n\n2013\n\n"
                        f"{item}Feb. 19 — Mandiant publishes a report tracing a hacking group to a PLA unit.\n\n"
                        f"2014\n\n{item}May 19 — The Justice Department charges five officers of the PLA.\n"
                        f"{item}June - China announces security reviews of foreign technology products.\n", name)
    assert events.date_start.dt.date.astype(str).tolist() == ["2013-02-19", "2014-05-19", "2014-06-01"]
    assert "the year 2013 of the section" in events.date_how.iloc[0]


def test_dated_links_below_a_story_are_not_entry_stamps():
    events = _events_of("Cyber talks\nPublished Friday, December 18, 2015\n\n"
                        "Lynch and Johnson hosted Guo Shengkun on Tuesday for the dialogue, officials said.\n\n"
                        "Related\n\nFirst cybercrime dialogue ends (12/1)\n\nXi at Wuzhen (Dec 16)\n")
    assert events.date_start.dt.date.astype(str).tolist() == ["2015-12-15"]


def test_one_dated_line_under_a_banner_is_a_byline_not_an_entry_stamp():
    events = _events_of("The Meridian news service brings you the world, every day, wherever you are.\n\n"
                        "Wednesday 21 May 2014 08.47 BST\n\n"
                        "China has accused the United States of hacking after the indictment of five officers.\n")
    assert events.empty or set(events.date_basis) != {"inherited"}


@pytest.mark.parametrize("sentence, inherits", [
    ("Obama and Xi agreed to set up a working group.", True),
    ("The two countries have agreed to strengthen the cyber working group.", True),  # the talks' outcome
    ("China has repeatedly rejected the US accusations.", True),
    ("Xi told Obama that China opposes hacking.", True),  # irregular past
    ("Obama says the talks with Xi are important.", False),  # told in the present: the time of writing
    ("Xi is expected to sign a cyber agreement with Obama.", False),  # present passive, not a past event
    ("The United States and China hold talks on cyber rules.", False),  # 'United' is not a past verb
])
def test_only_a_sentence_told_in_the_past_continues_the_narrative(sentence, inherits):
    events = _events_of(f"Xinhua, June 9, 2013\n\nXi Jinping met Barack Obama on Saturday at the summit.\n\n{sentence}\n")
    assert (sentence in events[events.date_basis == "inherited"].sentence.tolist()) == inherits


def test_a_date_wholly_after_publication_is_a_plan():
    events = _events_of("Xinhua, Sept. 5, 2016\n\nXi Jinping and Barack Obama hoped to hold a meeting of experts later this year.\n")
    assert events.event_type.tolist() == ["plan"]
