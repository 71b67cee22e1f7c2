"""Date expressions in news text -> TIMEX3-style mentions, anchored on the publication date.

Rule-based (fast, predictable, explains itself): in running prose dateparser misreads "may",
"march", names and bare numbers, so it is kept for metadata dates (published.parse_meta_date).
Nothing here reads the wall clock: every relative expression is resolved against the `published`
date passed in, and the mention says how in `how`.
"""
from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .model import DateMention
from .sentences import split_sentences

# ---------------------------------------------------------------- vocabulary
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a few": "X",
    "few": "X", "several": "X", "many": "X", "some": "X", "a couple of": 2, "couple of": 2,
    "dozens of": "X", "a dozen": 12, "half a": 0.5,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "last": 4, "final": 4}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
UNIT_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE",
             "hour": "H", "minute": "M", "quarter": "Q", "century": "CE", "weekend": "WE"}

# Capitalised month names only: lowercase "may"/"march" are verbs. Full names, or the
# abbreviations with their period ("Dec.", "Sept.") or before a digit ("Dec 7").
_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
# Capitals ("MAY 19, 2014 - ...", as factboxes and datelines write them) only where a day follows: an
# all-caps headline's "MAY" is a verb.
_MONTH_CAPS = r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)"
MON = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}\.|{_MONTH_ABBR}(?=\s+\d)|{_MONTH_CAPS}\.?(?=\s+\d))"
MON_STRICT = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}\.)"
# A timeline item dated by its month alone: "June - Snowden, hiding in Hong Kong, tells …"
MONTH_ITEM = rf"(?P<mon>{MON_STRICT})\s*[-–—:]\s"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"
# Broadcast transcripts spell years out: "nineteen ninety-six".
_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
         "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
YEAR_WORDS = rf"(?i:nineteen\s+(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_ONES)}))?)"


def _year_of(s: str) -> int:
    """1996 from "1996" or from "nineteen ninety-six"."""
    if s.isdigit():
        return int(s)
    tens, *ones = re.split(r"[\s-]+", s.lower())[1:]
    return 1900 + _TENS[tens] + (_ONES[ones[0]] if ones else 0)
WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WD_ABBR = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|few|several|a couple of|couple of|a dozen|half a)"
UNIT = r"(?:day|week|month|year|decade|hour|minute|quarter|weekend)"
DASH = r"\s*(?:-|–|—|to|through|thru|and|until)\s*"

# ---------------------------------------------------------------- tense
_FUTURE = (r"(?:will|won't|'ll|shall|would|to)(?:\s+not)?\s+be\s+\w+|will|won't|'ll|shall|would|"
           r"must|should|need to|needs to|as soon as|is going to|are going to|is due|are due|"
           # "agreed to meet", "plans to visit"; the past forms are named: see tense_at.
           r"(?:(?P<decided>agreed|planned|decided|hoped|intended|aimed|pledged|promised|vowed|wanted|sought|"
           r"prepared|was|were)|agrees?|plans?|expect(?:s|ed)?|hopes?|intends?|aims?|scheduled|slated|set|due|"
           r"prepar(?:e|es|ing)|wants?|seeks?|is|are|planning) to(?:\s+be\s+\w+)?|next(?!\s+to\b)|upcoming|coming|"
           # "later this year" looks ahead; "later on Wednesday", "later that day" only go on with the story
           rf"later(?!\s+(?:on\s+)?(?:that|the same|in the day|{WD}))|"
           r"forthcoming|scheduled|"
           # A delay's or a plan's date, though written like a past verb: "postponed the vote until Tuesday",
           # "planned for Saturday", "is set for Thursday".
           r"postponed|delayed|put off|pushed back|(?:planned|set) for|"
           # News tells a schedule in the present: "Hagel leaves Beijing for Mongolia on Thursday", "are planning a
           # march on Saturday".
           r"(?:leaves|heads|travels|flies|departs)\b|(?:is|are) (?:planning|preparing|scheduled|expected|due)")
# Irregular past forms of verbs that report an act, shared by the tense windows here, the verbs that
# govern a date, and the narrative test in events. Reporting verbs and auxiliaries are apart: they say
# the sentence is past, not that the date is the act's.
IRREGULAR_PAST = frozenset(
    "met held took made began came went left spoke saw gave won lost led fell rose sent brought bought sold "
    "paid became found got kept thought felt grew knew wrote built chose fought flew ran shot stood spent struck "
    "sought withdrew broke drew threw taught caught meant heard drove hid stole swore tore wore".split())
REPORTED_PAST = frozenset({"said", "told", "was", "were", "had", "did", "been"})
# Words ending in -ed that are not past-tense verbs.
NOT_VERBS = frozenset({
    "united", "need", "speed", "feed", "seed", "based", "indeed", "hundred", "red", "bed", "shed", "wed", "ted",
    "fred", "ahmed", "mohammed", "muhammad", "armed", "limited", "related", "advanced", "detailed", "concerned",
    "alleged", "embed", "proceed", "exceed", "succeed", "breed", "creed", "greed", "weed",
    "reed", "naked", "sacred", "wicked"})
_PAST_WORDS = "|".join(sorted(IRREGULAR_PAST | REPORTED_PAST))
# Past markers: past forms, "says" (reported speech), and "since", which always looks back from now.
_PAST = rf"{_PAST_WORDS}|says|ago|last|earlier|previous|since|(?P<ed>\w{{2,}}ed)"
# A space in a marker stands for any white space: e-mails and PDFs break lines inside "expected\nto pass".
_TENSE_RE = re.compile(rf"\b(?:(?P<fut>{_FUTURE})|(?P<past>{_PAST}))\b".replace(" ", r"\s+"), re.I)
# A verb that governs a date directly outweighs nearness to publication: "In January, the firm brought
# in a new chief", read in October, is last January, though next January is closer.
# Not after "be" or "is": "will be paid Dec. 14" is a passive future.
_GOVERNING_VERB = (r"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\bbeing )"
                   rf"(?P<verb>(?P<fut>will \w+|shall \w+)|{'|'.join(sorted(IRREGULAR_PAST))}|\w{{2,}}ed)")
# The verb, then perhaps its object ("suspended those rules in April", "held its first meeting in July").
_GOVERNS_BEFORE = re.compile(rf"\b{_GOVERNING_VERB}\s+(?:(?:the|a|an|its|their|his|her|those|these|this|that|our|them|it)\s+"
                             r"(?:[a-z][\w'’-]*\s+){0,3}?(?=in\s))?"
                             r"(?:(?:in|on|at|since|until|through)\s+)?(?:(?:early|late|mid-?)\s*)?$", re.I)
_GOVERNS_AFTER = re.compile(rf",?\s+(?:[\w'’-]+\s+){{0,3}}?{_GOVERNING_VERB}\b", re.I)
_OPENS_SENTENCE = re.compile(r"\W*(?:(?:in|on|at|by|since|until|back in)\s+)?(?:(?:early|late|mid-?)\s*)?", re.I)
# Participles that name something planned or awaited: they do not say the act is past.
_NOT_DONE = {"planned", "expected", "proposed", "anticipated", "postponed", "delayed", "scheduled", "intended"}
_NOT_GOVERNING = NOT_VERBS | _NOT_DONE


def sentence_bounds(text: str) -> list[int]:
    """Start offsets of the sentences of `text` (the first is 0), for tense windows."""
    return [0] + [a for a, _ in split_sentences(text)[1:]]


AFTER_PENALTY = 1000  # a marker after the expression counts only when none comes before it


def tense_at(text: str, starts: list[int], pos: int, end: int | None = None) -> str:
    """'future' / 'past' / '' from the tense marker nearest the expression in its sentence.

    Markers before it count a little more than those after ("said Tuesday it will ...")."""
    i = bisect.bisect_right(starts, pos) - 1
    s_end = starts[i + 1] if i + 1 < len(starts) else len(text)
    end = pos if end is None else end
    best, best_d = "", None
    for m in _TENSE_RE.finditer(text, starts[i], s_end):
        if m.group("ed") and m.group().lower() in NOT_VERBS:
            continue
        if m.end() <= pos:
            d = pos - m.end()
        elif m.start() >= end:
            d = (m.start() - end) + AFTER_PENALTY
        else:
            continue
        if best_d is None or d < best_d:
            # A past decision or promise after the date is the verb the date belongs to: "China on Monday
            # decided to suspend ..." is last Monday; before the date it looks ahead: "agreed to meet on Monday".
            ahead = m.group("fut") and not (m.start() >= end and m.group("decided"))
            best, best_d = ("future" if ahead else "past"), d
    return best


def governing_tense(text: str, sentence_start: int, pos: int, end: int) -> str:
    """'past' / 'future' / '' from a verb that governs the expression directly: "ended Jan. 31",
    "held in December", "will meet in May", or, for an expression opening its sentence, "In January,
    the firm brought in". Between them only a preposition, or a comma and up to three words."""
    before = _GOVERNS_BEFORE.search(text, max(sentence_start, pos - 60), pos)
    after = (_GOVERNS_AFTER.match(text, end, min(len(text), end + 60))
             if _OPENS_SENTENCE.fullmatch(text, sentence_start, pos) else None)
    for m in (before, after):
        if m and m.group("verb").lower() not in _NOT_GOVERNING:
            return "future" if m.group("fut") else "past"
    return ""


# ---------------------------------------------------------------- calendar helpers
def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


# "last/this/next year", "… of last month": steps from the publication's own.
REL_SHIFT = {"last": -1, "this": 0, "next": 1}


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def month_start(d: date, n: int = 0) -> date:
    """The first day of the month n months from d's."""
    return add_months(date(d.year, d.month, 1), n)


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


# Explicit dates carry their own year: where no publication date is known they are still found
# with this fixed stand-in anchor, and everything counted from it is discarded.
NO_ANCHOR = date(2000, 1, 1)
NEAR_DAYS = 100  # a month/day this close to publication is that occurrence, whatever the tense


def year_and_reason(month: int, day: int | None, published: date, tense: str, firm: str = "",
                    anchor: str = "") -> tuple[int, str]:
    """Year for a month (and day) written without one, and why: the nearest occurrence when it
    is close, unless a firm tense marker says the other way; otherwise the tense decides (past: the
    last one, future: the next one)."""
    y = published.year
    cands = [(abs((date(c, month, min(day or 15, 28)) - published).days), c) for c in (y - 1, y, y + 1)]
    dist, nearest = min(cands)
    anchor = anchor or _anchor_words(published)
    key, pub = (month, day or 1), (published.month, published.day if day else 1)
    if dist <= NEAR_DAYS:
        ahead, behind = (nearest, *key) > (y, *pub), (nearest, *key) < (y, *pub)
        if not (firm == "past" and ahead or firm == "future" and behind):
            return nearest, f"the occurrence nearest to {anchor}"
        tense = firm
    elif not tense:
        return nearest, f"the occurrence nearest to {anchor}"
    if tense == "future":
        return (y if key >= pub else y + 1), f"the sentence looks ahead from {anchor}"
    return (y if key <= pub else y - 1), f"the sentence looks back from {anchor}"


def resolve_weekday(wd: int, published: date, tense: str, modifier: str) -> date:
    delta = (published.weekday() - wd) % 7
    if modifier == "last":
        return published - timedelta(days=delta or 7)
    if modifier == "next":
        return published + timedelta(days=((wd - published.weekday()) % 7) or 7)
    if modifier == "this":
        return published + timedelta(days=wd - published.weekday())
    if tense == "future" or not tense:
        return published + timedelta(days=(wd - published.weekday()) % 7)
    return published - timedelta(days=delta)


# ---------------------------------------------------------------- mention builders
def _day(start, end, text, d: date, basis, how, value=None, typ="DATE", d_end: date | None = None):
    d_end = d_end or d
    return DateMention(start, end, text, value or d.isoformat(), typ, d, d_end, "day", basis, how)


def _month(start, end, text, y, m, basis, how):
    return DateMention(start, end, text, f"{y}-{m:02d}", "DATE", date(y, m, 1), month_end(y, m),
                       "month", basis, how)


def _year(start, end, text, y, basis, how):
    return DateMention(start, end, text, str(y), "DATE", date(y, 1, 1), date(y, 12, 31), "year",
                       basis, how)


def _season(start, end, text, y, code, basis, how):
    a, b = SEASON_MONTHS[code]
    ds = date(y, a, 1)
    de = month_end(y + 1, b) if code == "WI" else month_end(y, b)
    return DateMention(start, end, text, f"{y}-{code}", "DATE", ds, de, "season", basis, how)


def _quarter(start, end, text, y, q, basis, how):
    return DateMention(start, end, text, f"{y}-Q{q}", "DATE", date(y, 3 * q - 2, 1),
                       month_end(y, 3 * q), "quarter", basis, how)


def _week(start, end, text, d: date, basis, how):
    monday = d - timedelta(days=d.weekday())
    return DateMention(start, end, text, iso_week(d), "DATE", monday, monday + timedelta(days=6),
                       "week", basis, how)


def _ref(start, end, text, value):
    return DateMention(start, end, text, value, "DATE", None, None, "", "relative",
                       f"'{text}' is a general reference ({value}), not a date")


def _num(word: str):
    w = word.lower()
    if w.isdigit():
        return int(w)
    return NUMBERS.get(w, "X")


def _anchor_words(published: date) -> str:
    return f"the publication date {published.isoformat()}"


# ---------------------------------------------------------------- the patterns
# Each: (regex, handler). Handlers get (match, ctx) and return a DateMention or None.
_PATTERNS: list[tuple[re.Pattern, re.Pattern, object]] = []


# Every rule names a trigger: a cheap regex for a part every match must contain. Full patterns
# (slow: optional lead-ins tried at every position) then run only in windows around its hits.
_T_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_T_UNIT = r"(?i:day|week|month|year|decade|hour|minute|quarter)"
WINDOW = 80  # characters either side of a trigger: longer than any date expression


def rule(pattern: str, flags=0, *, trigger: str):
    def deco(fn):
        # re.compile caches, so rules with the same trigger share one object (scanned once).
        _PATTERNS.append((re.compile(pattern, flags), re.compile(trigger), fn))
        return fn
    return deco


def _windows(text: str, trigger: re.Pattern) -> list[tuple[int, int]]:
    """Merged spans around trigger hits, widened to whitespace so no word is cut."""
    out: list[list[int]] = []
    for h in trigger.finditer(text):
        a = text.rfind(" ", 0, max(0, h.start() - WINDOW)) + 1
        b = text.find(" ", h.end() + WINDOW)
        b = len(text) if b < 0 else b
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


@dataclass(frozen=True)
class Conventions:
    """How a page writes its dates, read once from its whole text (read_conventions)."""
    day_first: bool = False  # slashed dates day first ("28/09/2015"), so "03/04/2015" is 3 April
    fiscal_end: int | None = None  # the month its fiscal year ends in ("the fiscal year ended October 31"), if said


PLAIN = Conventions()
_SLASH_DATE = re.compile(r"(?<![\d/.])([0-3]?\d)/([0-3]?\d)(?:/(?:\d{4}|\d\d))?(?![\d/])")
_FISCAL_END = re.compile(rf"\bfiscal year (?:that )?(?:ended|ending|ends)\s+(?:on\s+)?(?P<mon>{_MONTH_FULL})\b", re.I)


def read_conventions(text: str) -> Conventions:
    """Slashed dates are day first when some cannot be read month first ("28/09/2015") and none cannot be read
    day first ("09/28/2015"); the fiscal year ends in the month the page says it does."""
    orders = {int(a) > 12 for a, b in _SLASH_DATE.findall(text) if (int(a) > 12) != (int(b) > 12)}
    fiscal = _FISCAL_END.search(text)
    return Conventions(day_first=orders == {True}, fiscal_end=_mon(fiscal["mon"]) if fiscal else None)


class Ctx:
    __slots__ = ("text", "published", "anchor", "starts", "anaphora", "in_year", "year", "page", "caption")

    def __init__(self, text, published, year=None, counted_from=None, page=PLAIN, caption=False):
        self.text = text
        self.published = published
        self.page = page
        self.caption = caption
        self.anchor = counted_from or _anchor_words(published)  # what relative dates count from, in words
        self.year = year
        self.starts = sentence_bounds(text)
        # (start, end) -> (unit, shift, fallback): expressions counted from the date last mentioned
        self.anaphora: dict[tuple[int, int], tuple[str, int, bool]] = {}
        # (start, end) -> (month or season code, years to shift, narrative only): a month or season of the year
        # the text last mentioned ("That March", "the following spring"); narrative only: a bare month ("In April")
        # takes that year only when this text itself, not an earlier paragraph, set the story in an earlier year.
        self.in_year: dict[tuple[int, int], tuple[int | str, int, bool]] = {}

    def tense(self, pos, end=None):
        # A photo caption tells what happened in the present tense: "Leaders pose for a photo on Sunday."
        return tense_at(self.text, self.starts, pos, end) or ("past" if self.caption else "")

    def year_for(self, month, day, pos, end):
        """year_and_reason for a month (and day) written at text[pos:end] without a year."""
        if self.year:
            return self.year, f"the year {self.year} of the section it is listed under"
        return year_and_reason(month, day, self.published, self.tense(pos, end),
                               governing_tense(self.text, self.starts[bisect.bisect_right(self.starts, pos) - 1],
                                               pos, end), self.anchor)


def _d(y, m, d):
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _dayn(s: str) -> int:
    return int(re.match(r"\d+", s).group())


def _mon(s: str) -> int:
    return MONTHS[s.rstrip(".").lower()]


# ISO and numeric forms -------------------------------------------------------
@rule(rf"\b(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)|/(?P<d2>[0-3]\d)(?![\d/]))?\b",
      trigger=r"\d{4}-\d\d-\d\d")
def _iso(m, c):
    d = _d(int(m["y"]), int(m["m"]), int(m["d"]))
    if not d:
        return None
    if m["d2"]:  # "2013-06-07/08": a range within the month
        end = _d(d.year, d.month, int(m["d2"]))
        if not end or end <= d:
            return None
        return _day(m.start(), m.end(), m[0], d, "explicit", f"'{m[0]}' → {d.isoformat()} to {end.isoformat()}", d_end=end)
    if m["H"]:
        return _day(m.start(), m.end(), m[0], d, "explicit", f"'{m[0]}' is a full date and time",
                    value=f"{d.isoformat()}T{m['H']}:{m['M']}", typ="TIME")
    return _day(m.start(), m.end(), m[0], d, "explicit", f"'{m[0]}' is a full date")


def numeric_month_day(a: str, b: str, sep: str, day_first: bool = False) -> tuple[str, str]:
    """(month, day) of "25.09.2015" or "09/25/2015": dotted dates put the day first; with slashes the
    month comes first (US usage) unless the first number cannot be a month ("25/09/2015") or the page
    writes its dates day first (`day_first`, see read_conventions)."""
    return (b, a) if sep == "." or int(a) > 12 or (day_first and int(b) <= 12) else (a, b)


@rule(rf"(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>{YEAR}|\d\d)(?![\d/]|\.\d)",
      trigger=r"\d[/.]\d")
def _numeric_date(m, c):
    if m["sep"] == "." and len(m["y"]) == 2:
        return None  # "1.5.15" is more often a version or a score than a date
    y = int(m["y"])
    y = y + (2000 if y < 50 else 1900) if y < 100 else y
    month, day = numeric_month_day(m["a"], m["b"], m["sep"], c.page.day_first)
    d = _d(y, int(month), int(day))
    order = "day/month/year" if month == m["b"] else "month/day/year"
    return d and _day(m.start(), m.end(), m[0], d, "explicit", f"'{m[0]}' read as {order}{_ORDER_WHY[c.page.day_first]}")


_ORDER_WHY = {True: ", as the page writes its dates", False: ""}


# "arrived in Seattle on 22/9", a digest's "(12/1)": a day and month without a year, after a word that takes a
# date or alone in brackets, where a bare fraction never stands.
@rule(r"(?:\b(?:on|since|until|till|from|by|before|after) |(?P<open>\())(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)"
      r"(?(open)(?=\))|(?![\d/]|\.\d))", re.IGNORECASE, trigger=r"\d/\d")
def _numeric_without_year(m, c):
    month, day = map(int, numeric_month_day(m["a"], m["b"], "/", c.page.day_first))
    if not (1 <= month <= 12 and _d(2000, month, day)):
        return None
    start, text = m.start("a"), m[0][m.start("a") - m.start():]
    y, why = c.year_for(month, day, start, m.end())
    order = "day/month" if month == int(m["b"]) else "month/day"
    return _day(start, m.end(), text, _d(y, month, day), "relative",
                f"'{text}' read as {order}{_ORDER_WHY[c.page.day_first]}; it has no year: {y}, {why}")


# Chinese-style dates on Chinese outlets' English pages: "2015年09月25日", "2015年9月".
@rule(rf"(?P<y>{YEAR})\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:\s*(?P<d>[0-3]?\d)\s*日)?", trigger=r"年")
def _cjk_date(m, c):
    y, mon = int(m["y"]), int(m["m"])
    if not m["d"]:
        return _month(m.start(), m.end(), m[0], y, mon, "explicit", f"'{m[0]}' names month and year")
    d = _d(y, mon, int(m["d"]))
    return d and _day(m.start(), m.end(), m[0], d, "explicit", f"'{m[0]}' is a full date")


@rule(rf"\b(?P<y>{YEAR})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)\b", trigger=r"\d/\d")
def _ymd_slash(m, c):
    d = _d(int(m["y"]), int(m["m"]), int(m["d"]))
    return d and _day(m.start(), m.end(), m[0], d, "explicit", f"'{m[0]}' is a full date")


# Month-day(-day)(, year) -----------------------------------------------------
@rule(rf"\b(?:(?P<wd>{WD}|{WD_ABBR}),?\s+)?(?P<mon>{MON})\s+(?P<d1>{DAY})\b"
      rf"(?:(?:{DASH})(?:the\s+)?(?:(?P<mon2>{MON})\s+)?(?P<d2>{DAY})\b)?(?:,?\s+(?P<y>{YEAR})\b)?"
      rf"(?:,?\s+(?:at\s+)?(?P<H>[01]?\d):(?P<M>[0-5]\d)\s*(?P<ap>[ap]\.?m\.?)?)?", trigger=_T_MONTH)
def _month_day(m, c):
    return _month_day_common(m, c, _mon(m["mon"]), _dayn(m["d1"]),
                             _mon(m["mon2"]) if m["mon2"] else None,
                             _dayn(m["d2"]) if m["d2"] else None)


@rule(rf"\b(?:(?P<wd>{WD}|{WD_ABBR}),?\s+)?(?P<d1>{DAY})(?:(?:{DASH})(?P<d2>{DAY}))?"
      # After a day number a short month needs no full stop: "Tue 1 Dec", "30 Nov".
      rf"(?:\s+of)?\s+(?P<mon>{MON}|{_MONTH_ABBR}\b)(?:,?\s+(?P<y>{YEAR})\b)?"
      rf"(?:,?\s+(?:at\s+)?(?P<H>[01]?\d):(?P<M>[0-5]\d)\s*(?P<ap>[ap]\.?m\.?)?)?", trigger=_T_MONTH)
def _day_month(m, c):
    return _month_day_common(m, c, _mon(m["mon"]), _dayn(m["d1"]), None,
                             _dayn(m["d2"]) if m["d2"] else None)


def _month_day_common(m, c, mon, d1, mon2, d2):
    text = m[0].rstrip(" ,")
    if m["y"]:
        y = int(m["y"])
        basis, how = "explicit", f"'{text}' gives day, month and year"
    else:
        y, why = c.year_for(mon, d1, m.start(), m.end())
        basis = "relative"
        how = f"'{text}' has no year: {y}, {why}"
        named = m["wd"] and next((n for name, n in WEEKDAYS.items() if name.startswith(m["wd"].lower().rstrip("."))), None)
        fits = [y + k for k in (0, -1, 1, -2, 2) if _d(y + k, mon, d1) and _d(y + k, mon, d1).weekday() == named]
        if named is not None and fits and fits[0] != y:
            # "Tue 29 Sep" in 2015's notes: the only nearby year whose 29 September is a Tuesday.
            y = fits[0]
            how = f"'{text}' has no year: {y}, the nearest year in which it falls on a {m['wd'].rstrip('.')}"
    start = _d(y, mon, d1)
    if not start:
        return None
    if d2:
        end = _d(y, mon2 or mon, d2)
        if not end or end < start:
            return None
        first = _day(m.start(), m.end("d1"), m[0][:m.end("d1") - m.start()], start, basis, how)
        second = _day(m.start("d2"), m.start() + len(text), c.text[m.start("d2"):m.start() + len(text)],
                      end, basis, how)
        return replace(_day(m.start(), m.start() + len(text), text, start, basis, how + " (a range)",
                            d_end=end), parts=(first, second))
    if m["H"]:
        h = int(m["H"]) % 12 + (12 if m["ap"] and m["ap"][0].lower() == "p" else 0) if m["ap"] else int(m["H"])
        return _day(m.start(), m.start() + len(text), text, start, basis, how,
                    value=f"{start.isoformat()}T{h:02d}:{m['M']}", typ="TIME")
    return _day(m.start(), m.start() + len(text), text, start, basis, how)


# Days spelled out, as transcripts write them: "the twenty-fifth of September last year", "the tenth of December".
_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_DAY_WORDS = {w: i + 1 for i, w in enumerate(_UNITS + "tenth eleventh twelfth thirteenth fourteenth fifteenth "
                                             "sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_DAY_WORDS.update({f"twenty-{w}": 21 + i for i, w in enumerate(_UNITS)} | {"thirtieth": 30, "thirty-first": 31})
_DAY_WORD = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))


# (With "last year" after it, the rule for a month of a named year reads it: _month_rel_year.)
@rule(rf"\bthe\s+(?P<word>{_DAY_WORD})\s+of\s+(?P<mon>{MON_STRICT})(?:,?\s+(?P<y>{YEAR}))?\b",
      re.I, trigger=r"(?i:ieth|first|second|third|th)\s+of\s")
def _spelled_day(m, c):
    mon, day = _mon(m["mon"]), _DAY_WORDS[m["word"].lower()]
    text = m[0]
    if m["y"]:
        d = _d(int(m["y"]), mon, day)
        return d and _day(m.start(), m.end(), text, d, "explicit", f"'{text}' gives day, month and year")
    y, why = c.year_for(mon, day, m.start(), m.end())
    d = _d(y, mon, day)
    return d and _day(m.start(), m.end(), text, d, "relative", f"'{text}' has no year: {y}, {why}")


# Month (of) year, month ranges, bare months -----------------------------------
@rule(rf"\b(?:(?P<mod>early|mid|late|the end of|the beginning of|the start of|the middle of)[- ]+)?"
      rf"(?P<mon>{MON_STRICT}|{_MONTH_ABBR}(?=\s+{YEAR}\b))(?:{DASH}(?P<mon2>{MON_STRICT}))?(?:,?\s+(?:of\s+)?(?P<y>{YEAR}|{YEAR_WORDS}))\b",
      trigger=_T_MONTH)
def _month_year(m, c):
    y = _year_of(m["y"])
    a, b = _mon(m["mon"]), _mon(m["mon2"]) if m["mon2"] else None
    ment = _month(m.start(), m.end(), m[0], y, a, "explicit", f"'{m[0]}' gives month and year")
    if b and b >= a:
        ment = replace(ment, date_end=month_end(y, b), how=ment.how + " (a range)")
    return ment


# A capitalised month with no day or year counts only after a cue word or modifier
# ("in June", "last March"): alone, "May" and "March" are too often names or verbs.
@rule(rf"\b(?:(?P<mod>(?i:last|next|this|coming|past|early|mid|late))[- ]+|(?P<cue>(?i:in|on|by|of|to|or|and|since|until|till|from|after|before|during|through|between|for|the|a|an))\s+)"
      rf"(?P<mon>{_MONTH_FULL}|{_MONTH_ABBR}\.)(?!\s+\d)(?![-\w])", trigger=_T_MONTH)
def _bare_month(m, c):
    mon = _mon(m["mon"])
    start = m.start("mon") if m["cue"] else m.start()
    text = c.text[start:m.end()]
    if mon in (3, 5) and not m["mod"] and c.text[m.end():m.end() + 1].isalpha():
        return None
    mod = (m["mod"] or "").lower()
    pub = c.published
    if mod == "last" or mod == "past":
        y = pub.year if mon < pub.month else pub.year - 1
        how = f"'{m[0]}': the most recent {m['mon']} before {c.anchor}"
    elif mod in ("next", "coming"):
        y = pub.year if mon > pub.month else pub.year + 1
        how = f"'{m[0]}': the first {m['mon']} after {c.anchor}"
    elif mod == "this":
        y = pub.year
        how = f"'{m[0]}': {m['mon']} of the publication year {pub.year}"
    else:
        y, why = c.year_for(mon, None, start, m.end())
        how = f"'{m['mon']}' has no year: {y}, {why}"
    ment = _month(start, m.end(), text, y, mon, "relative", how)
    cue = (m["cue"] or "").lower()
    if cue in ("before", "until", "till", "by") and not _not_until(c, start):
        return replace(ment, date_start=None, date_end=ment.date_start - timedelta(days=1),
                       bound="before", how=f"'{cue} {text}': an open end before {y}-{mon:02d}, not a date")
    if cue == "since" and not _NAMES_ITS_EVENT.match(c.text, m.end()):
        return replace(ment, date_end=pub, bound="since",
                       how=f"'since {text}': a span from {y}-{mon:02d} to publication, not a date")
    if not mod:
        c.in_year[(start, m.end())] = (mon, 0, True)
    return ment


@rule(rf"(?:^|(?<=\n))[-*•·▪\s]*{MONTH_ITEM}", trigger=_T_MONTH)
def _month_item(m, c):
    mon = _mon(m["mon"])
    y, why = c.year_for(mon, None, m.start("mon"), m.end("mon"))
    return _month(m.start("mon"), m.end("mon"), m["mon"], y, mon, "relative", f"'{m['mon']}' has no year: {y}, {why}")


# "That March", "that same summer", "the following spring": a month or season of the year the text last
# mentioned (resolve_anaphora); with no date before it, read as if it stood alone.
_OF_YEAR_MOD = r"(?P<mod>(?i:that(?:\s+same)?|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding))"
_OF_YEAR_LEAD = rf"\b{_OF_YEAR_MOD}\s+"
_OF_THAT_YEAR = rf"\s+of\s+{_OF_YEAR_MOD}\s+year\b"  # "July of that year", "the summer of the following year"


# One rule per kind of name and order, so each shares the trigger its kind already scans for.
@rule(rf"{_OF_YEAR_LEAD}(?P<name>{_MONTH_FULL})\b(?!\s+\d)", trigger=_T_MONTH)
@rule(rf"\b(?P<name>{_MONTH_FULL}){_OF_THAT_YEAR}", trigger=_T_MONTH)
@rule(rf"{_OF_YEAR_LEAD}(?P<name>(?i:spring|summer|fall|autumn|winter))\b", trigger=r"(?i:spring|summer|fall|autumn|winter)")
@rule(rf"\b(?:(?i:the)\s+)?(?P<name>(?i:spring|summer|fall|autumn|winter)){_OF_THAT_YEAR}",
      trigger=r"(?i:spring|summer|fall|autumn|winter)")
def _named_of_year(m, c):
    mod = " ".join(m["mod"].lower().split())
    shift = 1 if mod in ("the following", "the next") else -1 if mod in ("the previous", "the preceding") else 0
    name = m["name"].lower()
    value = SEASONS[name] if name in SEASONS else _mon(m["name"])
    c.in_year[(m.start(), m.end())] = (value, shift, False)
    pub = c.published
    if isinstance(value, str):
        return _season(m.start(), m.end(), m[0], pub.year + shift, value, "relative",
                       f"'{m[0]}' → {pub.year + shift}, counted from {c.anchor}")
    y, why = c.year_for(value, None, m.start(), m.end())
    return _month(m.start(), m.end(), m[0], y + shift, value, "relative", f"'{m[0]}' has no year: {y + shift}, {why}")


# "since May, when the charges were announced": the clause names what happened then, so it is a date too.
_NAMES_ITS_EVENT = re.compile(r",?\s+when\b")


# Weekdays ---------------------------------------------------------------------
@rule(rf"\b(?:(?P<mod>last|next|this|on|coming|past)\s+)?(?P<wd>{WD})(?:'s)?"
      rf"(?:\s+(?P<part>morning|afternoon|evening|night))?(?:\s+(?:of\s+)?(?P<week>last|next|this)\s+week)?"
      rf"\b(?!\s*,?\s+(?:{MON}|{DAY}\b))", trigger=r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
def _weekday(m, c):
    mod = (m["mod"] or "").lower()
    mod = {"coming": "next", "past": "last", "on": ""}.get(mod, mod)
    wd = WEEKDAYS[m["wd"].lower()]
    if m["week"]:
        # "Tuesday of last week": that weekday in the Monday-to-Sunday week named, whatever the tense.
        monday = c.published - timedelta(days=c.published.weekday())
        d = monday + timedelta(days=wd + 7 * REL_SHIFT[m["week"].lower()])
    else:
        # "Wednesday's ruling" names something that has happened, whatever the verb around it.
        tense = "past" if m[0].endswith("'s") and not mod else c.tense(m.start(), m.end())
        d = resolve_weekday(wd, c.published, tense, mod)
    direction = "counted forward from" if d > c.published else (
        "the same day as" if d == c.published else "counted back from")
    start = m.start() + (3 if (m["mod"] or "").lower() == "on" else 0)
    text = c.text[start:m.end()]
    how = f"'{text}' → {d.isoformat()}, {direction} {c.anchor}"
    if m["part"]:
        return _day(start, m.end(), text, d, "relative", how,
                    value=f"{d.isoformat()}T{PARTS_OF_DAY[m['part'].lower()]}", typ="TIME")
    return _day(start, m.end(), text, d, "relative", how)


# "the first Friday of June", "the last Monday in May 2014": a weekday counted within a month
@rule(rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last)\s+(?P<wd>{WD})\s+(?:of|in)\s+(?P<mon>{MON_STRICT})"
      rf"(?:,?\s+(?P<y>{YEAR}))?\b", re.I, trigger=r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
def _weekday_of_month(m, c):
    mon, wd = _mon(m["mon"]), WEEKDAYS[m["wd"].lower()]
    y, why = (int(m["y"]), "the year given") if m["y"] else c.year_for(mon, None, m.start(), m.end())
    days = [date(y, mon, d) for d in range(1, calendar.monthrange(y, mon)[1] + 1) if date(y, mon, d).weekday() == wd]
    ordinal = m["ord"].lower()
    d = days[-1] if ordinal == "last" else days[ORDINALS[ordinal] - 1]
    return _day(m.start(), m.end(), m[0], d, "explicit" if m["y"] else "relative", f"'{m[0]}' → {d.isoformat()}, {why}")


# Years, decades, ranges of years ----------------------------------------------
@rule(rf"\b(?:between\s+(?P<y1>{YEAR})\s+and\s+(?P<y2>{YEAR})|from\s+(?P<y3>{YEAR})\s+(?:to|until|through)\s+(?P<y4>{YEAR})|(?P<y5>{YEAR})\s*(?:-|–|to)\s*(?P<y6>{YEAR}|\d\d)(?![\d%-]))\b", trigger=r"(?:1[89]|20)\d\d")
def _year_range(m, c):
    a = int(m["y1"] or m["y3"] or m["y5"])
    b = m["y2"] or m["y4"] or m["y6"]
    b = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
    if b <= a or b - a > 50:
        return None
    ga, gb = ("y1", "y2") if m["y1"] else ("y3", "y4") if m["y3"] else ("y5", "y6")
    parts = (_year(m.start(ga), m.end(ga), m[ga], a, "explicit", f"'{m[ga]}' names the year"),
             _year(m.start(gb), m.end(gb), m[gb], b, "explicit", f"'{m[gb]}' names the year"))
    return DateMention(m.start(), m.end(), m[0], str(a), "DATE", date(a, 1, 1), date(b, 12, 31),
                       "year", "explicit", f"'{m[0]}' spans the years {a} to {b}", parts=parts)


@rule(rf"(?:(?<=\b[Mm]id-)|(?<![$£€#\d.,:/-]))(?<!No\. )(?P<fy>fiscal(?:\s+year)?\s+)?\b(?P<y>{YEAR})\b(?![\d%/]|:\d|-\d|\.\d|,\d{{3}}|\s*(?:-|\s)?(?:year-old|people|percent|troops|units|km|miles|tons|meters|feet|votes|dollars|yuan|cars|times|pounds)\b)", trigger=r"(?:1[89]|20)\d\d")
def _year_rule(m, c):
    y = int(m["y"])
    pre = c.text[max(0, m.start() - 12):m.start()].lower()
    # Bare 4-digit numbers far from the news era are more often counts than years, unless a
    # preposition of time leads them ("independence from Spain in 1898").
    if not (1900 <= y <= 2099 or y >= 1800 and re.search(r"\b(?:in|since|until|before|after)\s+$", pre)):
        return None
    if re.search(r"(?:since|from)\s+$", pre) and not _NAMES_ITS_EVENT.match(c.text, m.end()):
        return DateMention(m.start(), m.end(), m[0], str(y), "DATE", date(y, 1, 1),
                           c.published, "year", "explicit",
                           f"'since {y}': a span running from {y} to publication, not a date",
                           bound="since")
    if re.search(r"(?:before|until|till|by)\s+$", pre) and not _not_until(c, m.start()):
        return DateMention(m.start(), m.end(), m[0], str(y), "DATE", None, date(y, 12, 31),
                           "year", "explicit", f"'before {y}': an open end, not a date",
                           bound="before")
    if m["fy"]:
        return _fiscal(m.start(), m.end(), m[0], y, None, c.page.fiscal_end)
    return _year(m.start(), m.end(), m[0], y, "explicit", f"'{m[0]}' names the year")


@rule(r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[- ])?(?P<dec>(?:1[89]|20)\d0)'?s\b|\bthe\s+(?P<short>[2-9]0)'?s\b", trigger=r"0'?s\b")
def _decade(m, c):
    if m["dec"]:
        d = int(m["dec"])
    else:
        d = 1900 + int(m["short"])
    return DateMention(m.start(), m.end(), m[0], str(d // 10), "DATE", date(d, 1, 1),
                       date(d + 9, 12, 31), "year", "explicit", f"'{m[0]}' is the decade {d}s")


# "did not detect them until April", "was not made public until 2015": the act happened then, so the date is no
# open end as in "kept until April".
_NOT_UNTIL = re.compile(r"(?:\bnot|\bnever|n't)\b[^;:]*?\b(?:until|till)\s+$", re.I)


def _not_until(c: Ctx, pos: int) -> bool:
    return bool(_NOT_UNTIL.search(c.text, c.starts[bisect.bisect_right(c.starts, pos) - 1], pos))


# Seasons and quarters ------------------------------------------------------------
@rule(rf"\b(?:(?P<mod>last|next|this|past|coming|early|late)\s+)?(?:the\s+)?(?P<s>spring|summer|fall|autumn|winter)"
      rf"(?:\s+(?:of\s+)?(?:(?P<y>{YEAR}|{YEAR_WORDS})|(?P<rel>this|last|next)\s+year))?\b", re.I, trigger=r"(?i:spring|summer|fall|autumn|winter)")
def _season_rule(m, c):
    mod = (m["mod"] or "").lower()
    code = SEASONS[m["s"].lower()]
    pub = c.published
    if m["y"]:
        return _season(m.start(), m.end(), m[0], _year_of(m["y"]), code, "explicit", f"'{m[0]}' names season and year")
    if m["rel"]:
        y = pub.year + REL_SHIFT[m["rel"].lower()]
        return _season(m.start(), m.end(), m[0], y, code, "relative", f"'{m[0]}' → {y}, the year counted from {c.anchor}")
    if (not mod or mod in ("early", "late")) and not m[0].lower().startswith("the"):
        if not re.search(r"\b(?:in|during|by|this|last|next|the)\s+$", c.text[max(0, m.start() - 8):m.start()], re.I):
            return None
    y = pub.year
    if mod == "last":
        # "last spring" is last year's, even in October: this year's would be "this spring" or "this past spring"
        y -= 1
    elif mod == "past":
        y -= 1 if SEASON_MONTHS[code][0] >= pub.month - 2 else 0
    elif mod in ("next", "coming"):
        y += 1 if SEASON_MONTHS[code][0] <= pub.month else 0
    elif mod != "this":
        tense = c.tense(m.start())
        first, last = SEASON_MONTHS[code]
        if tense == "past" and first > pub.month:
            y -= 1
        elif tense == "future" and first <= last < pub.month:  # "will hold an exercise in the spring", said in December
            y += 1
    return _season(m.start(), m.end(), m[0], y, code, "relative",
                   f"'{m[0]}' → {y}, counted from {c.anchor}")


@rule(rf"\b(?:(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)[- ](?:fiscal[- ])?quarter(?:\s+of\s+(?:(?P<y>{YEAR})|(?P<rel>this|last|next)\s+year|(?:the\s+)?fiscal(?:\s+year)?\s+(?P<fy>{YEAR})))?|Q(?P<q>[1-4])\s*(?P<y2>{YEAR}))\b", re.I, trigger=r"(?i:quarter)|Q[1-4]")
def _quarter_rule(m, c):
    q = int(m["q"]) if m["q"] else ORDINALS[m["ord"].lower()]
    if m["fy"]:
        return _fiscal(m.start(), m.end(), m[0], int(m["fy"]), q, c.page.fiscal_end)
    y = m["y"] or m["y2"]
    if y:
        return _quarter(m.start(), m.end(), m[0], int(y), q, "explicit", f"'{m[0]}' names quarter and year")
    pub = c.published
    y = pub.year + REL_SHIFT.get((m["rel"] or "").lower(), 0)
    if not m["rel"] and q > (pub.month - 1) // 3 + 1 and c.tense(m.start()) != "future":
        y -= 1
    return _quarter(m.start(), m.end(), m[0], y, q, "relative",
                    f"'{m[0]}' → {y}, counted from {c.anchor}")


def _fiscal(start, end, text, y, q, fiscal_end) -> DateMention:
    """Fiscal year y (quarter q of it, or all of it when q is None) in calendar months, when the page says in
    which month its fiscal year ends; else the year y alone, as precise as the text allows."""
    if fiscal_end is None or (fiscal_end == 12 and q is None):
        why = "the page does not say when its fiscal year ends" if fiscal_end is None else "it ends in December"
        return _year(start, end, text, y, "explicit", f"'{text}' is in fiscal year {y}, given as the year {y}: {why}")
    first = month_start(date(y - (fiscal_end != 12), fiscal_end % 12 + 1, 1), 3 * (q - 1) if q else 0)
    last = month_start(first, 2 if q else 11)
    return DateMention(start, end, text, f"{y}-Q{q}" if q else str(y), "DATE", first, month_end(last.year, last.month),
                       "month", "explicit", f"'{text}' runs {first:%Y-%m} to {last:%Y-%m}: the page's fiscal year "
                       f"{y} ends in {calendar.month_name[fiscal_end]}")


# Clock times ----------------------------------------------------------------------
@rule(rf"\b(?:(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)|(?P<noon>noon|midnight|midday))"
      rf"(?:\s+(?P<tz>[A-Z]{{2,4}}T)\b)?(?:,?\s+(?:on\s+)?(?P<wd>{WD})\b|,?\s+(?P<mon>{MON})\s+(?P<d>{DAY})\b)?", re.I, trigger=r"(?i:[ap]\.?m\b|noon|midnight|midday)")
def _clock(m, c):
    if m["noon"]:
        h, mi = (0, 0) if m["noon"].lower() == "midnight" else (12, 0)
    else:
        h, mi = int(m["h"]) % 12, int(m["mi"] or 0)
        if m["ap"].lower().startswith("p"):
            h += 12
    p = c.published
    if m["wd"]:
        d = resolve_weekday(WEEKDAYS[m["wd"].lower()], p, c.tense(m.start(), m.end()), "")
        basis = "relative"
    elif m["mon"]:
        mon, day = _mon(m["mon"]), _dayn(m["d"])
        d = _d(c.year_for(mon, day, m.start(), m.end())[0], mon, day)
        if d is None:
            return None
        basis = "relative"
    else:
        d, basis = p, "relative"
    return _day(m.start(), m.end(), m[0], d, basis, f"'{m[0]}' at {h:02d}:{mi:02d} on {d.isoformat()}",
                value=f"{d.isoformat()}T{h:02d}:{mi:02d}", typ="TIME")


# Spelled-out years, as in broadcast transcripts ("nineteen ninety-six") -------------
@rule(rf"\b(?:(?P<w>{YEAR_WORDS})|(?:the\s+year\s+)?two\s+thousand(?:\s+and\s+(?P<o2>one|two|three|four|five|six|seven|eight|nine))?)\b", re.I, trigger=r"(?i:nineteen|thousand)")
def _spelled_year(m, c):
    if m["w"]:
        y = _year_of(m["w"])
    else:
        if not m[0].lower().startswith("the year") and not re.search(r"\b(?:in|of|by|since|until)\s+$", c.text[max(0, m.start() - 7):m.start()], re.I):
            return None  # "two thousand people"
        y = 2000 + (_ONES[m["o2"].lower()] if m["o2"] else 0)
    return _year(m.start(), m.end(), m[0], y, "explicit", f"'{m[0]}' names the year {y}")


# "On the 25th of last month", "from the 9th to the 12th of September", and in Chinese order "Last month 28th":
# the ordinal day of a named or counted month, as translations from Chinese write it.
@rule(rf"\b(?:(?i:from)\s+)?(?i:the)\s+(?P<d1>{DAY})(?:\s+(?:to|until|through|and)\s+the\s+(?P<d2>{DAY}))?\s+of\s+"
      rf"(?:(?P<rel>last|this|next)\s+month|(?P<mon>{MON_STRICT})(?:,?\s+(?P<y>{YEAR}))?)\b", trigger=r"\d(?:st|nd|rd|th)\b")
@rule(r"\b(?P<rel>(?i:last|this|next))\s+month\s+(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b", trigger=r"\d(?:st|nd|rd|th)\b")
def _ordinal_day_of(m, c):
    g = m.groupdict()
    if not (g["rel"] or g.get("d2")):
        return None  # "the 25th of September 2015" alone is the day-month rule's
    if g["rel"]:
        first = month_start(c.published, REL_SHIFT[g["rel"].lower()])
        mon, y, why = first.month, first.year, f"the month counted from {c.anchor}"
    else:
        mon = _mon(g["mon"])
        y, why = (int(g["y"]), "the year given") if g["y"] else c.year_for(mon, _dayn(g["d1"]), m.start(), m.end())
    return _days_of_month(m, y, mon, _dayn(g["d1"]), _dayn(g["d2"]) if g.get("d2") else None,
                          "explicit" if g.get("y") else "relative", why)


def _days_of_month(m, y: int, mon: int, d1: int, d2: int | None, basis: str, why: str) -> DateMention | None:
    """Day d1 (to d2) of a month, or None off the calendar or backwards."""
    start, end = _d(y, mon, d1), _d(y, mon, d2) if d2 else None
    if not start or (d2 and (not end or end < start)):
        return None
    return _day(m.start(), m.end(), m[0], start, basis, f"'{m[0]}' → {start.isoformat()}"
                + (f" to {end.isoformat()}" if end else "") + f", {why}", d_end=end)


# "on the 25th": a day of the month the story is told in, as Asian wire services write it; machine translations
# from Chinese open a sentence with it ("22nd, Xi arrived in Seattle", "24th evening, …").
@rule(r"\bon the (?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of|floor|anniversary|century|round|annual|"
      r"minute|hour|amendment|percentile|time|day|year|birthday|[A-Z]))", trigger=r"\d(?:st|nd|rd|th)\b")
@rule(r"(?:^|(?<=\n)|(?<=[.!?]\s))(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?=(?:\s+(?:morning|afternoon|evening|night))?,)",
      trigger=r"\d(?:st|nd|rd|th)\b")
def _day_of_month(m, c):
    day, p = int(m["d"]), c.published
    tense = c.tense(m.start(), m.end())
    # The publication month, unless the day is still to come and the sentence looks back (or the reverse).
    shift = -1 if day > p.day and tense != "future" else 1 if day < p.day and tense == "future" else 0
    first = month_start(p, shift)
    d = _d(first.year, first.month, day)
    if d is None:
        return None
    start = m.start() + (3 if m[0].startswith("on ") else 0)
    return _day(start, m.end(), c.text[start:m.end()], d, "relative",
                f"'{c.text[start:m.end()]}' → {d.isoformat()}, a day of the month of {c.anchor}")


# Machine translations from Chinese keep its order: "2013 year 7 month", "This year 9 month 9 day to 12 day",
# "Last month 28th" (2013年7月, 今年9月9日至12日, 上月28日).
@rule(rf"\b(?:(?P<y>{YEAR})|(?P<rel>(?i:this|last|next)))\s+year\s+(?P<m>1[0-2]|0?[1-9])\s+month"
      r"(?:\s+(?P<d>[12]\d|3[01]|0?[1-9])\s+day(?:\s+to\s+(?P<d2>[12]\d|3[01]|0?[1-9])\s+day)?)?", trigger=r"\d\s+month\b")
def _year_month_day_order(m, c):
    y = int(m["y"]) if m["y"] else c.published.year + REL_SHIFT[m["rel"].lower()]
    mon, basis = int(m["m"]), "explicit" if m["y"] else "relative"
    if not m["d"]:
        return _month(m.start(), m.end(), m[0], y, mon, basis, f"'{m[0]}' → year {y}, month {mon} (Chinese order)")
    return _days_of_month(m, y, mon, int(m["d"]), int(m["d2"]) if m["d2"] else None, basis, "Chinese order")


# Month (and day) with "this/last/next year": "July next year", "May 19 of last year", "the end of
# September last year" --------------------------------------------------------------
@rule(rf"\b(?:(?:early|mid|late|the end of|the beginning of|the start of|the middle of)[- ]+)?"
      rf"(?:(?:the\s+)?(?P<day0>\d{{1,2}}|{_DAY_WORD})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<mon>{_MONTH_FULL}|{_MONTH_ABBR}\.)"
      rf"(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b)?,?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b", trigger=_T_MONTH)
def _month_rel_year(m, c):
    y = c.published.year + REL_SHIFT[m["rel"]]
    how = f"'{m[0]}' → {y}, the year counted from {c.anchor}"
    day = m["day"] or m["day0"]
    if day:
        d = _d(y, _mon(m["mon"]), _DAY_WORDS.get(day.lower()) or int(day))
        return _day(m.start(), m.end(), m[0], d, "relative", how) if d else None
    return _month(m.start(), m.end(), m[0], y, _mon(m["mon"]), "relative", how)


# Reporting periods in business news ("the quarter", "the year-earlier period") -----
_QUARTER_IN_SENTENCE = re.compile(r"\b(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?)?quarter\b|\bQ(?P<q>[1-4])\b", re.I)


def reporting_quarter(c: "Ctx", pos: int) -> tuple[int, int] | None:
    """(year, quarter) that a passage about quarterly results talks of, else None: a quarter
    named in this sentence or the two before it."""
    i = bisect.bisect_right(c.starts, pos) - 1
    end = c.starts[i + 1] if i + 1 < len(c.starts) else len(c.text)
    m = None
    for j in range(i, max(-1, i - 3), -1):
        m = _QUARTER_IN_SENTENCE.search(c.text, c.starts[j], end if j == i else c.starts[j + 1])
        if m:
            break
    if not m:
        return None
    p = c.published
    last_q, y = ((p.month - 1) // 3, p.year) if p.month > 3 else (4, p.year - 1)
    q = int(m["q"]) if m["q"] else ORDINALS[m["ord"].lower()] if m["ord"] else last_q
    return (y if q <= last_q or y < p.year else y - 1), q


@rule(rf"\b(?:the|that)\s+(?:(?P<yr>{YEAR})\s+)?(?:(?P<cur>current|present)|(?P<ago>year-earlier|year-ago|comparable year-ago|comparable|year-before)|latest|past|most recent|recent|just-ended|just-completed)?\s*(?:(?P<ord>first|second|third|fourth)\s+)?(?:fiscal\s+)?(?P<u>quarter|period)\b", re.I, trigger=r"(?i:quarter|period)")
def _period(m, c):
    if m["u"].lower() == "period" and not (m["ago"] or m["yr"] or re.search(r"latest|recent|ended|completed", m[0], re.I)):
        return None  # "the period" alone is too vague to date
    p = c.published
    q, y = (p.month - 1) // 3 + 1, p.year
    if not m["cur"]:
        q, y = (q - 1, y) if q > 1 else (4, y - 1)  # the last completed quarter
    if m["ord"]:
        q = ORDINALS[m["ord"].lower()]
    if m["ago"]:
        y -= 1
    if m["yr"]:
        y = int(m["yr"])
    return _quarter(m.start(), m.end(), m[0], y, q, "relative",
                    f"'{m[0]}' → {y}-Q{q}, the reporting quarter counted from {c.anchor}")


@rule(r"\b(?:year-earlier|year-ago|year-before)\b(?!\s+(?:quarter|period|third|second|first|fourth|comparable))", re.I, trigger=r"(?i:year-)")
def _year_earlier(m, c):
    rq = reporting_quarter(c, m.start())
    if rq:
        return _quarter(m.start(), m.end(), m[0], rq[0] - 1, rq[1], "relative",
                        f"'{m[0]}': the quarter {rq[0]}-Q{rq[1]}, a year before")
    y = c.published.year - 1
    return _year(m.start(), m.end(), m[0], y, "relative", f"'{m[0]}' → {y}, a year before publication")


@rule(rf"\b(?:the\s+)?(?P<part>end|close|beginning|start|middle|turn)\s+of\s+(?:(?P<yr>{YEAR})|(?P<mon>{_MONTH_FULL})(?:\s+(?P<myr>{YEAR}))?|(?:the\s+|this\s+)?(?P<rel>next\s+|last\s+)?(?P<u>year|month))\b", re.I, trigger=r"(?i:end|close|beginning|start|middle|turn)")
def _part_of_period(m, c):
    """"the end of the year" -> December; "the end of September" -> September: never a made-up day. A deadline
    ("by the end of the year") is any day up to that end."""
    p, part = c.published, m["part"].lower()
    shift = REL_SHIFT.get((m["rel"] or "").strip().lower(), 0)
    deadline = part in ("end", "close") and re.search(r"\b(?:by|before)\s+$", c.text[max(0, m.start() - 8):m.start()], re.I)
    if m["yr"] or (m["u"] or "").lower() == "year":
        y = int(m["yr"]) if m["yr"] else p.year + shift
        mon = 12 if part in ("end", "close", "turn") else 1 if part in ("beginning", "start") else 6
        basis = "explicit" if m["yr"] else "relative"
        # TIMEX3 keeps the year as the value (mod END/START); the range narrows to that month.
        ment = replace(_month(m.start(), m.end(), m[0], y, mon, basis, f"'{m[0]}' → {y}-{mon:02d}"), value=str(y))
        return _deadline(m, replace(ment, date_start=date(y, 1, 1), precision="year"), p) if deadline else ment
    if m["mon"]:
        mon = _mon(m["mon"])
        y = int(m["myr"]) if m["myr"] else c.year_for(mon, None, m.start(), m.end())[0]
        ment = _month(m.start(), m.end(), m[0], y, mon, "explicit" if m["myr"] else "relative",
                      f"'{m[0]}' → part of {y}-{mon:02d}")
    else:
        d = month_start(p, shift)
        ment = _month(m.start(), m.end(), m[0], d.year, d.month, "relative",
                      f"'{m[0]}' → part of {d.year}-{d.month:02d}, counted from {c.anchor}")
    return _deadline(m, ment, p) if deadline else ment


def _deadline(m, ment: DateMention, published: date) -> DateMention:
    """Any day of `ment`'s span up to its end, from publication on when that end is still to come."""
    start = max(published, ment.date_start) if published < ment.date_end else ment.date_start
    return replace(ment, date_start=start,
                   how=f"'by {m[0]}': a deadline, so any day from {start.isoformat()} to {ment.date_end.isoformat()}")


# Fixed-date holidays (US-centred news) and Thanksgiving ---------------------------
_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
             "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
             "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11)}


@rule(r"\b(?:(?P<mod>last|next|this)\s+)?(?P<h>Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Independence Day|Halloween|Valentine's Day|Veterans Day|Thanksgiving(?: Day)?)\b(?:,?\s+(?P<y>" + YEAR + r"))?", trigger=r"Christmas|New Year|Independence Day|Halloween|Valentine|Veterans Day|Thanksgiving")
def _holiday(m, c):
    name, p = m["h"].lower(), c.published

    def on(y):
        if name.startswith("thanksgiving"):  # fourth Thursday of November
            first = date(y, 11, 1)
            return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        mo, d = _HOLIDAYS[name]
        return date(y, mo, d)
    if m["y"]:
        y = int(m["y"])
    else:
        mod = (m["mod"] or "").lower()
        y = p.year
        if mod == "last" or (mod == "" and c.tense(m.start(), m.end()) == "past"):
            y = y if on(y) <= p else y - 1
        elif mod == "next" or (mod == "" and c.tense(m.start(), m.end()) == "future"):
            y = y if on(y) >= p else y + 1
    d = on(y)
    return _day(m.start(), m.end(), m[0], d, "explicit" if m["y"] else "relative",
                f"'{m[0]}' → {d.isoformat()}")


# Business-news years: "the fiscal year", "year-end" --------------------------------
@rule(r"\b(?:the\s+(?:(?P<cur>current|full|latest|same)\s+)?(?:fiscal\s+)?year(?P<end>-end)?|year[- ]end)\b(?!\s+(?:before|after|earlier|ago|later|old))", re.I, trigger=r"(?i:year)")
def _the_year(m, c):
    if not (m["cur"] or "fiscal" in m[0].lower() or "end" in m[0].lower()):
        # "the year" alone: only where a business report uses it ("for the year", "in the year")
        if not re.search(r"\b(?:for|in|during|of|this)\s+$", c.text[max(0, m.start() - 8):m.start()], re.I):
            return None
        if re.match(r"\s+(?:of|in|when|that|to|for|before)\b", c.text[m.end():m.end() + 8]):
            return None  # "the year of the tiger", "the year when ..."
    if not (m["cur"] or "end" in m[0].lower()):
        # "profit for the (fiscal) year": a reporting span, as TimeML tags it, not a date
        return DateMention(m.start(), m.end(), m[0], "P1Y", "DURATION", None, None, "", "relative",
                           f"'{m[0]}' is a reporting span of a year, not a date")
    y = c.published.year
    return _year(m.start(), m.end(), m[0], y, "relative", f"'{m[0]}' → {y}, the year of {c.anchor}")


@rule(r"\b(?:the\s+)?(?P<n>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b|\b(?:the\s+)?(?P<c>(?:1\d|2[01]|[2-9]|nineteenth|twentieth|twenty-first))(?:th|st|nd|rd)?\s+century\b|\bthis century\b", re.I, trigger=r"(?i:ties\b|century)")
def _named_decade(m, c):
    if m["n"]:
        d = 1900 + {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                    "seventies": 70, "eighties": 80, "nineties": 90}[m["n"].lower()]
        if not m[0].lower().startswith("the"):
            return None  # "in his fifties" is an age
        return DateMention(m.start(), m.end(), m[0], str(d // 10), "DATE", date(d, 1, 1),
                           date(d + 9, 12, 31), "year", "explicit", f"'{m[0]}' is the decade {d}s")
    num = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21}.get((m["c"] or "").lower())
    cent = num or (int(m["c"]) if m["c"] else c.published.year // 100 + 1)
    y0 = (cent - 1) * 100
    return DateMention(m.start(), m.end(), m[0], f"{cent - 1:02d}", "DATE", date(y0, 1, 1),
                       date(y0 + 99, 12, 31), "year", "explicit", f"'{m[0]}' is the century {y0}s")


# Relative words -----------------------------------------------------------------
def _is_title(m, c) -> bool:
    """A relative phrase capitalised as a name ("This Week", "VOA Today") titles a programme or
    paper: every word capitalised, and more than one word or inside a sentence."""
    words = m[0].split()
    if not all(w[0].isupper() for w in words):
        return False
    before = c.text[:m.start()].rstrip()
    return len(words) > 1 or bool(before) and before[-1].isalnum()


@rule(r"\b(?P<w>today|yesterday|tomorrow|tonight|overnight|this (?:morning|afternoon|evening)|last night|"
      r"(?:late |early )?(?:yesterday|tomorrow) (?:morning|afternoon|evening))\b", re.I, trigger=r"(?i:today|yesterday|tomorrow|tonight|overnight|morning|afternoon|evening|night)")
def _deictic(m, c):
    if _is_title(m, c):
        return None
    w = m["w"].lower()
    p = c.published
    w = w.removeprefix("late ").removeprefix("early ")
    shift = -1 if w.startswith(("yesterday", "last night")) else 1 if w.startswith("tomorrow") else 0
    d = p + timedelta(days=shift)
    how = f"'{m[0]}' → {d.isoformat()}, from {c.anchor}"
    part = {"tonight": "NI", "last night": "NI", "overnight": "NI"}.get(w) or next(
        (PARTS_OF_DAY[k] for k in PARTS_OF_DAY if w.endswith(k)), None)
    if part:
        return _day(m.start(), m.end(), m[0], d, "relative", how, value=f"{d.isoformat()}T{part}", typ="TIME")
    return _day(m.start(), m.end(), m[0], d, "relative", how)


# Anaphoric expressions ("the following year", "later that day") count from the date the
# text last mentioned, TimeML's reference time, not from publication: resolve_anaphora.
@rule(r"\b(?P<mod>the following|the previous|the preceding|the same|that same|later that|earlier that|that|the next)\s+"
      r"(?P<u>day|morning|afternoon|evening|night|week|month|year)\b(?!-)", re.I,
      trigger=r"(?i:day|morning|afternoon|evening|night|week|month|year)")
def _anaphoric(m, c):
    mod, u = m["mod"].lower(), m["u"].lower()
    if mod == "the next" and u in ("week", "month", "year"):
        return None  # "over the next year" looks ahead from publication: the rule for "next"
    shift = 1 if mod in ("the following", "the next") else -1 if mod in ("the previous", "the preceding") else 0
    # Without an earlier date, "the following year" still counts from publication; "that day" is unplaceable.
    fallback = mod in ("the following", "the previous", "the same") and u in ("week", "month", "year")
    c.anaphora[(m.start(), m.end())] = (u, shift, fallback)
    return shifted(m.start(), m.end(), m[0], c.published, "day", u, shift,
                    f"'{m[0]}', counted from {c.anchor}")


# "the week before last": two back from publication
@rule(r"\bthe\s+(?P<u>week|month|year)\s+before\s+last\b", re.I, trigger=r"(?i:before)")
def _unit_before_last(m, c):
    u = m["u"].lower()
    return shifted(m.start(), m.end(), m[0], c.published, "day", u, -2,
                    f"'{m[0]}': two {u}s back from {c.anchor}")


# "the day before", "the night after": counted from the date mentioned before, unless an event follows
# ("the day before the vote" counts from the vote, which has no date here).
@rule(r"\bthe\s+(?P<u>day|night|week|month|year)\s+(?P<dir>before|after)\b"
      r"(?!\s+(?:the|a|an|his|her|its|their|this|that|last|next|[A-Z0-9]))", re.I, trigger=r"(?i:before|after)")
def _unit_before_after(m, c):
    u = m["u"].lower()
    c.anaphora[(m.start(), m.end())] = (u, -1 if m["dir"].lower() == "before" else 1, False)
    return shifted(m.start(), m.end(), m[0], c.published, "day", u, 0, "")


def shifted(s, e, text, anchor: date, precision: str, unit: str, n: int, how: str) -> DateMention | None:
    """The `unit` n steps from `anchor`; None when the anchor is too coarse for the unit."""
    fine_enough = {"year": ("day", "week", "month", "season", "quarter", "year"), "month": ("day", "week", "month"),
                   "week": ("day", "week")}.get(unit, ("day",))
    if precision not in fine_enough:
        return None
    if unit == "year":
        return _year(s, e, text, anchor.year + n, "relative", how)
    if unit == "month":
        d = month_start(anchor, n)
        return _month(s, e, text, d.year, d.month, "relative", how)
    if unit == "week":
        return _week(s, e, text, anchor + timedelta(weeks=n), "relative", how)
    d = anchor + timedelta(days=n)
    if unit == "day":
        return _day(s, e, text, d, "relative", how)
    return _day(s, e, text, d, "relative", how, value=f"{d.isoformat()}T{PARTS_OF_DAY[unit]}", typ="TIME")


def anaphora_anchor(m: DateMention) -> DateMention | None:
    """What "the next day" written after `m` counts from: its date, or a range's last end; None if it names none."""
    if m.type in ("DATE", "TIME") and m.date_start and not m.bound:
        return next((p for p in reversed(m.parts) if p.date_start), m)
    return None


def resolve_anaphora(mentions: list[DateMention], c: Ctx, last: DateMention | None = None) -> list[DateMention]:
    """Re-resolve anaphoric expressions against the date mentioned last before them (`last`: before the text)."""
    out: list[DateMention] = []
    # The date this text itself mentioned last, when a written year fixes it ("In February 2013", "That March"
    # after it), not "last year", and it opens its sentence: only such a date sets the year a story is told in.
    here: DateMention | None = None
    here_sentence: int | None = None  # set when `here` holds for one sentence only: "Last year's talks in November"
    for m in mentions:
        r = None
        sentence = bisect.bisect_right(c.starts, m.start) - 1
        if here_sentence is not None and sentence != here_sentence:
            here = here_sentence = None
        if (m.start, m.end) in c.in_year:
            r = _of_year(m, c, here if c.in_year[(m.start, m.end)][2] else last, here_sentence is not None)
            m = r or m
        elif (m.start, m.end) in c.anaphora:
            unit, shift, fallback = c.anaphora[(m.start, m.end)]
            r = last and shifted(m.start, m.end, m.text, last.date_start, last.precision, unit, shift,
                                  f"'{m.text}', counted from '{last.text}' ({last.value}), the date mentioned before it")
            if r and m.parts:
                r = replace(r, parts=m.parts)  # what TimeML tags stays as it was
            m = r or (m if fallback else m.parts[0] if m.parts else None)
            if m is None:
                continue
        anchor = anaphora_anchor(m)
        if anchor:
            # Only a date that opens its sentence sets the story's year: "In February 2013, Mandiant published …",
            # not "The officers indicted in May 2014 have never appeared …".
            opens = _OPENS_SENTENCE.fullmatch(c.text, c.starts[sentence], m.start)
            if (m.basis == "explicit" or r) and opens:
                here, here_sentence = anchor, None
            elif opens and m.basis == "relative" and m.precision == "year":
                # "Last year, …" or "Two years ago, …" sets the year of its own sentence only.
                here, here_sentence = anchor, sentence
            elif not (r and (m.start, m.end) in c.in_year):  # "…landed in February, … came in June": still that year
                here = here_sentence = None
            last = anchor
        out.append(m)
    return out


def _of_year(m: DateMention, c: Ctx, anchor: DateMention | None, same_sentence: bool = False) -> DateMention | None:
    """A month or season in the year of `anchor` (c.in_year), or None to keep `m` as it was read alone.
    `same_sentence`: the anchor opens m's own sentence ("Last year's conference in November"), which says the year."""
    if anchor is None or anchor.precision not in ("day", "week", "month", "season", "quarter", "year"):
        return None
    value, shift, narrative = c.in_year[(m.start, m.end)]
    y = anchor.date_start.year + shift
    if narrative:
        # "In February 2013, … In April, …": the story is still in 2013. Only for a past reading, a story set in
        # an earlier year, and a month after the anchor's own.
        if (y >= c.published.year or m.date_start.year == y or (m.date_start > c.published and not same_sentence)
                or (anchor.precision != "year" and value < anchor.date_start.month)):
            return None
    how = f"'{m.text}' → {y}, the year of '{anchor.text}' ({anchor.value}), the date mentioned before it"
    if isinstance(value, str):
        return _season(m.start, m.end, m.text, y, value, "relative", how)
    return _month(m.start, m.end, m.text, y, value, "relative", how)


@rule(r"\b(?P<mod>this|last|next|past|coming|previous|the previous|the following|the same|earlier this|later this|early this|early next|late last|late this|earlier in the|later in the)\s+(?P<u>week|weekend|month|year|quarter)\b", re.I, trigger=r"(?i:week|month|year|quarter)")
def _unit_rel(m, c):
    if _is_title(m, c):
        return None
    mod, u, p = m["mod"].lower(), m["u"].lower(), c.published
    shift = -1 if mod in ("last", "past", "previous", "the previous", "late last") else (
        1 if mod in ("next", "coming", "the following", "early next") else 0)
    if mod in ("past", "the past"):
        # "the past year" is a span up to publication, TimeML's duration
        return DateMention(m.start(), m.end(), m[0], f"P1{UNIT_CODE[u][0]}", "DURATION",
                           None, None, "", "relative", f"'{m[0]}' is a span, not a date")
    how = f"'{m[0]}', counted from {c.anchor}"
    s, e = m.start(), m.end()
    rq = reporting_quarter(c, s) if u == "year" and mod == "last" else None
    if rq:  # "up from $3 million last year" in quarterly results: that quarter last year
        ment = _quarter(s, e, m[0], rq[0] - 1, rq[1], "relative", how + f": the quarter {rq[1]} of last year")
    elif u == "year":
        ment = _year(s, e, m[0], p.year + shift, "relative", how)
    elif u == "month":
        d = month_start(p, shift)
        ment = _month(s, e, m[0], d.year, d.month, "relative", how)
    elif u == "quarter":
        q = (p.month - 1) // 3 + 1 + shift
        y = p.year + (q - 1) // 4
        ment = _quarter(s, e, m[0], y, (q - 1) % 4 + 1, "relative", how)
    else:
        d = p + timedelta(weeks=shift)
        ment = _week(s, e, m[0], d, "relative", how)
        if u == "weekend":
            sat = d - timedelta(days=d.weekday()) + timedelta(days=5)
            if shift == 0 and p.weekday() < 5 and c.tense(m.start()) == "past":
                sat -= timedelta(days=7)
            ment = DateMention(s, e, m[0], iso_week(sat) + "-WE", "DATE", sat,
                               sat + timedelta(days=1), "day", "relative", how)
    if mod.startswith(("earlier", "early")):
        ment = replace(ment, date_end=min(ment.date_end, p) if shift == 0 else ment.date_end)
    elif mod.startswith(("later", "late")) and shift == 0:
        ment = replace(ment, date_start=max(ment.date_start, p))
    return ment


@rule(r"\b(?:over|during|at|on)\s+the\s+weekend\b|\b(?:over|during)\s+the\s+(?:past\s+)?week\b", re.I, trigger=r"(?i:week)")
def _the_weekend(m, c):
    p = c.published
    if m[0].lower().endswith("weekend"):
        # The weekend just past, or this one if the article is dated on it.
        sat = p - timedelta(days=(p.weekday() - 5) % 7)
        if c.tense(m.start()) == "future" and p.weekday() < 5:
            sat += timedelta(days=7)
        return DateMention(m.start(), m.end(), m[0], iso_week(sat) + "-WE", "DATE", sat,
                           sat + timedelta(days=1), "day", "relative",
                           f"'{m[0]}' → {sat.isoformat()}–{(sat + timedelta(days=1)).isoformat()}, "
                           f"the weekend nearest before {c.anchor}")
    return _week(m.start(), m.end(), m[0], p, "relative", f"'{m[0]}', the week of {c.anchor}")


_DEADLINE_BEFORE = re.compile(r"\b(?:within|(?:no|not) later than|up to)\s+$", re.IGNORECASE)


@rule(rf"\b(?P<n>{NUM})[- ](?P<u>{UNIT}|fortnight)s?\s+(?P<dir>ago|earlier|before|later|after|from now|hence)(?P<today>\s+(?:today|this\s+(?P<this>week|month)))?\b",
      re.I, trigger=r"(?i:ago|earlier|before|later|after|from now|hence)")
def _ago(m, c):
    n, u, p = _num(m["n"]), m["u"].lower(), c.published
    if u == "fortnight":  # British: two weeks
        n, u = (2 * n if isinstance(n, (int, float)) else n), "week"
    line_start = c.text.rfind("\n", 0, m.start()) + 1
    line_end = c.text.find("\n", m.end())
    line = c.text[line_start:line_end if line_end >= 0 else len(c.text)]
    if len(line.split()) <= len(m[0].split()) + 3:
        return None  # page chrome ("2 years ago" under a comment), not prose
    d = m["dir"].lower()
    if d in ("after", "later") or d in ("before", "earlier") and not re.match(r"\s*[,.;]", c.text[m.end():m.end() + 2]):
        # "two days before the vote" anchors on another event, not on publication; so does "three days later"
        # always (counted from publication it would be "from now"), and "a day after" too. The expression is the
        # length alone: "later" is TimeML's signal, outside it.
        e = m.start() + len(c.text[m.start():m.start("dir")].rstrip())
        length = DateMention(m.start(), e, c.text[m.start():e], _duration_value(n, u), "DURATION", None,
                             None, "", "relative", f"'{m[0]}' is an offset from another event")
        if d == "after":
            # "resigned on Friday, a day after her agency said …": the other act, a day before the date just given;
            # "A day after the vote, …" opens its sentence: a day after the date mentioned before it. Only a few
            # days: "three weeks after" is loose, and "within 180 days after enactment" a deadline.
            sentence = c.starts[bisect.bisect_right(c.starts, m.start()) - 1]
            counts = u == "day" and isinstance(n, int) and n <= 14 and not _DEADLINE_BEFORE.search(c.text, sentence,
                                                                                                    m.start())
            shift = n if not counts or _OPENS_SENTENCE.fullmatch(c.text, sentence, m.start()) else -n
        else:
            # "Three days later": counted from the date mentioned before it (resolve_anaphora).
            shift, counts = n, d == "later" and u in ("day", "week") and isinstance(n, int)
        if not counts:
            return length  # TimeML still sees the length alone; without an earlier date that is all it is
        c.anaphora[(m.start(), m.end())] = (u, shift, False)
        return replace(length, end=m.end(), text=m[0], type="DATE", parts=(length,))
    if n == "X" or isinstance(n, float):
        return DateMention(m.start(), m.end(), m[0], "PAST_REF" if m["dir"].lower() == "ago" else "FUTURE_REF",
                           "DATE", None, None, "", "relative", f"'{m[0]}' is vague")
    sign = -1 if m["dir"].lower() in ("ago", "earlier", "before") else 1
    how = f"'{m[0]}', counted from {c.anchor}"
    s, e = m.start(), m.end()
    if m["today"] and m["dir"].lower() != "ago":
        return None  # "four days earlier this month": an offset and a month, read apart
    if m["today"] and u in ("week", "month", "year"):
        # "Two years ago today", "three years ago this month": that day, or that month, an anniversary
        d = p + timedelta(weeks=sign * n) if u == "week" else add_months(p, sign * n * (12 if u == "year" else 1))
        if m["this"] == "month":
            return _month(s, e, m[0], d.year, d.month, "relative", how)
        if m["this"] == "week":
            return _week(s, e, m[0], d, "relative", how)
        return _day(s, e, m[0], d, "relative", how)
    if u == "day":
        return _day(s, e, m[0], p + timedelta(days=sign * n), "relative", how)
    if u == "week":
        return _week(s, e, m[0], p + timedelta(weeks=sign * n), "relative", how)
    if u == "month":
        d = add_months(p, sign * n)
        return _month(s, e, m[0], d.year, d.month, "relative", how)
    if u == "year":
        rq = reporting_quarter(c, s) if n == 1 and sign < 0 else None
        if rq:  # "profit rose from $5 million a year ago": the same quarter, a year before
            return _quarter(s, e, m[0], rq[0] - 1, rq[1], "relative",
                            how + f": the year-earlier quarter of {rq[0]}-Q{rq[1]}")
        if m["dir"].lower() == "ago" and n == 1:
            # "a year ago", said in October 2015: about October 2014, as readers take it, not any time in 2014.
            d = add_months(p, -12)
            return _month(s, e, m[0], d.year, d.month, "relative", how + ": the same month a year back")
        return _year(s, e, m[0], p.year + sign * n, "relative", how)
    if u == "decade":
        y = p.year + sign * 10 * n
        return DateMention(s, e, m[0], str(y // 10), "DATE", date(y // 10 * 10, 1, 1),
                           date(y // 10 * 10 + 9, 12, 31), "year", "relative", how)
    return DateMention(s, e, m[0], "PAST_REF" if sign < 0 else "FUTURE_REF", "DATE", None, None,
                       "", "relative", how)


def _duration_value(n, u: str) -> str:
    code = UNIT_CODE[u]
    if u in ("hour", "minute"):
        return f"PT{n}{code}"
    if n == 0.5:
        return {"year": "P6M", "day": "PT12H", "month": "P2W", "week": "P3D"}.get(u, f"P0.5{code}")
    return f"P{n}{code}"


@rule(r"\b(?P<mod>within|in|for|over|after|during)\s+(?:the\s+)?(?:(?P<past>past|last|next|coming|first)\s+)?"
      rf"(?P<n>{NUM})[- ](?P<u>{UNIT})s?\b", re.I, trigger=_T_UNIT)
def _span(m, c):
    n, u, p = _num(m["n"]), m["u"].lower(), c.published
    s = m.start() + len(m["mod"]) + 1
    text = c.text[s:m.end()]
    value = _duration_value(n, u)
    mod = m["mod"].lower()
    if mod == "within" and isinstance(n, int) and u in ("day", "week", "month", "year"):
        end = {"day": p + timedelta(days=n), "week": p + timedelta(weeks=n),
               "month": add_months(p, n), "year": add_months(p, 12 * n)}[u]
        prec = "day" if u in ("day", "week") else "month"
        return DateMention(s, m.end(), text, value, "DURATION", p, end, prec, "relative",
                           f"'within {text}': from {c.anchor} to {end.isoformat()}")
    return DateMention(s, m.end(), text, value, "DURATION", None, None, "", "relative",
                       f"'{text}' is a length of time, not a date")


@rule(rf"\b(?P<n>{NUM})[- ](?P<u>{UNIT})s?(?:[- ]long|[- ]old)?\b(?!\s+(?:ago|earlier|before|later|from now|hence))", re.I, trigger=_T_UNIT)
def _duration(m, c):
    n = _num(m["n"])
    return DateMention(m.start(), m.end(), m[0], _duration_value(n, m["u"].lower()), "DURATION",
                       None, None, "", "relative", f"'{m[0]}' is a length of time, not a date")


@rule(rf"\b(?:the\s+)?(?P<which>latter|second|first|former|last)\s+half\s+of\s+(?:(?P<rel>this|last|next)\s+year|(?P<y>{YEAR}))\b", re.I, trigger=r"(?i:half)")
def _half(m, c):
    y = int(m["y"]) if m["y"] else c.published.year + REL_SHIFT[m["rel"].lower()]
    h = 2 if m["which"].lower() in ("latter", "second", "last") else 1
    ds, de = (date(y, 7, 1), date(y, 12, 31)) if h == 2 else (date(y, 1, 1), date(y, 6, 30))
    return DateMention(m.start(), m.end(), m[0], f"{y}-H{h}", "DATE", ds, de, "month",
                       "relative" if m["rel"] else "explicit",
                       f"'{m[0]}' → {ds.isoformat()} to {de.isoformat()}")


# General references: TimeML's PAST_REF / PRESENT_REF / FUTURE_REF. "formerly" and "once" are
# left out: annotators almost never tag them.
@rule(r"\b(?P<w>now|currently|current|at present|nowadays|these days|recently|recent|lately|in recent (?:years|months|weeks|days)|in the past(?!\s+(?:year|month|week|decade|century)\b)|the (?:near |foreseeable |distant )?future|the (?:near|short) term|(?:the )?coming (?:days|weeks|months|years)|for now|right now|just now)\b", re.I, trigger=r"(?i:now|current|present|days|recent|lately|past|future|term|coming)")
def _refs(m, c):
    w = m["w"].lower()
    if w == "recent" and re.match(r"\s+(?:years|months|weeks|days)\b", c.text[m.end():m.end() + 8]):
        return None  # "recent years" is a span, tagged by the rule for it
    value = ("PRESENT_REF" if w in ("now", "currently", "current", "at present", "nowadays", "these days", "for now", "right now", "just now")
             else "FUTURE_REF" if ("future" in w or "term" in w or "coming" in w) else "PAST_REF")
    return _ref(m.start(), m.end(), m[0], value)


# Case-sensitive: capitalised "Daily"/"Weekly" are mastheads ("China Daily"), not sets.
@rule(r"\b(?P<w>[Ee]very|[Ee]ach)\s+(?P<u>day|week|month|year|quarter)\b|\b(?P<adv>daily|weekly|monthly|annually|yearly|quarterly)\b", trigger=r"(?i:every|each|daily|weekly|monthly|annually|yearly|quarterly)")
def _set(m, c):
    u = (m["u"] or {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
                    "yearly": "year", "quarterly": "quarter"}[m["adv"].lower()]).lower()
    value = "P3M" if u == "quarter" else f"P1{UNIT_CODE[u]}"
    return DateMention(m.start(), m.end(), m[0], value, "SET", None, None, "", "relative",
                       f"'{m[0]}' recurs")


# ---------------------------------------------------------------- range joining
_RANGE_GAP = re.compile(r"^,?\s*(?:-|–|—|to|through|thru|until|till|and)\s*$", re.I)  # "from Wednesday, Dec. 16, to …"
_RANGE_LEAD = re.compile(r"(?:\bfrom|\bbetween)\s+$", re.I)
_RANGE_DASH = re.compile(r"^\s*[-–—]\s*$")  # "Wed 16 Dec – Fri 18 Dec": a dash alone makes a range
_RANGE_AND = re.compile(r"^\s*and\s*$")  # "on Sunday and Monday": two days in a row are one event's span


def join_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """'from Wednesday to Saturday', 'Wed 16 Dec – Fri 18 Dec', 'on Sunday and Monday' → one mention spanning both
    (end resolved first)."""
    out: list[DateMention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        b = mentions[i + 1] if i + 1 < len(mentions) else None
        if (b and a.date_start and b.date_start and a.type in ("DATE", "TIME") and b.type in ("DATE", "TIME")
                and _RANGE_GAP.match(text[a.end:b.start])
                and (_RANGE_LEAD.search(text[max(0, a.start - 10):a.start]) or _RANGE_DASH.match(text[a.end:b.start])
                     or (_RANGE_AND.match(text[a.end:b.start]) and a.precision == "day"
                         and b.date_start == a.date_end + timedelta(days=1)))
                and a.precision == b.precision):
            start = a.date_start
            if "→" in a.how and start > b.date_start:  # weekday counted from a later anchor
                start = start - timedelta(days=7)
            if start <= b.date_end:
                lead = _RANGE_LEAD.search(text[max(0, a.start - 10):a.start])
                s = a.start - (len(lead[0]) if lead else 0)
                out.append(replace(a, start=s, end=b.end, text=text[s:b.end], date_start=start,
                                   date_end=b.date_end, parts=(a, b),
                                   how=f"'{text[s:b.end]}' → {start.isoformat()} to {b.date_end.isoformat()}; {b.how}"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# ---------------------------------------------------------------- entry point
def find_dates(text: str, *, published: date, after: DateMention | None = None,
               year: int | None = None, counted_from: str | None = None, page: Conventions = PLAIN,
               caption: bool = False) -> list[DateMention]:
    """All date mentions in `text`, in order, relative ones resolved against `published`. `after`: the date
    mentioned last before `text` (in an earlier paragraph), for "The next day, ..." opening this one.
    `year`: the year a heading above `text` gives ("2013" over a timeline's "Feb. 19 — ..."), for a month
    and day written without one. `counted_from`: what `published` is, in words, when it is not the
    publication date ("the date 2016-05-19 of the entry stamped '…'"). `page`: how the whole page writes its
    dates (read_conventions). `caption`: `text` is a photo caption, whose present tense tells of the past."""
    ctx = Ctx(text, published, year, counted_from, page, caption)
    found: list[DateMention] = []
    windows: dict[re.Pattern, list] = {}  # rules share triggers: scan for each once
    for priority, (rx, trigger, handler) in enumerate(_PATTERNS):
        if trigger not in windows:
            windows[trigger] = _windows(text, trigger)
        for a, b in windows[trigger]:
            for m in rx.finditer(text, a, b):
                try:
                    ment = handler(m, ctx)
                except (ValueError, OverflowError):
                    continue  # out of the calendar ("3000 years ago"): not a date we can place
                if ment is not None:
                    found.append((ment, priority))
    # Longest match wins; on a tie the earlier rule.
    found.sort(key=lambda mp: (-(mp[0].end - mp[0].start), mp[1], mp[0].start))
    taken: list[DateMention] = []
    occupied: list[tuple[int, int]] = []
    for ment, _ in found:
        if any(ment.start < e and s < ment.end for s, e in occupied):
            continue
        occupied.append((ment.start, ment.end))
        taken.append(ment)
    taken.sort(key=lambda x: x.start)
    return resolve_anaphora(join_ranges(text, taken), ctx, after)


def timex_mentions(mentions: list[DateMention]) -> list[tuple[DateMention, DateMention]]:
    """(expression, range it belongs to) pairs: a range is tagged as its ends, as TimeML does."""
    return [(p, m) for m in mentions for p in (m.parts or (m,))]


def date_records(text: str, *, published: date) -> list[dict]:
    """What `python -m loader dates` prints: one record per TIMEX3-style expression."""
    return [mention_to_json(m, within) for m, within in timex_mentions(find_dates(text, published=published))]


def mention_to_json(m: DateMention, within: DateMention | None = None) -> dict:
    """The `python -m loader dates` record for one expression (and the range holding it)."""
    row = {"start": m.start, "end": m.end, "text": m.text, "value": m.value, "type": m.type,
           "date_start": m.date_start.isoformat() if m.date_start else None,
           "date_end": m.date_end.isoformat() if m.date_end else None,
           "precision": m.precision, "basis": m.basis, "how": m.how}
    if m.bound:
        row["bound"] = m.bound
    if within is not None and within is not m:
        row["range"] = {"text": within.text, "date_start": within.date_start.isoformat(),
                        "date_end": within.date_end.isoformat()}
    return row
