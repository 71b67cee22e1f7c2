"""An article's publication date: the anchor every relative date in it is resolved against.

Pure: takes the text, its blocks and the SourceFile metadata; never reads the wall clock.
Order of evidence: manifest -> front matter / html metadata (<meta>, JSON-LD, <time>) -> byline or
dateline in the text -> a date in the URL. Own regexes rather than dateparser: this runs once per
article and must be fast.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Iterable, Iterator, Sequence

from .dates import numeric_month_day
from .model import Block, SourceFile

_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_YEAR = r"(?:19|20)\d{2}"
# Full dates only (day, month and year): a publication date is never month- or year-only.
_FULL_DATE = re.compile(
    rf"\b(?P<mon1>{_MONTH})\.?\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year1>{_YEAR})\b"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH})\.?,?\s+(?P<year2>{_YEAR})\b"
    rf"|(?<![\d/.-])(?P<year3>{_YEAR})(?P<sep3>[-/.])(?P<mon3>\d{{1,2}})(?P=sep3)(?P<day3>\d{{1,2}})(?![\d/])"
    rf"|(?<![\d/.-])(?P<a4>\d{{1,2}})(?P<sep4>[/.])(?P<b4>\d{{1,2}})(?P=sep4)(?P<year4>{_YEAR})(?![\d/])"
    rf"|(?P<year5>{_YEAR})\s*年\s*(?P<mon5>\d{{1,2}})\s*月\s*(?P<day5>\d{{1,2}})\s*日",
    re.IGNORECASE,
)
# "BEIJING, Nov. 12 (Xinhua) --": the wire-service dateline, often without a year.
# "BEIJING, Nov. 12 (Xinhua) --" or "WASHINGTON, Dec. 2 —": it dates the story, and events use
# it to tell the filing date from the dates the story reports.
WIRE_DATELINE = re.compile(
    rf"\s*(?P<place>[A-Z][A-Za-z .'-]{{1,40}}?),\s+(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})"
    rf"(?:,\s*(?P<year>{_YEAR}))?\s*(?:\(\s*(?P<agency>[A-Za-z][\w .&-]{{0,30}}?)\s*\)|(?=--|—|–| - ))",
)
_URL = re.compile(r"https?://[^\s\"'<>]+")
_URL_DATE = re.compile(rf"(?<!\d)(?P<y>{_YEAR})(?P<sep>[/_-]?)(?P<m>\d{{2}})(?:(?P=sep)|/)(?P<d>\d{{2}})(?!\d)"
                       rf"|(?<!\d)(?P<y2>{_YEAR})[/_-](?P<m2>\d{{1,2}})[/_-](?P<d2>\d{{1,2}})(?!\d)")
_COPYRIGHT_YEAR = re.compile(rf"(?:©|\(c\)|copyright)\s*(?:{_YEAR}\s*[-–]\s*)?(?P<year>{_YEAR})\b", re.IGNORECASE)
_PUBLISHED_WORD = re.compile(r"\b(?:published|posted|released|issued|first\s+published|date|(?:originally|first)\s+appeared)\b",
                             re.IGNORECASE)
# A republished copy names when the text was first written, which is what its "Thursday" counts from.
_ORIGINAL = re.compile(r"\b(?:originally|first)\s+(?:appeared|published|ran)\b", re.IGNORECASE)
# A transcript's "Recorded: Saturday 10 December 2016": when the words were said, which its "today" counts from.
_SPOKEN = re.compile(r"\b(?:recorded|delivered|broadcast|aired)\b\W*(?:on\W*)?(?:[a-z]+day\W*)?$", re.IGNORECASE)
# A newsletter's or magazine's masthead: "No. 47 | Friday, December 18, 2015", "Vol. 3, Issue 12 — May 2, 2016".
_ISSUE = re.compile(r"\W*(?:vol(?:ume)?\.?\s*\d+\W+)?(?:no\.|issue)\s*#?\d+\W*(?:[a-z]+day\W*)?$", re.IGNORECASE)
# When a wire story or a release may run: "For use Sunday, Sept. 25, 2016", "Embargoed until 00:01 GMT, 20 Oct. 2015".
_RELEASE = re.compile(r"\b(?:for (?:use|release)|embargoed (?:until|till)|not for (?:use|release) before)\b", re.IGNORECASE)
# Labels that make a date the publication's: also a byline's "By", so "By Julia Harwood SEPT. 25, 2015"
# outranks a masthead's "Saturday, September 26, 2015".
_PUBLISHED_LABEL = re.compile(rf"{_PUBLISHED_WORD.pattern}|\bby\b", re.IGNORECASE)
_BYLINE_ABOVE = re.compile(r"^\s*by\s+[A-Z][^\n]{0,80}$", re.IGNORECASE)
_UPDATED_WORD = re.compile(r"\b(?:updated|modified|edited|revised)\b", re.IGNORECASE)
# "Saved from apnews.com on 2015-07-12": when the reader kept the page, not when it was published.
# A database's own dates ("LOAD-DATE: September 27, 2015", "CORRECTION-DATE: …") are not the publication's either.
_SAVED_WORD = re.compile(r"\b(?:saved|retrieved|accessed|downloaded|captured|archived|clipped|printed"
                         r"|(?:load|correction|update|retrieval|access|export|print)-?date)\b", re.IGNORECASE)
# A browser prints the page's address beside the time of printing: "https://…/243458.htm   3/14/2019, 10:41 AM".
_ADDRESS = re.compile(r"\bhttps?://\S+")
_UTC = re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)$", re.IGNORECASE)
# "January 11, 2018 - tom", "June 3, 2014 by admin": a reposter's or commenter's signature.
_SIGNATURE_AFTER = re.compile(r"\s*(?:[-–—|]|\bby\b)\s*(?!\d{1,2}[:.]\d\d)\w", re.IGNORECASE)  # "— 8:41 PM" is a time


def _make_date(year: str, month: str, day: str) -> date | None:
    m = int(month) if month.isdigit() else _MONTH_NUMBERS[month[:3].lower()]
    try:
        return date(int(year), m, int(day))
    except ValueError:
        return None


def find_full_dates(s: str) -> Iterator[tuple[int, int, date]]:
    """Every day-precise date written out in `s` ("June 9, 2013", "21 February 2013", "2015-12-03")."""
    for m in _FULL_DATE.finditer(s):
        g = m.groupdict()
        if g["year4"]:
            d = _make_date(g["year4"], *numeric_month_day(g["a4"], g["b4"], g["sep4"]))
        else:
            i = next(i for i in "1235" if g[f"year{i}"])
            d = _make_date(g[f"year{i}"], g[f"mon{i}"], g[f"day{i}"])
        if d:
            yield m.start(), m.end(), d


def parse_meta_date(value: str) -> date | None:
    """A date given as metadata (manifest, front matter, <meta>): ISO, ISO datetime, 20151203 or
    "June 9, 2013". None unless the whole value is one day-precise date (a bare month is not)."""
    v = value.strip()
    m = re.fullmatch(rf"({_YEAR})(\d{{2}})(\d{{2}})(?:\d{{4}}(?:\d{{2}})?)?", v)  # 20151203, or with a time: 201512030835
    if m:
        return _make_date(*m.groups())
    # Drop a time part ("2015-12-03T08:35:00+08:00", "June 9, 2013 08:35") before matching.
    v = re.sub(r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AP]M)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4})?)$",
               "", v, flags=re.IGNORECASE).strip()
    m = _FULL_DATE.fullmatch(v)
    if m:
        return next((d for _, _, d in find_full_dates(v)), None)
    return _parse_with_dateparser(value.strip())


# Metadata holds one date and nothing else, so dateparser's breadth is safe here (in prose it
# misreads "may", names and bare numbers). A four-digit year is required, so "yesterday" or
# "3 days ago" never resolve, and the fixed base keeps the wall clock out.
_DATEPARSER_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "RELATIVE_BASE": datetime(2000, 1, 1),
                        "RETURN_AS_TIMEZONE_AWARE": False}


def _parse_with_dateparser(value: str) -> date | None:
    if len(value) > 60 or not re.search(rf"(?<!\d){_YEAR}(?!\d)", value):
        return None
    import dateparser  # imported on first use: most articles never need it

    got = dateparser.parse(value, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return got.date() if got else None


def find_published(text: str, blocks: Sequence[Block], source: SourceFile) -> tuple[date | None, str, str]:
    """(publication date or None, basis, evidence as written) for one article.

    basis: manifest / front-matter (also for html metadata) / byline / url / month (only a month is given:
    its first day) / file-name / none.
    """
    value = source.get("published")
    if value:
        d = parse_meta_date(value)
        if d:
            where = {"manifest": "manifest.csv", "html": "html metadata"}.get(source.basis("published"),
                                                                            "front matter")
            basis = "manifest" if source.basis("published") == "manifest" else "front-matter"
            # A UTC time stamp can fall on the next or the previous day of the writer's own; the page's
            # visible date ("September 23, 2015 — 8:41 PM EDT") says which day "Wednesday" counts from.
            found = _find_in_text(text, blocks) if _UTC.search(value.strip()) and basis != "manifest" else None
            if found and abs((found[0] - d).days) == 1:
                return found[0], "byline", f"{found[1]} (the {where} {value} is in UTC)"
            return d, basis, f"{where}: {value}"
    month = _find_month(text, blocks)
    # A record's "Publication date: Oct 2015" outweighs an unlabelled date of another month (an export's own date).
    found = _find_in_text(text, blocks, month[0] if month and month[2] else None)
    if found:
        return found[0], "byline", found[1]
    urls = [source.get("url")] if source.get("url") else []
    urls += _URL.findall(text)
    for url in urls:
        d = _date_in_url(url)
        if d:
            return d, "url", url
    if month:
        return month[0], "month", month[1]
    d = _date_in_file_name(source.name)
    if d:
        return d, "file-name", source.name
    return None, "none", ""


# Only a month: "Publication date: Oct 2015" (a database's record), "Briefing for the Committee, February 2016".
_MONTH_YEAR = re.compile(rf"\b(?P<mon>{_MONTH})\.?\s+(?P<year>{_YEAR})\W*$", re.IGNORECASE)
_PUBLICATION_LABEL = re.compile(r"^\W*(?:publication date|date of publication|published|issue date)\s*:?\s*", re.IGNORECASE)


def _find_month(text: str, blocks: Sequence[Block]) -> tuple[date, str, bool] | None:
    """The first day of the month a page says it is from, the line, and whether it is labelled: a labelled line
    anywhere ("Publication date: Oct 2015"), else a line above the story that ends with the month (a report's or a
    deck's title page)."""
    first_body = next((b.start for b in blocks if b.kind == "body"), len(text))
    titled = None
    for b in blocks:
        line = text[b.start:b.end]
        label = _PUBLICATION_LABEL.match(line)
        month = label and _MONTH_YEAR.fullmatch(line, label.end())
        if month:
            return _make_date(month["year"], month["mon"], "1"), line.strip(), True
        month = _MONTH_YEAR.search(line) if b.start < first_body and b.kind != "body" else None
        if month and not titled:
            titled = _make_date(month["year"], month["mon"], "1"), line.strip(), False
    return titled


def _find_in_text(text: str, blocks: Sequence[Block], month: date | None = None) -> tuple[date, str] | None:
    """The publication date the page's lines give, with its evidence; `month`: the month a labelled line gives,
    which an unlabelled date of another month does not override."""
    strong: list[tuple[int, int, date, str]] = []  # (rank, position, date, evidence)
    weak: list[tuple[int, date, str]] = []
    body_end = max((b.end for b in blocks if b.kind == "body"), default=len(text))
    previous = ""
    for b in blocks:
        line, above, previous = text[b.start:b.end], previous, text[b.start:b.end]
        if b.kind != "dateline":
            continue
        # Below the story, a dated line is a related link or an old comment unless it says it is the
        # publication date; an unlabelled list item ("- Old story from March 3, 2011") never is, nor a line repeated
        # on every page of a printout ("3/14/2019   <title>") or beside the page's address: that is when it was printed.
        labelled = bool(_PUBLISHED_WORD.search(line) or _UPDATED_WORD.search(line))
        if (line.lstrip().startswith("- ") and not labelled) or _SAVED_WORD.search(line) or (
                b.start >= body_end and not labelled) or _repeated_line(text, line) or _ADDRESS.search(line):
            continue
        for s, e, d in find_full_dates(line):
            before = line[:s]
            if not before.strip(" \t|-–—,:") and _SIGNATURE_AFTER.match(line, e):
                weak.append((b.start + s, d, line))
                continue
            # "PUBLISHED: ... | UPDATED: ...": the date's own label is the last one before it.
            # A byline on the line above labels a date standing alone ("By Greg Tallis" / "6/5/2015, 8:14 AM").
            pub = list(_PUBLISHED_LABEL.finditer(before)) or (
                [] if before.strip() else list(_BYLINE_ABOVE.finditer(above)))
            upd = list(_UPDATED_WORD.finditer(before))
            last_pub = pub[-1].start() if pub else -1
            last_upd = upd[-1].start() if upd else -1
            rank = 0 if last_pub > last_upd else (2 if last_upd >= 0 else 1)
            rank -= bool(rank == 0 and _ORIGINAL.search(before))
            # An issue's own date beats the date of the e-mail that carried it (sent, resent or forwarded later); a
            # wire story's release date ("For use Sunday, Sept. 25, 2016") the time it was moved; a recording's date
            # the day it was posted.
            rank = -1 if _ISSUE.match(before) or _RELEASE.search(before) or _SPOKEN.search(before) else rank
            if month and rank > 0 and (d.year, d.month) != (month.year, month.month):
                continue
            strong.append((rank, b.start + s, d, _trim_evidence(line, s, e)))
    strong.sort(key=lambda t: (t[0], t[1]))
    if strong and strong[0][0] < 2:
        return strong[0][2], strong[0][3]
    wire = _find_wire_dateline(text, blocks)
    if wire:
        return wire
    if strong:
        return strong[0][2], strong[0][3]
    if weak:
        return weak[0][1], weak[0][2]
    return None


def _repeated_line(text: str, line: str) -> bool:
    """Whether `line` stands on more than one line of `text`, as a printout's header does on every page (a dated
    link that merely contains it, "(2015/09/26)", does not count)."""
    return len(re.findall(rf"(?m)^[ \t]*{re.escape(line.strip())}[ \t]*$", text)) > 1


def _trim_evidence(line: str, s: int, e: int) -> str:
    """The date and its label ("Xinhua, June 9, 2013"), without the page chrome around it."""
    clock = re.match(r"\s+\d{1,2}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?", line[e:])
    end = e + (clock.end() if clock else 0)
    before = line[:s]
    original = list(_ORIGINAL.finditer(before))
    if original:  # "originally appeared in the Federal Ledger on June 25, 2015": the label says what the date is
        before = before[original[-1].start():]
    elif len(before) > 25:  # a long run-in is chrome ("0 Comment(s)Print E-mail"): keep the last word
        before = before.rstrip().rsplit(" ", 1)[-1] + " "
    return (before + line[s:end]).strip()


def _find_wire_dateline(text: str, blocks: Sequence[Block]) -> tuple[date, str] | None:
    # A wire dateline opens the first paragraph or two of the body.
    candidates = [b for b in blocks if b.kind in ("body", "dateline")][:3]
    for b in candidates:
        m = WIRE_DATELINE.match(text, b.start, b.end)
        if not m:
            continue
        evidence = m.group(0).strip()
        if m.group("year"):
            d = _make_date(m.group("year"), m.group("mon"), m.group("day"))
            if d:
                return d, evidence
            continue
        found = _year_from_context(text, blocks, m.group("mon"), m.group("day"))
        if found:
            return found[0], f"{evidence} (year from {found[1]})"
    return None


def _year_from_context(text: str, blocks: Sequence[Block], mon: str, day: str) -> tuple[date, str] | None:
    """The year for a month-day dateline: the projection closest to the other full dates in the page.

    Body dates come first (what a report mentions lies near its date); then dateline dates, which
    are at or after the report (a repost's date: take the latest year not after it); then a
    copyright year.
    """
    def full_dates(kinds: Iterable[str]) -> list[tuple[date, str]]:
        return [(d, text[b.start + s:b.start + e]) for b in blocks if b.kind in kinds
                for s, e, d in find_full_dates(text[b.start:b.end])]

    for kinds, not_after in ((("body", "caption"), False), (("dateline",), True)):
        best: tuple[int, date, str] | None = None
        for ref, written in full_dates(kinds):
            for year in (ref.year - 1, ref.year, ref.year + 1):
                d = _make_date(str(year), mon, day)
                if d is None or (not_after and d > ref):
                    continue
                gap = abs((d - ref).days)
                if best is None or gap < best[0]:
                    best = (gap, d, f"'{written}' in the text")
        if best:
            return best[1], best[2]
    for b in blocks:
        m = _COPYRIGHT_YEAR.search(text, b.start, b.end)
        if m:
            d = _make_date(m.group("year"), mon, day)
            if d:
                return d, f"the copyright notice '{m.group(0)}'"
    # Last resort: the latest year the report names ("in 2015 talks"); a report rarely names a
    # year after its own.
    years = [int(m.group()) for b in blocks if b.kind == "body"
             for m in _BARE_YEAR.finditer(text, b.start, b.end)]
    if years:
        d = _make_date(str(max(years)), mon, day)
        if d:
            return d, f"the latest year named in the text, {max(years)}"
    return None


_BARE_YEAR = re.compile(rf"(?<![\d$.,/-]){_YEAR}(?![\d%/-])")


def _date_in_url(url: str, apart: bool = False) -> date | None:
    """The first date written in `url` (or a file name); with `apart`, only one that no letter or digit touches."""
    for m in _URL_DATE.finditer(url):
        if apart and (url[m.start() - 1:m.start()].isalnum() or url[m.end():m.end() + 1].isalnum()):
            continue
        d = (_make_date(m.group("y"), m.group("m"), m.group("d")) if m.group("y")
             else _make_date(m.group("y2"), m.group("m2"), m.group("d2")))
        if d:
            return d
    return None


def _date_in_file_name(name: str) -> date | None:
    """A date standing apart in the file's own name ("pledge_2016-01-14.md", "20160114 story.txt"), the last
    resort: people name saved pages by date, but a hash ("a20151203f") only looks like one."""
    return _date_in_url(name.rsplit("/", 1)[-1], apart=True)
