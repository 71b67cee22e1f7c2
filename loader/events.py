"""Body sentences -> dated events, each pointing at its sentence in the original text."""
from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from dataclasses import replace
from datetime import timedelta

from .catalog import Catalog, ReferenceEvent, find_actors, match_references
from .clean import TIME_OF_DAY, TIME_STAMP, UPDATE_LABEL
from .dates import (IRREGULAR_PAST, MON, MONTH_ITEM, NO_ANCHOR, NOT_VERBS, NUM, NUMBERS, REPORTED_PAST, WD, WD_ABBR,
                    Conventions, anaphora_anchor, find_dates, read_conventions, shifted)
from .model import Article, DateMention, Event
from .published import WIRE_DATELINE
from .sentences import split_sentences

# ---------------------------------------------------------------- event types
# Ordered: the first that matches wins, so specific acts outrank generic words.
EVENT_TYPES: list[tuple[str, re.Pattern]] = [(t, re.compile(p, re.I)) for t, p in [
    ("meeting", r"\b(?:met|meets|meet with|held talks|hold talks)\b"),
    ("indictment", r"\bindict\w*|\bcharged\b|\bcriminal charges\b|\bprosecut\w*"),
    ("sanction", r"\bsanction\w*"),
    ("accusation", r"\baccus\w*|\bblam\w*|\balleg\w*|\bcondemn\w*"),
    # Opposing or denying hacking is a position taken, not an attack.
    ("statement", r"\b(?:oppos\w*|against|den(?:y|ies|ied|ial)|reject\w*)\s+(?:[\w-]+\s+){0,3}?(?:hack\w*|cyber-?attacks?|cyber ?theft|intrusions?)\b"),
    ("attack", r"\bhack(?:ed|ers?)\b|\bbreach(?:ed|es)?\b|\bcyber-?attacks? (?:on|against)\b|\bstole\b|\btheft of\b|\bintrusions?\b"),
    ("summit", r"\bsummit\b"),
    ("visit", r"\bvisit(?:s|ed|ing|or|ors)?\b|\btrip\b|\btour(?:s|ed|ing)?\b|\barriv(?:e|es|ed|ing|al)\b|\bleft \w+(?: \w+)? for\b|\bdepart(?:s|ed|ing|ure)?\b"),
    ("agreement", r"\bagree\w*|\bconsensus\b|\bdeal\b|\baccord\b|\bpledg\w*|\bsigned\b|\bmemorandum\b|\btreaty\b"),
    ("dialogue", r"\bdialogues?\b|\btalks\b|\bnegotiat\w*"),
    ("meeting", r"\bmeeting\w*|\bmeet\b|\bconference\b|\bseminar\b|\bdiscussions?\b|\bdiscuss\w*|\bforum\b|\bworkshop\b"),
    ("report", r"\breport(?:ed|s)?\b|\bstudy\b|\bsurvey\b|\bwhite paper\b"),
    ("statement", r"\bsaid\b|\bsays\b|\btold\b|\bspoke\b|\bstated\b|\bannounc\w*|\burged\b|\bcalled (?:on|for)\b|\bstatement\b|\bdeclar\w*|\bwarned\b"),
]]


def classify_event(text: str) -> str:
    for name, rx in EVENT_TYPES:
        if rx.search(text):
            return name
    return "other"


def _window(sentence: str, s: int, e: int) -> str:
    """A few words either side of a date: the clause that the date belongs to."""
    before = sentence[:s].split()[-8:]
    after = sentence[e:].split()[:6]
    return " ".join(before + [sentence[s:e]] + after)


# ---------------------------------------------------------------- building
_PAIR_WORDS = re.compile(r"\b(?:the two|both) (?:countries|sides|nations|governments|leaders|presidents|parties)\b", re.I)


# A direct quotation, or a sentence that opens by stepping out of the story's time ("Before his
# U.S. trip, ..."), does not continue the narrative, so it inherits no date from it.
_BREAKS_NARRATIVE = re.compile(r"\s*(?:[\"“‘']|(?:Before|Earlier|Previously|Prior to|Since|After|Later|"
                               r"Meanwhile|Historically|In the past)\b)")
# Only a sentence told in the past (or present perfect: "have agreed" reports the talks' outcome) continues
# a dated narrative; one told wholly in the present ("says", "is expected") speaks of the time of writing
# or of no time, so it borrows no date.
_PRESENT_AUXILIARIES = {"is", "are", "am", "be", "being"}
_WORDS = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")


def _told_in_past(sentence: str) -> bool:
    after_auxiliary = False  # "is (widely) expected" is a present passive, not a past event
    for word in _WORDS.findall(sentence):
        lower = word.lower()
        if lower in IRREGULAR_PAST or lower in REPORTED_PAST:
            return True
        # Capitalised: a name ("United States"), not a verb.
        if (lower.endswith("ed") and len(lower) > 3 and word[0].islower() and "-" not in lower
                and lower not in NOT_VERBS and not after_auxiliary):
            return True
        if lower in _PRESENT_AUXILIARIES:
            after_auxiliary = True
        elif not (lower.endswith("ly") or lower in ("also", "not", "never", "already", "just", "yet", "still")):
            after_auxiliary = False
    return False


_PLURAL_REF = re.compile(r"\b(?:[Tt]hey|[Tt]heir|[Tt]hem|[Bb]oth leaders|[Tt]he two leaders|[Tt]he leaders)\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def _event_id(article: str, start: int, ds, de) -> str:
    return hashlib.sha1(f"{article}|{start}|{ds}|{de}".encode()).hexdigest()[:12]


def _eligible(m: DateMention) -> bool:
    return m.date_start is not None and not m.bound and m.type in ("DATE", "TIME", "DURATION")


# "The week after Sunnylands", "the day before the indictment": a step from a well-known event.
_STEP_FROM = re.compile(r"\b(?:the\s+)?(?P<unit>day|week|month)\s+(?P<way>after|before)\s+(?:the\s+)?$", re.IGNORECASE)


def _reference_mention(ref: ReferenceEvent, sentence: str, hit: re.Match) -> DateMention:
    s, e, text = hit.start(), hit.end(), hit.group()
    how = (f"'{text}' matches the well-known event '{ref.name}' "
           f"({ref.date_start.isoformat()} to {ref.date_end.isoformat()}, {ref.source_url})")
    step = _STEP_FROM.search(sentence, 0, s)
    if step:
        unit, after = step["unit"].lower(), step["way"].lower() == "after"
        m = shifted(step.start(), e, sentence[step.start():e], ref.date_end if after else ref.date_start, "day", unit,
                    1 if after else -1, f"{how}; the {unit} {step['way'].lower()} it")
        return replace(m, basis="reference")
    return DateMention(s, e, text, ref.date_start.isoformat(), "DATE", ref.date_start, ref.date_end, "day", "reference", how)


def build_events(article: Article, catalog: Catalog) -> list[Event]:
    """Events of one article: a sentence's dated mentions, or its narrative's date inherited."""
    if article.status not in ("ok", "undated"):
        return []
    text, pub = article.text, article.published
    anchor_certain = article.published_basis not in ("inferred", "none")
    gaz = catalog.gazetteer
    page = read_conventions(text)
    stamps = find_entry_stamps(article, page)
    stamp_starts = [pos for pos, _ in stamps]
    sentences = []  # (start, end, is_caption)
    for b in article.blocks:
        # A digest's dated item heading stamps the item under it; it is no event itself.
        if b.kind in ("body", "caption") and b.start not in stamp_starts:
            sentences += [(s, e, b.kind == "caption") for s, e in split_sentences(text, b.start, b.end)]

    # Each sentence's actors and countries, found once; the countries most named in the body
    # stand for "the two sides".
    named = [find_actors(text[s:e], gaz) for s, e, _ in sentences]
    body_countries = Counter(c for _, countries in named for c in countries)
    pair = [c for c, _ in body_countries.most_common(2)]

    # Dates are found block by block (one pass each), then handed to their sentences.
    block_mentions: list[DateMention] = []
    previous: DateMention | None = None  # the body's last date so far: "The next day" may open a paragraph
    section_year: int | None = None  # a timeline's year heading ("2013") over items written "Feb. 19 — ..."
    section_titled = False  # "2013: Naming names" heads a section of prose: its year-less dates are that year's

    def stamps_before(pos: int) -> int:
        return bisect.bisect_left(stamp_starts, pos)

    spoken: DateMention | None = None  # an interview's "We spoke on Thursday, July 9": what follows counts from it
    by_entry: set[int] = set()  # relative dates counted from an entry's stamp: their note names it, not the byline
    for b in article.blocks:
        k = stamps_before(b.start)
        entry = stamps[k - 1][1] if k else None  # the entry a block is in: its relative words count from its stamp
        heading = _YEAR_HEADING.fullmatch(text, b.start, b.end)
        if heading:
            section_year, section_titled = int(heading.group(1)), bool(heading["title"])
            continue
        if b.kind in ("body", "caption"):
            # "WASHINGTON, Dec. 2 (Xinhua) --": the date the story was filed, not an event in it.
            dateline = WIRE_DATELINE.match(text, b.start, b.end)
            skip_to = dateline.end() if dateline else b.start
            own = find_paragraph_stamp(text, b.start, b.end, pub, page) if b.kind == "body" else None
            stamped = "entry stamped"
            if own:
                skip_to, entry, stamped = max(skip_to, own[0]), own[1], own[2]
            elif spoken and not entry:
                entry, stamped = spoken, "conversation on"
            # "Two years ago today" in an issue forwarded on May 19 counts from May 19.
            anchor = entry.date_start if entry else pub
            found = find_dates(text[b.start:b.end], published=anchor or NO_ANCHOR, after=previous,
                               year=section_year if section_titled or _TIMELINE_ITEM.match(text, b.start) else None,
                               counted_from=f"the date {anchor} of the {stamped} '{entry.text}'" if entry else None,
                               page=page, caption=b.kind == "caption")
            if b.kind == "body":
                previous = next(filter(None, map(anaphora_anchor, reversed(found))), previous)
                spoken = find_conversation_date(text[b.start:b.end], found, anchor) or spoken
            for m in found:
                if not _eligible(m) or m.start + b.start < skip_to:
                    continue
                if anchor is None and m.basis != "explicit":
                    # Listed, not guessed: the event stays undated until a publication date is known.
                    m = replace(m, date_start=None, date_end=None, basis="undated",
                                how=f"'{m.text}' cannot be placed: the article gives no publication "
                                    f"date to count from, and none could be inferred")
                elif entry and m.basis == "relative":
                    by_entry.add(m.start + b.start)
                block_mentions.append(replace(m, start=m.start + b.start, end=m.end + b.start))
    crossed = 0  # stamps passed so far
    starts = [m.start for m in block_mentions]
    dated: list[tuple[int, list[tuple[DateMention, int, int]]]] = []
    for idx, (s, e, caption) in enumerate(sentences):
        sent = text[s:e]
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        mentions = [replace(m, start=m.start - s, end=m.end - s)
                    for m in block_mentions[lo:hi] if m.end <= e]
        refs = match_references(sent, catalog.references)
        if refs and (not mentions or (not anchor_certain and all(m.basis == "relative" for m in mentions))):
            ref = refs[0]
            mentions = [_reference_mention(ref, sent, ref.pattern.search(sent))]
        dated.append((idx, [(m, s, e) for m in mentions]))

    events: list[Event] = []
    current: DateMention | None = None  # the narrative's reference date so far
    short_names: dict[str, str] = {}  # "Meng" -> "Meng Jianzhu", once the full name was seen
    prev: tuple[list, list] = ([], [])
    for idx, (s, e, caption) in enumerate(sentences):
        if stamps_before(s) > crossed:
            # A new entry: the narrative starts again at its stamp's date.
            crossed = stamps_before(s)
            current = stamps[crossed - 1][1]
        sent = text[s:e]
        actors, countries = named[idx]
        for m in _CAPITALISED.finditer(sent):
            full = short_names.get(m.group())
            if full and full not in actors:
                actors.append(full)
        for a in actors:
            if a not in gaz.organizations and " " in a:
                # Chinese names put the surname first, Western names last: either may recur alone.
                for part in (a.split()[0], a.split()[-1]):
                    short_names.setdefault(part, a)
        if _PAIR_WORDS.search(sent):
            countries = list(dict.fromkeys(countries + pair))
        if _PLURAL_REF.search(sent):  # "they", "their meeting": the people just named
            actors = list(dict.fromkeys(actors + prev[0]))
            countries = list(dict.fromkeys(countries + prev[1]))
        if actors or countries:
            prev = (actors, countries)
        mentions = dated[idx][1]
        if len(mentions) == 1:
            mentions = [(_days_of_event(sent, mentions[0][0]), *mentions[0][1:])]
        if mentions:
            seen = set()
            for m, _, _ in mentions:
                key = (m.date_start, m.date_end)
                if key in seen:
                    continue
                seen.add(key)
                etype = classify_event(_window(sent, m.start, m.end))
                if etype == "other":
                    etype = classify_event(sent)
                if _is_ahead(m, pub) and m.basis != "reference":
                    etype = "plan"
                basis = m.basis
                if basis == "reference" or (basis == "relative" and not anchor_certain):
                    basis = "inferred"
                how = m.how
                if m.basis == "relative" and pub and s + m.start not in by_entry:
                    how += f", {_anchor_note(article)}"
                events.append(_event(article, s, e, caption, m, basis, how, etype, actors, countries))
            # Only a concrete past date anchors the narrative: "later this year" or a plan does not.
            anchors = [m for m, _, _ in mentions if _is_moment(m) and (pub is None or m.date_start <= pub)]
            # "The session came a week after Xi arrived last Thursday": the narrative stays where it was.
            # A step from a well-known event ("The week after Sunnylands") or from the date just given ("resigned on
            # Friday, a day after her agency said …") is such a clause too.
            told = [m for m in anchors if not _BACKGROUND.search(sent, 0, m.end if m.basis == "reference" or _OFFSET.match(m.text)
                                                                 else m.start)]
            if (told or (anchors and current is None)) and not caption:
                current = (told or anchors)[-1]
            continue
        etype = classify_event(sent)
        # Under an entry's stamp, the present tells of the entry's day ("Xi arrives in Washington"), as live blogs
        # and news digests write it; elsewhere it speaks of the time of writing or of no time.
        in_entry = bool(crossed) and current is stamps[crossed - 1][1]
        if (etype == "other" or not (actors or countries) or caption or _BREAKS_NARRATIVE.match(sent)
                or not (_told_in_past(sent) or in_entry)):
            continue
        source = current or _next_dated(dated, idx)
        if source is None:
            continue
        if _is_ahead(source, pub):
            etype = "plan"
        span = source.date_start.isoformat() + (
            f" to {source.date_end.isoformat()}" if source.date_end != source.date_start else "")
        how = f"no date of its own: continues the narrative of '{source.text}' ({span})"
        events.append(_event(article, s, e, caption, source, "inherited", how, etype, actors, countries))
    return events


# "the two-day summit, which opened Sunday", "two days of talks that ended Wednesday": the day is one end of the event.
_DAYS_LONG = re.compile(r"\b(?:(?P<n>two|three|four|five|[2-5])(?:[- ]day\b|\s+days\s+of\b)|week-?long\b)", re.IGNORECASE)
_OPENED = re.compile(r"\b(?:open|opened|opens|begin|began|begins|beginning|start|started|starts|starting|kicked off|kicks off"
                     r"|kick off)\b", re.IGNORECASE)
_CLOSED = re.compile(r"\b(?:ended|ends|closed|closes|wrapped up|wraps up|concluded|concludes)\b", re.IGNORECASE)


def _days_of_event(sentence: str, m: DateMention) -> DateMention:
    """A day that opens or closes an event of a stated length widens to the whole event; else the day as it was."""
    length = _DAYS_LONG.search(sentence)
    opened, closed = _OPENED.search(sentence), _CLOSED.search(sentence)
    if not (length and m.precision == "day" and m.date_start == m.date_end and bool(opened) != bool(closed)):
        return m
    n = NUMBERS.get(length["n"].lower()) or int(length["n"]) if length["n"] else 7
    start = m.date_start if opened else m.date_start - timedelta(days=n - 1)
    end = start + timedelta(days=n - 1)
    verb = (opened or closed).group()
    return replace(m, date_start=start, date_end=end,
                   how=f"{m.how}; '{length.group().strip()}' {verb} then, so the event ran {start} to {end}")


def _is_ahead(m: DateMention, pub) -> bool:
    """Wholly after publication ("in December", "later this year"): what is planned, not done."""
    return bool(pub and m.date_start and m.date_start >= pub and m.date_end > pub)


# A year standing alone over a timeline ("2013"), or a year-by-year section's heading ("2013: Naming names").
_YEAR_HEADING = re.compile(r"\W*((?:19|20)\d\d)(?P<title>\s*[:—–-]\s*(?!\d)[^.!?\n]{2,60})?\W*")  # not "2013–2016"
# A timeline's item: a list item, or a line that opens with its month and day ("Feb. 19 — ...", as Markdown
# reads once its list markers are gone) or its month alone ("June - ...").
_TIMELINE_ITEM = re.compile(rf"\s*(?:[-*•·▪]\s|\d{{1,2}}[.)]\s|{MON}\s+\d|{MONTH_ITEM})")
# A date in a clause that looks back or ahead from the sentence's own time: no comma or colon between them.
_OFFSET = re.compile(rf"{NUM}[- ]days?\s+after$", re.IGNORECASE)  # the offset dates.py reads in "a day after"
_BACKGROUND = re.compile(r"\b(?:after|before|since|until|following|ahead of|prior to)\b[^,;:]*$", re.IGNORECASE)
# What may stand around the date of an entry stamp: a label before it, a time of day after it.
# A byline's date counts too: on a page of several stories it starts the next one ("By M. Heng · December 8, 2016").
# A tweet's time comes first: "8:41 PM · Sep 25, 2015 · Twitter Web Client".
_STAMP_LABEL = re.compile(rf"\W*(?:(?:posted|updated|published|date|sent)\b\W*|by\s+[^|·,—\n]{{2,60}}?\s*[|·,—-]\s*"
                          rf"|{TIME_OF_DAY}\s*[·|,—-]\s*)?", re.IGNORECASE)
# An entry stamp's time between midnight and 4 a.m.: "12:05 AM", "00:40", "2.10am"
_SMALL_HOURS = re.compile(r"(?<![\d:.])(?:(?:12|0?[1-3])[:.]\d\d\s*a\.?m\b|0[0-3][:.]\d\d(?!\s*[ap]\.?m))", re.IGNORECASE)
# ... and the rest of a time: "07:02:11 -0400", "7:01 AM", "18:22:00 GMT", "(UTC)", "9:05 a.m. ET", and the app a
# tweet came from
_STAMP_TIME = re.compile(rf"[\s,|·—–-]*(?:(?:at\s+)?{TIME_OF_DAY})?(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[+-]\d{{4}}|gmt|utc|[ecmp][sd]?t|bst|cet|hkt|jst)?"
                         rf"(?:\s*[·|]\s*[\w .]{{2,30}})?(?:\s*\((?:mon|tues|wednes|thurs|fri|satur|sun)day\))?\W*",
                         re.IGNORECASE)  # "… · Twitter Web Client", "September 25, 2015 (Friday)"


# An item that opens with its date: "3/24/2016 — Su Bin pleaded guilty yesterday", "Tue 29 Sep — ...".
# (What may open one, checked before the tagger runs on the paragraph's head: most paragraphs open otherwise.)
_ITEM_DATE = re.compile(rf"[-*•·\s]{{0,4}}(?=\d|{WD}|{WD_ABBR}|{MON})")
_AFTER_ITEM_DATE = re.compile(r"\s*[—–:-]\s")


def find_paragraph_stamp(text: str, start: int, end: int, pub, page: Conventions) -> tuple[int, DateMention, str] | None:
    """A paragraph's own date, which its relative words count from: an update's label ("UPDATE (Dec. 2, 2015,
    10:15 a.m.): ...", no event itself) or the full date an item opens with (an event, as in a chronology).
    (where its events may start, the date, what the date is)."""
    label = UPDATE_LABEL.match(text, start, end)
    if label:
        for m in find_dates(label["stamp"], published=pub or NO_ANCHOR, page=page):
            if m.basis == "explicit" and m.precision == "day" and _STAMP_TIME.fullmatch(label["stamp"], m.end):
                return label.end(), replace(m, start=start, end=label.end(), text=text[start:label.end()].strip()), \
                    "update labelled"
        return None
    lead = _ITEM_DATE.match(text, start, end)
    if not lead:
        return None
    head = text[lead.end():min(end, lead.end() + 40)]
    first = next(iter(find_dates(head, published=pub or NO_ANCHOR, page=page)), None)
    if first and first.start == 0 and first.basis in ("explicit", "relative") and first.precision == "day" and \
            _AFTER_ITEM_DATE.match(head, first.end):
        # "Sept. 22–25, 2015 — … announced Sept. 25": the item is told from its last day.
        return start, replace(first, date_start=first.date_end), "item dated"
    return None


# An interview says when it took place: "We spoke by phone on Thursday, July 9.", "This interview was conducted on …".
_CONVERSATION = re.compile(r"\b(?:we|I) (?:spoke|talked)\b|\b(?:this|the|our) (?:interview|conversation) "
                           r"(?:was (?:conducted|recorded|held)|took place)\b", re.IGNORECASE)


def find_conversation_date(block: str, found: list[DateMention], anchor) -> DateMention | None:
    """The day an interview says it took place, from the dates found in its block; None if it says none."""
    said = _CONVERSATION.search(block)
    if not said:
        return None
    end = block.find(". ", said.end())
    for m in found:
        if said.end() <= m.start and (end < 0 or m.start < end) and m.precision == "day" and m.date_start \
                and (anchor is None or m.date_start <= anchor):
            return m
    return None


# A digest's item heading with its date: "2. XINHUA: OPM HACK A "CRIMINAL CASE" (Dec 2)", "Intrusions down (12/10)".
_DATED_HEADING = re.compile(r"(?:\d{1,2}[.)]\s+)?(?P<title>[^.!?\n()]{3,100}?)\s*\((?P<date>[^()\n]{3,20})\)\s*")


def find_heading_date(text: str, start: int, end: int, pub, page: Conventions) -> DateMention | None:
    """The date a heading ends with, in brackets, as a stamp for the item under it; None for any other line."""
    heading = _DATED_HEADING.fullmatch(text, start, end)
    if not heading or len(heading["title"].split()) > 12:
        return None
    bracketed = text[heading.start("date") - 1:heading.end("date") + 1]  # "(Dec 2)", "(12/1)"
    found = find_dates(bracketed, published=pub or NO_ANCHOR, page=page)
    if len(found) != 1 or found[0].precision != "day" or (found[0].start, found[0].end) != (1, len(bracketed) - 1):
        return None
    return replace(found[0], start=start, end=end, text=text[start:end])


def find_entry_stamps(article: Article, page: Conventions) -> list[tuple[int, DateMention | None]]:
    """A live blog's entry stamps ("Sept. 25, 2015 — 2:34 PM"): each dates the sentences under it that have no
    date of their own. A stamp is a line that is a date and perhaps a time, so a dated link to another story
    never is; a time alone ("7:10 p.m. ET") starts an entry on the day of the entry before (None before any).
    Only stamps with story under them count, and only two or more: one dated line over a story is its byline.
    Stamps that give the time before the date, as a saved Twitter thread prints them under each tweet ("8:41 PM ·
    Sep 25, 2015"), date the entry above them instead."""
    text, pub = article.text, article.published
    entries: list[tuple[int, DateMention | None, bool]] = []  # (position, date, story under it)
    time_first = 0  # stamps written time first
    for b in article.blocks:
        heading = find_heading_date(text, b.start, b.end, pub, page) if b.kind in ("body", "boilerplate") else None
        if heading:
            entries.append((b.start, heading, False))
            continue
        if b.kind == "body" and entries:
            entries[-1] = (*entries[-1][:2], True)
        if b.kind != "dateline":
            continue
        if TIME_STAMP.fullmatch(text, b.start, b.end):
            entries.append((b.start, None, False))
            continue
        for m in find_dates(text[b.start:b.end], published=pub or NO_ANCHOR, page=page):
            if TIME_STAMP.fullmatch(m.text):
                time_first += 1  # a tweet's time before its date
                continue
            if (m.basis == "explicit" and m.precision == "day" and _STAMP_LABEL.fullmatch(text, b.start, b.start + m.start)
                    and _STAMP_TIME.fullmatch(text, b.start + m.end, b.end)):
                # The whole stamp is the evidence an inherited date cites: "Sept. 25, 2015 — 2:34 PM".
                stamp = replace(m, start=b.start, end=b.end, text=text[b.start:b.end])
                if _SMALL_HOURS.search(stamp.text):
                    # "Sept. 26, 2015 — 12:05 AM": an entry posted after midnight reports the evening before.
                    day = m.date_start - timedelta(days=1)
                    stamp = replace(stamp, value=day.isoformat(), date_start=day, date_end=day,
                                    how=f"'{stamp.text}' was posted after midnight: its entry tells of {day.isoformat()}")
                entries.append((b.start, stamp, False))
            break
    if len(entries) > 1 and time_first >= len(entries):
        # Each stamp closes its entry: it dates what follows the stamp before it.
        stamps = [(0 if i == 0 else entries[i - 1][0] + 1, m) for i, (_, m, _) in enumerate(entries)]
    else:
        stamps = [(pos, m) for pos, m, has_story in entries if has_story]
        if len(stamps) < 2:
            return []
    dated: DateMention | None = None
    for i, (pos, m) in enumerate(stamps):  # a time alone: the day of the entry before
        dated = m or dated
        stamps[i] = (pos, dated)
    return stamps


def _next_dated(dated, idx: int, lookahead: int = 3) -> DateMention | None:
    """A lead sentence ahead of the first date takes the date the next sentences give."""
    for j in range(idx + 1, min(idx + 1 + lookahead, len(dated))):
        for m, _, _ in dated[j][1]:
            if _is_moment(m):
                return m
    return None


MOMENT_DAYS = 7


def _is_moment(m: DateMention) -> bool:
    """A date a narrative can be at: a day, a few days, a week. A longer span ("between 19 March and
    18 May") is the period a figure covers, and the sentences after it are not told within it."""
    return bool(m.date_start and m.precision in ("day", "week") and (m.date_end - m.date_start).days <= MOMENT_DAYS)


def _anchor_note(article: Article) -> str:
    if article.published_basis == "inferred":
        return f"which was inferred ({article.published_text})"
    if article.published_basis == "month":
        return f"the first day of the only month the article gives ('{article.published_text}')"
    where = {"front-matter": "front matter", "url": "URL", "file-name": "file name"}.get(article.published_basis,
                                                                                      article.published_basis)
    return f"which the {where} '{article.published_text}' gives"


def _event(article, s, e, caption, m: DateMention, basis, how, etype, actors, countries) -> Event:
    return Event(
        event_id=_event_id(article.name, s, m.date_start, m.date_end), article=article.name,
        date_start=m.date_start, date_end=m.date_end, precision=m.precision, date_text=m.text,
        date_value=m.value, date_basis=basis, date_how=how, event_type=etype,
        actors=tuple(actors), countries=tuple(countries), sentence=article.text[s:e],
        char_start=s, char_end=e, is_caption=caption)
