"""find_dates: every expression kind the loader must handle, each against a fixed publication date."""
from __future__ import annotations

from datetime import date

import pytest

from loader.dates import Conventions, date_records, find_dates, read_conventions

THU = date(2015, 12, 3)  # a Thursday
SEP = date(2016, 9, 5)  # a Monday


def only(sample, published, **want):
    found = [m for m in find_dates(sample, published=published) if m.type in ("DATE", "TIME") or m.date_start]
    assert len(found) == 1, [(m.text, m.value) for m in found]
    m = found[0]
    for k, v in want.items():
        got = getattr(m, k)
        got = got.isoformat() if isinstance(got, date) else got
        assert got == v, f"{k}: {got!r} != {v!r} for {sample!r}"
    return m


@pytest.mark.parametrize("text,start,end,value,precision,span", [
    # absolute dates in every common form
    ("It happened on Dec. 7, 2016 in Lima.", "2016-12-07", "2016-12-07", "2016-12-07", "day", "Dec. 7, 2016"),
    ("It happened on 7 December 2016.", "2016-12-07", "2016-12-07", "2016-12-07", "day", "7 December 2016"),
    ("Updated: 2015-12-03 08:35", "2015-12-03", "2015-12-03", "2015-12-03T08:35", "day", "2015-12-03 08:35"),
    ("The report came out on 12/01/2015.", "2015-12-01", "2015-12-01", "2015-12-01", "day", "12/01/2015"),
    ("The report came out on 25/09/2015.", "2015-09-25", "2015-09-25", "2015-09-25", "day", "25/09/2015"),
    ("The report came out on 01.12.2015.", "2015-12-01", "2015-12-01", "2015-12-01", "day", "01.12.2015"),
    ("发布时间 2015年09月25日 08:51", "2015-09-25", "2015-09-25", "2015-09-25", "day", "2015年09月25日"),
    ("Talks were held in 2015年9月.", "2015-09-01", "2015-09-30", "2015-09", "month", "2015年9月"),
    ("Signed on Sept. 25, 2015, the deal held.", "2015-09-25", "2015-09-25", "2015-09-25", "day", "Sept. 25, 2015"),
    ("It was agreed on the 25th of September 2015.", "2015-09-25", "2015-09-25", "2015-09-25", "day", "25th of September 2015"),
    ("Talks were held in September 2015.", "2015-09-01", "2015-09-30", "2015-09", "month", "September 2015"),
    # ranges
    ("Xi said during the June 7-8 summit with Obama.", "2015-06-07", "2015-06-08", "2015-06-07", "day", "June 7-8"),
    ("During the visit from Wednesday to Saturday, Meng met Kerry.", "2015-11-25", "2015-11-28", "2015-11-25", "day", "from Wednesday to Saturday"),
    ("Hackers were active between 2006 and 2007, it said.", "2006-01-01", "2007-12-31", "2006", "year", "between 2006 and 2007"),
    ("Wed 16 Dec – Fri 18 Dec: Xi is due to open the conference.", "2015-12-16", "2015-12-18", "2015-12-16", "day", "Wed 16 Dec – Fri 18 Dec"),
    ("Leaders met in Hangzhou on Sunday and Monday.", "2015-11-29", "2015-11-30", "2015-11-29", "day", "Sunday and Monday"),
    ("China hosts it from Wednesday, Dec. 16, to Friday, Dec. 18, officials said.", "2015-12-16", "2015-12-18", "2015-12-16", "day", "from Wednesday, Dec. 16, to Friday, Dec. 18"),
    ("Voting began on the first Tuesday of November 2016.", "2016-11-01", "2016-11-01", "2016-11-01", "day", "the first Tuesday of November 2016"),
    ("The session opened on the last Monday in May, officials said.", "2015-05-25", "2015-05-25", "2015-05-25", "day", "the last Monday in May"),
    # ordinal days of a named month, as translations write them
    ("On the 25th of last month, Xi and Obama held talks at the White House.", "2015-11-25", "2015-11-25", "2015-11-25", "day", "the 25th of last month"),
    ("From the 9th to the 12th of September, Meng Jianzhu visited Washington.", "2015-09-09", "2015-09-12", "2015-09-09", "day", "From the 9th to the 12th of September"),
    # machine translations from Chinese keep its order
    ("This year 9 month 9 day to 12 day, Meng Jianzhu visited the United States.", "2015-09-09", "2015-09-12", "2015-09-09", "day", "This year 9 month 9 day to 12 day"),
    ("2013 year 7 month, the working group held its first meeting in Washington.", "2013-07-01", "2013-07-31", "2013-07", "month", "2013 year 7 month"),
    ("Last month 28th, Foreign Minister Wang Yi met Rice in Beijing.", "2015-11-28", "2015-11-28", "2015-11-28", "day", "Last month 28th"),
    ("22nd, Xi Jinping arrived in Seattle and gave a speech.", "2015-11-22", "2015-11-22", "2015-11-22", "day", "22nd"),
    ("They build on talks Meng held here from September 9th through the 12th.", "2015-09-09", "2015-09-12", "2015-09-09", "day", "September 9th through the 12th"),
    ("The cyber working group was set up Apr 2013 in Beijing.", "2013-04-01", "2013-04-30", "2013-04", "month", "Apr 2013"),
    ("The week before last, the President told the Business Roundtable.", "2015-11-16", "2015-11-22", "2015-W47", "week", "The week before last"),
    ("2013-06-07/08: Obama hosts Xi at the Sunnylands estate in California.", "2013-06-07", "2013-06-08", "2013-06-07", "day", "2013-06-07/08"),
    # a chronology's item headings
    ("Mid-2015: The Office of Personnel Management discloses two breaches.", "2015-01-01", "2015-12-31", "2015", "year", "2015"),
    ("Late 2013: The Communist Party's Third Plenum decides.", "2013-01-01", "2013-12-31", "2013", "year", "2013"),
    # weekdays: past unless the sentence looks ahead
    ("The dialogue, held in Washington on Tuesday, ended.", "2015-12-01", "2015-12-01", "2015-12-01", "day", "Tuesday"),
    ("The two will meet on Tuesday in Beijing.", "2015-12-08", "2015-12-08", "2015-12-08", "day", "Tuesday"),
    ("Officials said Thursday that talks went well.", "2015-12-03", "2015-12-03", "2015-12-03", "day", "Thursday"),
    ("Xi arrived last Friday.", "2015-11-27", "2015-11-27", "2015-11-27", "day", "last Friday"),
    # bare months: the year from tense and context
    ("Both leaders spoke of joint efforts in June.", "2015-06-01", "2015-06-30", "2015-06", "month", "June"),
    ("A seminar will be held in October.", "2016-10-01", "2016-10-31", "2016-10", "month", "October"),
    ("They agreed to hold talks in the US in December.", "2016-12-01", "2016-12-31", "2016-12", "month", "December"),
    ("A visit took place in December.", "2015-12-01", "2015-12-31", "2015-12", "month", "December"),
    ("The deal was struck last March.", "2015-03-01", "2015-03-31", "2015-03", "month", "last March"),
    ("Talks resume next May.", "2016-05-01", "2016-05-31", "2016-05", "month", "next May"),
    # relative words
    ("It grew last year.", "2014-01-01", "2014-12-31", "2014", "year", "last year"),
    ("Officials met this week.", "2015-11-30", "2015-12-06", "2015-W49", "week", "this week"),
    ("Hackers struck two days ago, police said.", "2015-12-01", "2015-12-01", "2015-12-01", "day", "two days ago"),
    ("Two years ago today, Holder announced charges against five officers.", "2013-12-03", "2013-12-03", "2013-12-03", "day", "Two years ago today"),
    ("A fortnight ago Obama told a meeting of chief executives in Washington.", "2015-11-16", "2015-11-22", "2015-W47", "week", "A fortnight ago"),
    ("Two years ago this month, at Sunnylands, the President raised the theft with Xi.", "2013-12-01", "2013-12-31", "2013-12", "month", "Two years ago this month"),
    ("Meng Jianzhu was in Washington for four days earlier this month, officials said.", "2015-12-01", "2015-12-03", "2015-12", "month", "earlier this month"),
    # a timeline item dated by its month alone
    ("June - Former contractor Edward Snowden tells a Hong Kong paper about the hacking.", "2015-06-01", "2015-06-30", "2015-06", "month", "June"),
    ("They hope to meet later this year.", "2015-12-03", "2015-12-31", "2015", "year", "later this year"),
    ("Talks are planned for the latter half of this year.", "2015-07-01", "2015-12-31", "2015-H2", "month", "the latter half of this year"),
    ("The rules take effect within six months, officials said.", "2015-12-03", "2016-06-03", "P6M", "month", "six months"),
    ("Sales rose in the third quarter of 2015.", "2015-07-01", "2015-09-30", "2015-Q3", "quarter", "the third quarter of 2015"),
    ("The group was founded in the 1990s.", "1990-01-01", "1999-12-31", "199", "year", "the 1990s"),
    ("The firm reported yesterday that hackers got in.", "2015-12-02", "2015-12-02", "2015-12-02", "day", "yesterday"),
    # "last summer" is last year's, as TimeBank annotates it ("last spring" written in October 1989 is 1988-SP)
    ("They met last summer.", "2014-06-01", "2014-08-31", "2014-SU", "season", "last summer"),
    ("They met this past summer.", "2015-06-01", "2015-08-31", "2015-SU", "season", "past summer"),
])
def test_expression(text, start, end, value, precision, span):
    published = SEP if "will be held" in text or "agreed to hold" in text else (
        date(2015, 6, 9) if "June 7-8" in text else THU)
    if "from Wednesday" in text:
        published = date(2015, 11, 29)
    only(text, published, date_start=start, date_end=end, value=value, precision=precision, text=span)


def test_since_with_a_when_clause_is_the_date_of_that_event():
    (m,) = find_dates("The group has been suspended since May, when the charges were announced.", published=THU)
    assert (m.value, m.bound, str(m.date_start), str(m.date_end)) == ("2015-05", "", "2015-05-01", "2015-05-31")


def test_since_is_an_open_start_not_an_event_day():
    m = only("Since 2008, cybersecurity has played a pivotal role.", SEP, value="2008", bound="since")
    assert m.date_start == date(2008, 1, 1) and m.date_end == SEP


def test_before_a_month_is_an_open_end():
    m = only("The law must pass before September, he said.", date(2016, 6, 1), bound="before")
    assert m.date_start is None and m.date_end == date(2016, 8, 31)


def test_month_only_dates_never_get_an_invented_day():
    for m in find_dates("It happened in June. It will happen in October 2016.", published=SEP):
        assert m.precision == "month" and m.date_start.day == 1


@pytest.mark.parametrize("text", [
    "Hackers may target banks; they march on.",  # verbs
    "CHINA MAY RETALIATE, OFFICIALS WARN",  # a headline's capitals: no day follows
    "Protesters march through the city and may return.",
    "He admired Sun Yat-sen greatly.",  # names
    "Wang, 52, is a professor.",  # ages
    "Call 962288 or the tip-off hotline 52920043.",  # phone numbers
    "沪ICP备05050403号-1 and license 31120180004",  # licence numbers
    "China Daily and US Weekly reported it.",  # mastheads
    "2 years ago",  # page chrome under a comment
    "He paid $2015 for 2010 people.",
])
def test_false_positives_are_rejected(text):
    found = [m for m in find_dates(text, published=THU) if m.date_start]
    assert found == [], [(m.text, m.value) for m in found]


def test_references_and_durations_are_typed():
    kinds = {m.text: (m.type, m.value) for m in find_dates(
        "Tensions have risen recently and now the two sides talk for three years.", published=THU)}
    assert kinds["recently"] == ("DATE", "PAST_REF")
    assert kinds["now"] == ("DATE", "PRESENT_REF")
    assert kinds["three years"] == ("DURATION", "P3Y")


def test_results_depend_only_on_the_given_publication_date():
    a = find_dates("They met on Tuesday and will meet again in June.", published=THU)
    b = find_dates("They met on Tuesday and will meet again in June.", published=date(2013, 6, 9))
    assert [m.value for m in a] == ["2015-12-01", "2016-06"]
    assert [m.value for m in b] == ["2013-06-04", "2013-06"]


@pytest.mark.parametrize("text,published,value,typ", [
    ("Net income rose to $5 million in the third quarter from $3 million a year ago.", date(1989, 10, 26), "1988-Q3", "DATE"),
    ("Revenue for the year-earlier quarter was lower.", date(1989, 10, 26), "1988-Q3", "DATE"),
    ("The talks will resume at 10:35 a.m. Friday.", date(1998, 8, 5), "1998-08-07T10:35", "TIME"),
    ("Results came at noon Thursday.", date(1998, 2, 13), "1998-02-12T12:00", "TIME"),
    ("They met on Thanksgiving Day.", date(1999, 11, 30), "1999-11-25", "DATE"),
    ("It was built in nineteen ninety-six.", date(1998, 1, 1), "1996", "DATE"),
    ("January nineteen ninety-seven. Atlanta again.", date(1998, 2, 27), "1997-01", "DATE"),
    ("Prices fell to the level we saw in the winter of nineteen ninety-four.", date(1998, 2, 23), "1994-WI", "DATE"),
    ("He left in January this year.", date(1998, 3, 1), "1998-01", "DATE"),
    ("It will matter in the near future.", date(1998, 3, 1), "FUTURE_REF", "DATE"),
    ("Shares were sold in mid-1996 to investors.", date(1998, 3, 1), "1996", "DATE"),
])
def test_timeml_conventions(text, published, value, typ):
    """Values as TimeBank annotates them (see benchmarks/timeml.py for the measured effect)."""
    values = {(m.value, m.type) for m in find_dates(text, published=published)}
    assert (value, typ) in values, values


@pytest.mark.parametrize("text,published,value", [
    # a season ahead, said after it has passed this year
    ("The two sides would hold a first tabletop exercise in the spring.", THU, "2016-SP"),
    ("The exercise was held in the spring.", THU, "2015-SP"),
    # a schedule told in the present
    ("Hagel leaves Beijing for Mongolia on Thursday, the last stop of his trip.", date(2014, 4, 9), "2014-04-10"),
    ("Supporters are planning a march on Saturday, and groups have called for calm.", date(2013, 6, 13), "2013-06-15"),
    ("A second round is expected in Beijing in June.", date(2016, 3, 1), "2016-06"),
    # a line break inside a tense marker, as in e-mails and PDFs
    ("The committee is expected\nto pass the law at a session that opens on\nMonday.", THU, "2015-12-07"),
    # "next to" is a preposition, not a look ahead
    ("A bomb went off next to the embassy on Friday.", date(1998, 8, 8), "1998-08-07"),
    # irregular past forms mark the past
    ("KKR bought RJR in February for $25 billion.", date(1989, 10, 30), "1989-02"),
    # "since" looks back, whatever else the sentence plans
    ("The carrier has been on patrol since March and is scheduled to return.", date(1990, 8, 13), "1990-03"),
    ("Police have searched for him since the Oct. 23 slaying.", date(1999, 5, 6), "1998-10-23"),
    # a verb governing the date outweighs the nearer occurrence
    ("In January, American Medical brought in a new chief executive.", date(1989, 10, 27), "1989-01"),
    ("In the fiscal year ended Jan. 31, the company reported sales of $59 million.", date(1989, 10, 31), "1989-01-31"),
    ("The dialogue was held in December.", date(2016, 2, 10), "2015-12"),
    ("Xi will arrive in December.", date(1998, 3, 4), "1998-12"),
    # "on the 25th": a day of the publication month, or of the month before when it is still to come
    ("Xi and Obama agreed on the 25th (local time) to curb hacking.", date(2015, 9, 26), "2015-09-25"),
    ("The talks ended on the 28th.", date(2015, 10, 2), "2015-09-28"),
    ("He will arrive on the 5th.", date(2015, 10, 2), "2015-10-05"),
    # a decision or pledge after the date is the date's verb; before it, it looks ahead
    ("China on Monday decided to suspend the working group.", date(2014, 5, 20), "2014-05-19"),
    ("The two sides agreed to meet on Monday.", date(2014, 5, 20), "2014-05-26"),
    ("Officials on Monday are expected to announce a deal.", date(2015, 9, 26), "2015-09-28"),
    # a newsletter's day labels: a short month after a day number needs no full stop
    ("Tue 1 Dec: Lynch hosted Guo Shengkun for the first cybercrime dialogue.", date(2015, 12, 4), "2015-12-01"),
    # capitals, as factboxes write them, where a day follows
    ("MAY 19, 2014 - A U.S. grand jury indicts five members of the Chinese military.", date(2016, 3, 23), "2014-05-19"),
    ("WASHINGTON, SEPT. 25 (Reuters) - The two presidents met.", date(2015, 9, 26), "2015-09-25"),
    # the verb and its object, then the month
    ("Beijing suspended those rules in April after protests.", date(2016, 1, 14), "2015-04"),
    ("The group held its first meeting in July.", date(2014, 5, 20), "2013-07"),
    ("The split would be paid on a still unspecified date in January.", date(1989, 10, 26), "1990-01"),
    # nothing governs it directly: the nearest occurrence stands
    ("The increased dividend will be paid Dec. 14 to holders of record.", date(1989, 10, 26), "1989-12-14"),
    ("The rights, which expire Nov. 21, can be exercised for $100 each.", date(1989, 10, 26), "1989-11-21"),
    ("Guidelines to be published in early November will decide.", date(1989, 10, 26), "1989-11"),
    ("The talks are supposed to conclude by May, invited Sinn Fein to rejoin.", date(1998, 3, 22), "1998-05"),
    ("The planned talks in January were announced.", date(1989, 10, 27), "1990-01"),
    # a weekday in a sentence with no past marker is a schedule, counted forward (publication: a Friday)
    ("Xi and Obama meet Tuesday at the White House.", date(2015, 9, 18), "2015-09-22"),
    ("Xi and Obama met Tuesday at the White House.", date(2015, 9, 18), "2015-09-15"),
    ("The leak may have been behind a drop in the stock on Wednesday.", date(2015, 9, 18), "2015-09-16"),
    # a delay or a plan names a later day, though written like a past verb
    ("Officials postponed the vote until Tuesday.", date(2015, 9, 18), "2015-09-22"),
    ("The hearing is set for Thursday.", date(2015, 9, 18), "2015-09-24"),
    ("A memorial service planned for Saturday was canceled.", date(2015, 9, 16), "2015-09-19"),
    # "later on Wednesday" goes on with the story; "later this week" and "will ... later" look ahead
    ("Later on Wednesday, Xi dropped in on a high school.", date(2015, 9, 24), "2015-09-23"),
    ("Xi will visit a school later on Monday.", date(2015, 9, 24), "2015-09-28"),
    # a passive after a plan is the plan's, not a past act
    ("He is scheduled to be sentenced on July 13.", date(2016, 3, 23), "2016-07-13"),
])
def test_tense_markers(text, published, value):
    assert value in [m.value for m in find_dates(text, published=published)]


@pytest.mark.parametrize("text,span,value", [
    ("The breach was found on Tuesday of last week, officials said.", "Tuesday of last week", "2015-06-16"),
    ("The panel will meet Friday next week.", "Friday next week", "2015-07-03"),
    ("He arrived on Monday of this week.", "Monday of this week", "2015-06-22"),
])
def test_a_weekday_of_a_named_week(text, span, value):
    only(text, date(2015, 6, 24), text=span, value=value)  # a Wednesday


@pytest.mark.parametrize("text,span,value", [
    ("The indictments on May 19 of last year were meant to send a message.", "May 19 of last year", "2014-05-19"),
    ("It was agreed on 3 March last year.", "3 March last year", "2014-03-03"),
    ("They reviewed what was agreed at the end of September last year.", "the end of September last year", "2014-09"),
    ("The next summit will be held in July next year.", "July next year", "2016-07"),
])
def test_a_month_or_day_of_a_named_year(text, span, value):
    only(text, date(2015, 9, 25), text=span, value=value)


@pytest.mark.parametrize("text,how", [
    ("Officials said Thursday that talks went well.", "'Thursday' → 2015-12-03, the same day as the publication date 2015-12-03"),
    ("The dialogue ended on Tuesday.", "'Tuesday' → 2015-12-01, counted back from the publication date 2015-12-03"),
    ("The two will meet on Tuesday.", "'Tuesday' → 2015-12-08, counted forward from the publication date 2015-12-03"),
])
def test_a_weekday_says_which_way_it_was_counted(text, how):
    only(text, THU, how=how)


@pytest.mark.parametrize("text,expected", [
    # a story told in an earlier year stays in it: "That March", then a bare month after it
    ("In February 2013, Mandiant published a report. That March, Donilon gave a speech. In April, Kerry flew to Beijing.",
     ["2013-02", "2013-03", "2013-04"]),
    ("In the fall of 2014, Novetta published a study. That November, Obama flew to Beijing. In December, Lu Wei "
     "toured Silicon Valley.", ["2014-FA", "2014-11", "2014-12"]),
    ("Snowden fled to Hong Kong in June 2013. That summer, the leaks handed Beijing an argument. The following "
     "spring, a grand jury indicted five officers.", ["2013-06", "2013-SU", "2014-SP"]),
    # each month placed in the story's year keeps the story there for the next one
    ("In 2013 the Mandiant report landed in February, Sunnylands came in June, and that summer Snowden talked.",
     ["2013", "2013-02", "2013-06", "2013-SU"]),
    # a sentence opening with a year counted from publication sets that sentence's year, not the next one's
    ("Last year's conference in November was a showcase. In March, the group met.", ["2014", "2014-11", "2015-03"]),
    # a year counted from publication sets no story year: "in June" is still this June
    ("Talks stalled late last year. The dialogue met in June.", ["2014", "2015-06"]),
    ("An intrusion was found in early 2014. It was not reported until July of that year.", ["2014", "2014-07"]),
    # a date inside the sentence, not opening it, is background: the story stays in the present
    ("The officers indicted in May 2014 have never appeared in court. Su Bin was sentenced in July.", ["2014-05", "2015-07"]),
    ("The group met in 2013. In the summer of the following year talks stopped.", ["2013", "2014-SU"]),
    # nor does an earlier month than the story's: "In March" after "December 2013" is not December's year
    ("In December 2013, the group met. In March, officials spoke again.", ["2013-12", "2015-03"]),
    ("The two sides will hold an exercise in the spring of next year.", ["2016-SP"]),
])
def test_a_month_in_a_story_told_in_an_earlier_year(text, expected):
    assert [m.value for m in find_dates(text, published=date(2015, 9, 15))] == expected


def test_an_earlier_paragraphs_year_does_not_carry_a_bare_month():
    before = find_dates("In February 2013, Mandiant published a report.", published=date(2015, 9, 15))[-1]
    assert [m.value for m in find_dates("In April, Obama signed an order.", published=date(2015, 9, 15),
                                        after=before)] == ["2015-04"]


@pytest.mark.parametrize("text,value", [
    ("He fought for independence from Spain in 1898.", "1898"),  # a preposition of time makes it a year
    ("Angkor Wat, the fabled 11th century temple.", "10"),
    ("In the 19th century, trade grew.", "18"),
])
def test_years_and_centuries_before_the_news_era(text, value):
    assert [m.value for m in find_dates(text, published=date(2000, 1, 28))] == [value]


def test_old_four_digit_numbers_without_a_preposition_are_counts():
    assert find_dates("The company sold 1898 shares and 1850 bonds.", published=date(2000, 1, 28)) == []


@pytest.mark.parametrize("text,value", [
    ("He was made a general on May 22, 1995, and the following year he left.", "1996"),
    ("He fled in June 1998 and returned later that year.", "1998"),
    ("Imports totaled $37 million in 1988, a small share of all imports that year.", "1988"),
    ("The board met on March 3, 1997. The following month, the firm was sold.", "1997-04"),
    ("He fell ill on Oct. 12, 1997 and was in court the next day.", "1997-10-13"),
    ("The talks resume the following week.", "2015-W50"),  # no earlier date: counted from publication
    ("Five officers were indicted on 19 May 2014. Three days later, China announced a review.", "2014-05-22"),
    ("Xi arrived on Sept. 22, 2015. Two weeks later, the envoy returned.", "2015-W41"),
    ("Xi met Obama on Sept. 25, 2015, after flying in from Seattle the day before.", "2015-09-24"),
    ("Revenue fell to $300 million in 1997, down from $450 million the year before.", "1996"),
])
def test_anaphoric_expressions_count_from_the_date_mentioned_before(text, value):
    assert value in [m.value for m in find_dates(text, published=THU)]


def test_an_offset_is_tagged_as_timeml_does_and_stands_alone_without_an_earlier_date():
    dated = find_dates("Indicted on 19 May 2014. Three days later, China announced a review.", published=THU)
    assert [(r["text"], r["value"]) for r in date_records("Three days later, China announced a review.", published=THU)] \
        == [("Three days", "P3D")]
    assert [(p.text, p.value) for p in dated[-1].parts] == [("Three days", "P3D")]  # TimeML's view of it
    assert [(m.text, m.type) for m in find_dates("Three days later, China announced a review.", published=THU)] \
        == [("Three days", "DURATION")]


def test_an_earlier_paragraphs_date_anchors_the_next_day():
    before = find_dates("Xi met Obama on Sept. 25, 2015.", published=THU)[-1]
    assert [m.value for m in find_dates("The next day, Xi flew to New York.", published=THU, after=before)] == ["2015-09-26"]
    assert find_dates("The next day, Xi flew to New York.", published=THU) == []


@pytest.mark.parametrize("text", ["Trading was heavy that day.", "He resigned the day after.",
                                  "They met on Sept. 2, 2015, the day before the vote."])
def test_anaphoric_expression_without_an_earlier_date_is_left_out(text):
    # "the day before the vote" counts from the vote, which has no date here
    assert [m.text for m in find_dates(text, published=THU) if m.text.startswith(("that", "the day"))] == []


@pytest.mark.parametrize("text", [
    'Baker said on ABC News\' "This Week," that the request gives the U.S. room.',
    "This is VOA Today.",
    "He told USA Today that he would run.",
])
def test_relative_words_in_names_are_not_dates(text):
    assert [m.text for m in find_dates(text, published=THU)] == []


@pytest.mark.parametrize("text,span,value", [
    ("Today the talks resume.", "Today", "2015-12-03"),  # capitalised only as the first word
    ("Prices rose in the past year.", "past year", "P1Y"),  # a span, not "in the past"
])
def test_capitals_and_past_spans_keep_their_reading(text, span, value):
    assert (span, value) in [(m.text, m.value) for m in find_dates(text, published=THU)]


@pytest.mark.parametrize("text,span,value", [
    ("Three days later, the index had recovered.", "Three days", "P3D"),
    ("A few days later, the company announced losses.", "A few days", "PXD"),
    ("He was declared dead just over an hour later.", "an hour", "PT1H"),
    ("Two days before the vote, he resigned.", "Two days", "P2D"),
])
def test_offsets_from_another_event_are_durations(text, span, value):
    assert [(m.text, m.value, m.type) for m in find_dates(text, published=THU)] == [(span, value, "DURATION")]


def test_a_range_is_reported_as_timeml_tags_it():
    from loader.dates import date_records
    rows = date_records("Hackers were active between 2006 and 2007.", published=THU)
    assert [(r["text"], r["value"]) for r in rows] == [("2006", "2006"), ("2007", "2007")]
    assert rows[0]["range"] == {"text": "between 2006 and 2007", "date_start": "2006-01-01", "date_end": "2007-12-31"}


@pytest.mark.parametrize("published", [date(1, 1, 1), date(2016, 2, 29), date(9999, 12, 31)])
def test_expressions_off_the_calendar_are_skipped_not_fatal(published):
    found = find_dates("It began 3000 years ago; next year and last year and 2015 years ago.", published=published)
    assert all(m.date_start is None or m.date_start.year >= 1 for m in found)


@pytest.mark.parametrize("text,value,start,end", [
    # a deadline is any day up to it, from publication (2015-12-03) on
    ("They agreed to finish by the end of the year.", "2015", "2015-12-03", "2015-12-31"),
    ("At the end of the year, the dialogue will be held.", "2015", "2015-12-01", "2015-12-31"),
    ("Talks resume at the beginning of next year.", "2016", "2016-01-01", "2016-01-31"),
    ("The report is due at the end of this month.", "2015-12", "2015-12-01", "2015-12-31"),
    ("The first meeting is to be held by the end of 2015.", "2015", "2015-12-03", "2015-12-31"),
    ("Points of contact will be named by the end of the month.", "2015-12", "2015-12-03", "2015-12-31"),
    ("It must pass by the end of September.", "2015-09", "2015-09-01", "2015-09-30"),
])
def test_parts_of_a_period(text, value, start, end):
    only(text, THU, value=value, date_start=start, date_end=end)


@pytest.mark.parametrize("page, day_first", [
    ("Published 28/09/2015. The talks on 03/04/2015 ...", True),
    ("Published 09/28/2015. The talks on 03/04/2015 ...", False),
    ("The talks on 03/04/2015 ...", False),  # nothing to tell: US order
    ("Published 28/09/2015, filed 09/28/2015.", False),  # mixed: no convention
])
def test_a_page_that_writes_dates_day_first(page, day_first):
    assert read_conventions(page).day_first is day_first


@pytest.mark.parametrize("text, day_first, value, span", [
    ("The talks were held on 03/04/2015.", False, "2015-03-04", "03/04/2015"),
    ("The talks were held on 03/04/2015.", True, "2015-04-03", "03/04/2015"),
    ("Xi arrived in Seattle on 22/9 and met executives.", False, "2015-09-22", "22/9"),
    ("Xi arrived in Seattle on 9/22 and met executives.", False, "2015-09-22", "9/22"),
    ("Xi arrived in Seattle on 3/9 and met executives.", True, "2015-09-03", "3/9"),
    ("Xi will visit Britain from 20/10.", True, "2015-10-20", "20/10"),
    ("FIRST CYBERCRIME DIALOGUE (12/1)", False, "2015-12-01", "12/1"),  # a digest heading's date in brackets
])
def test_numeric_dates_follow_the_pages_order(text, day_first, value, span):
    found = find_dates(text, published=date(2015, 9, 26), page=Conventions(day_first=day_first))
    assert [(m.value, m.text) for m in found] == [(value, span)]


@pytest.mark.parametrize("text", ["The vote was 3/4 in favour.", "Scores of 22/9 were reported.", "He works 9/5 on weekdays."])
def test_a_bare_fraction_is_no_date(text):
    assert find_dates(text, published=date(2015, 9, 26)) == []


@pytest.mark.parametrize("text, fiscal_end, span, precision", [
    ("In the third quarter of fiscal 2014, we detected an intrusion.", 10, ("2014-05-01", "2014-07-31"), "month"),
    ("We completed the work in the first quarter of fiscal 2015.", 10, ("2014-11-01", "2015-01-31"), "month"),
    ("Revenue rose in fiscal 2015.", 10, ("2014-11-01", "2015-10-31"), "month"),
    ("Revenue rose in fiscal 2015.", 12, ("2015-01-01", "2015-12-31"), "year"),
    ("The agency's budget for fiscal 2016 was cut.", None, ("2016-01-01", "2016-12-31"), "year"),
    ("In the third quarter of fiscal 2014, we detected an intrusion.", None, ("2014-01-01", "2014-12-31"), "year"),
])
def test_a_fiscal_period_is_placed_by_the_pages_fiscal_year(text, fiscal_end, span, precision):
    found = [m for m in find_dates(text, published=date(2016, 1, 13), page=Conventions(fiscal_end=fiscal_end))]
    assert [(m.date_start.isoformat(), m.date_end.isoformat(), m.precision) for m in found] == [(*span, precision)]


def test_a_page_says_when_its_fiscal_year_ends():
    assert read_conventions("Annual report for the fiscal year ended October 31, 2015.").fiscal_end == 10
    assert read_conventions("Revenue rose in fiscal 2015.").fiscal_end is None


@pytest.mark.parametrize("text, value, bound", [
    ("The agency did not detect them until April.", "2015-04", ""),
    ("The report wasn't made public until 2015.", "2015", ""),
    ("The sanctions stay in force until April.", "2016-04", "before"),
    ("Talks are suspended until 2016.", "2016", "before"),
])
def test_not_until_a_date_is_when_it_happened(text, value, bound):
    assert [(m.value, m.bound) for m in find_dates(text, published=date(2015, 12, 2))] == [(value, bound)]


@pytest.mark.parametrize("text, value", [
    ("Tue 29 Sep — Quiet day.", "2015-09-29"),  # the only nearby year whose 29 September is a Tuesday
    ("Tuesday, Sept. 29: a quiet day.", "2015-09-29"),
    ("Sept. 29: a quiet day.", "2014-09-29"),  # no weekday: the nearest occurrence
])
def test_a_weekday_fixes_the_year_of_a_yearless_date(text, value):
    assert [m.value for m in find_dates(text, published=date(2014, 5, 19))] == [value]


def test_a_captions_present_tense_tells_of_the_past():
    caption = "Leaders pose for a group photo at the G20 summit in Hangzhou on Sunday."
    assert [m.value for m in find_dates(caption, published=date(2016, 9, 5), caption=True)] == ["2016-09-04"]


@pytest.mark.parametrize("text, value, precision", [
    ("A year ago, Coldharbor won a contract in China.", "2014-10", "month"),  # about the same month
    ("Two years ago, Obama raised cyber theft at Sunnylands.", "2013", "year"),
])
def test_a_year_ago_is_about_the_same_month(text, value, precision):
    [m] = find_dates(text, published=date(2015, 10, 1))
    assert (m.value, m.precision) == (value, precision)


@pytest.mark.parametrize("text, published, values", [
    # the other act, that many days before the date just given
    ("Archuleta resigned on Friday, a day after her agency said hackers stole data.", date(2015, 7, 10),
     ["2015-07-10", "2015-07-09"]),
    ("On February 20, 2013, the White House released its strategy, two days after a firm named Unit 61398.",
     date(2015, 9, 29), ["2013-02-20", "2013-02-18"]),
    # without a date before it, or as a deadline, it is a length only
    ("A day after he was hounded, he left.", date(2000, 2, 24), ["P1D"]),
    ("Commerce must act by June 4, 2015, and report within 10 days after that.", date(2015, 6, 25),
     ["2015-06-04", "P10D"]),
])
def test_days_after_an_act_count_back_from_the_date_given(text, published, values):
    assert [m.value for m in find_dates(text, published=published)] == values


@pytest.mark.parametrize("text, values", [
    ("Today is the tenth of December.", ["2016-12-10", "2016-12-10"]),
    ("On the twenty-fifth of September last year, the presidents spoke.", ["2015-09-25"]),
    ("The new administration takes office on the twentieth of January.", ["2017-01-20"]),
    ("It was the first of many meetings.", []),
])
def test_days_spelled_out_as_transcripts_write_them(text, values):
    assert [m.value for m in find_dates(text, published=date(2016, 12, 10))] == values
