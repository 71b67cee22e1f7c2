"""Find the article body in scraped page text: classify every line, keep offsets into the original.

Pure and rule-based. The rules describe page chrome in general (link lists, tickers, comment
forms, footers, headline lists), never one site, because the loader meets articles it has never seen.
Kinds: body / caption / title / dateline / boilerplate / duplicate; every non-body block says why.
"""
from __future__ import annotations

import re

from .model import Block
from .published import find_full_dates

# One block per non-blank line, trimmed: from its first to its last non-space character.
_LINE = re.compile(r"[^\s](?:[^\n]*[^\s])?")
# "… 4–5 September 2016.[21]": a citation mark after it; "… at Blair House. (CNN)": the source a news digest credits.
_TERMINAL = re.compile(r"[.!?…](?:[\"'”’)\]]|\[\d{1,3}\])*(?:\s+\([A-Z][^()]{1,40}\))?$")
_NO_WORDS = re.compile(r"[\W_]*")
_LIST_ITEM = re.compile(r"^(?:[-*•·»›▪◦]|\d{1,2}[.)])(?:\s|$)")
_STARTS_LOWER = re.compile(r"^[a-z]")
# A line broken after a comma, inside a hyphenated word, or after a word no sentence or headline ends on
# ("began on" / "19 February 2013, when...", as PDF text is wrapped).
_OPEN_END = re.compile(r"(?:[,;(]|\w-|\b(?i:a|an|the|of|on|in|at|to|by|for|with|from|and|or|that|as))$")
_CAPTION = re.compile(
    r"[\[(]\s*(?:[a-z]+\s+)?(?:photo|image|picture|video)\b[^\])]{0,80}[\])]\s*\|?\s*$"
    r"|\((?:xinhua|reuters|ap|afp|ic|cfp|vcg|getty images|epa)/[^)]{1,50}\)\s*\|?\s*$"
    r"|^(?:file\s+)?(?:photo|picture)(?:\s+taken)?\s*(?:[:/]|on\b|shows\b)"
    # A photographer's credit ("Chip Somodevilla/Getty Images") and a caption's own controls.
    r"|^[\w .'’-]{2,40}/(?:getty images|afp|ap|reuters|xinhua|epa|bloomberg|ap photo)\b|\b(?:hide|toggle) caption\b",
)  # matched against the lowercased line
_SOURCE_CREDIT = re.compile(
    r"^\(\s*[A-Z][\w.&'’ -]{1,40}\)$"  # "(China Daily)"
    r"|^(?i:by|source|from|reporter|author|written by)\s*[:：]?\s+[A-Z][^.!?]{0,80}$"
    r"|^(?i:this (?:article|story|post|piece) (?:is|was) (?:from|originally|first)|originally published)",
)
# Reporters' credits, at any length: "X in Beijing and Y in Washington contributed to this report.",
# "(Additional reporting by X; Editing by Y)", "This article originally appeared in X on June 25, 2015. …".
_REPORTING_CREDIT = re.compile(
    r"\bcontributed (?:reporting )?(?:to )?(?:this|the) (?:report|story|article)\W*$"
    r"|^\W*(?:additional )?(?:reporting|writing|editing|compiled) by\b"
    r"|^\W*(?:this (?:article|story|post|piece|report) )?(?:originally|first) (?:appeared|ran|was published)\b", re.IGNORECASE)
# Notes about the page itself, not news: "Correction (June 27): An earlier version of this article said …",
# "Update, 10 November: I've added a link …", "This article appears in the October 2015 issue.", "Sources: …".
_EDITORS_NOTE = re.compile(
    r"^\W*(?:(?:correction|clarification|update[ds]?|editor'?s'? note|note)\b[^:]{0,40}:.*?"
    r"\b(?:this (?:article|story|post|page|chronology|interview|transcript)|an? (?:earlier|previous) version|we have|we've"
    r"|i have|i've|corrected|edited for)\b"
    r"|this (?:article|story) (?:appears|appeared) in\b|sources\s*:)", re.IGNORECASE)
# "Updated: …", "Posted …", "This page was last modified on 15 July 2016, at 09:42." (a wiki's only date)
_DATE_LABEL = re.compile(r"^\W*(?:(?:this (?:page|article|story|post) was )?(?:last )?(?:updated|modified|edited|published|posted)"
                         r"|date|time)\b", re.IGNORECASE)
# ... or after a report's number: "GAO-15-791: Published: Sep 29, 2015. Publicly Released: Oct 1, 2015."
_LABEL_INSIDE = re.compile(r"\b(?:published|posted|released)\s*:", re.IGNORECASE)
# A paragraph added to a story later, under its own date: "UPDATE (Dec. 2, 2015, 10:15 a.m.): ...", "Update, Dec. 2: ...".
UPDATE_LABEL = re.compile(r"\W*update[ds]?\b[\s,(—–-]*(?P<stamp>(?:[^:()\n]|:(?=\d)){5,60}?)\)?\s*:\s", re.IGNORECASE)
# A chronology's item after its date: "May 19, 2014 — DOJ indicts five PLA officers", not a time or a byline.
_ITEM_TEXT = re.compile(r"\s*[—–:-]\s+(?!by\b)[A-Za-z]\S*(?:\s+\S+){3,}", re.IGNORECASE)
# A time of day as pages print it: "7:10 p.m. ET", "10:42 AM", "08.47 BST".
TIME_OF_DAY = r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?\s?m\.?)?\s*(?:[a-z]{2,4}\b)?"
# A live blog's entry stamp: a time of day alone.
TIME_STAMP = re.compile(rf"(?:update[sd]?:?\s*)?{TIME_OF_DAY}\W*", re.IGNORECASE)
# A press release ends at "###" or "-30-"; what follows is the issuer's boilerplate and contacts.
_END_MARK = re.compile(r"#{3}|-\s?30\s?-|-?\s?ends?\s?-?", re.IGNORECASE)
# "<- Previous post: … (February 25, 2016)", "Next article: …": links to other stories, whatever their length.
_PAGER = re.compile(r"[\W_]*(?:previous|next|older|newer)\s+(?:post|article|story|entry)\b", re.IGNORECASE)
_ABOUT_HEADING = re.compile(r"About\s+(?:the\s+)?[A-Z][\w&.,'’ -]{1,60}")
_LEADING_MARKS = re.compile(r"^[\s<>←→«»›‹|*•·-]+")
_TICKER_SEP = re.compile(r"\s[•|·»›>]\s|\s{2,}[•·]\s*")
# Notes as reports, PDFs and wikis print them: "3 Mandiant, APT1 …", "[1] Office of …", "[^2]: …", "- ^ Sanger, …".
_NOTE_START = re.compile(r"(?:\[\^?\d{1,3}\]:?|\(\d{1,3}\)|\d{1,3}|(?:[-*•]\s+)?\^+)\s+\S")  # "- ^ Halvorsen, …" (a wiki)
# What only a citation holds: a quoted title and its comma, a URL, a page or volume, an access date.
_CITATION = re.compile(
    r"[\"“][^\"”]{8,200}(?:,[\"”]|[\"”],)|['‘][\s\S]{8,200}?['’],|https?://|www\.|\bp{1,2}\.\s*\d|\b(?:vol|no)\.\s*\d"
    r"|\bfed\.\s*reg\.|\b(?:accessed|retrieved|available at|press release|ibid|op\.\s*cit|et al\.)", re.IGNORECASE)

# A cookie banner, however long it runs: "This site uses cookies to improve your experience and to serve …"
_COOKIES = r"\buses? cookies\b|cookie (?:policy|settings|preferences)|accept (?:all )?cookies"
_COOKIE_NOTICE = re.compile(_COOKIES)
_NOTICE_WORDS = 80

# Page chrome: (phrases found anywhere, forms a line starts with, reason, end-marker category,
# applies to lines that read as sentences too). Matched against the lowercased line; phrases and
# line starts are kept apart because anchored alternatives inside a search cost time on every line.
# Loose patterns apply only to non-sentences: "the company updated its privacy policy." is news.
_CHROME = [(re.compile(anywhere) if anywhere else None, re.compile(start) if start else None, reason, end, strict)
           for anywhere, start, reason, end, strict in [
    (r"add your comments?|post a comment|leave a (?:reply|comment)|user name required|your comment:?$"
     r"|enter the words you see|by the moderator|go to forum|comments? (?:are|is) closed|no comments yet",
     "", "comment form", "comments", True),
    ("", r"(?:no comments\.?|comments?\s*(?:\(\d+\))?:?)$", "comment form", "comments", False),
    # A count of comments is a link (a live blog repeats one under each entry), not the end of the article.
    (r"\d+\s*comments?\b|comment\(s\)", "", "comment count", "", False),
    # a comment's header on a forum: "kettle_logic 2,304 points 2 years ago"
    (r"\bpoints?\s+\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b", "", "comment header", "", True),
    (r"adjust font size|font size:|bookmark and share|print\s*e-?mail",
     r"(?:share(?: this| on| via)?\b|print(?: this)?\b|e-?mail(?: this)?\b|tweet$|like$|save$"
     # a row of share buttons: "Facebook  Twitter  Flipboard  Email"
     r"|(?:(?:facebook|twitter|x|flipboard|linkedin|reddit|whatsapp|pinterest|tumblr|weibo|wechat|telegram"
     r"|e-?mail|print|share|copy link)[\s|·•,/]*){2,}$)",
     "share/print tools", "share", True),
    (_COOKIES, "", "cookie notice", "", True),
    (r"you are receiving this (?:e-?mail|newsletter|message)|\bunsubscribe\b|manage (?:your )?(?:subscription|preferences)"
     r"|view (?:this (?:e-?mail|newsletter) )?in (?:your |a )?browser", "", "newsletter footer", "footer", True),
    (r"wayback machine|internet archive\b|alexa internet", "", "web archive banner", "", True),
    (r"©|all rights reserved|icp[备证]|\bicp\b|许可证|备案号|preferably viewed", "",
     "site footer (copyright, licence)", "footer", True),
    (r"copyright|terms of (?:use|service)|privacy policy|contact us|about us|advertise with us"
     r"|call center|hot ?line:", "",
     "site footer (copyright, licence, contact)", "footer", False),
    ("", r"(?:related(?: stories| news| articles| coverage| links| reading| content)?|more (?:news|stories)"
     r"|latest news|top (?:news|stories)|most (?:viewed|popular|read|shared|commented)|editor'?s'? picks?"
     r"|today'?s top (?:news|stories)|recommended(?: for you)?|trending(?: now)?|you (?:may|might) also like"
     r"|read more|further reading|off the wire|photo gallery|special coverage)\b\W{0,3}$",
     "list heading (related/most viewed/top news)", "related", False),
    (r"you are here|you'?re reading|newsletter|send your stories|get more from|click here",
     r"(?:home$|menu$|search$|log ?in$|sign (?:in|up)\b|subscribe\b|follow us\b|rss$|back to top$"
     r"|(?:next|previous|prev)(?:$|\s*[»›>:]|\s+(?:post|page|article|story|item|entry|issue|episode|edition|chapter)\b)|enditem$|advertisement$)",
     "site navigation", "", False),
    (r"\s\|\s*\d{1,4}$", r"(?:\d{1,4}\s*\|\s|page \d{1,4}(?: of \d{1,4})?$|-\s*\d{1,4}\s*-$)",
     "page header/footer: a page number", "", False),
]]
_YEAR_HINT = re.compile(r"(?:19|20)\d\d")  # cheap test before the full date patterns
_SHORT_WORDS = 16  # a headline or link text; a sentence of reporting is longer or ends in punctuation
_MIN_DUPLICATE_CHARS = 16  # shorter repeats ("Share", "|") are chrome, not repeated paragraphs


def find_blocks(text: str) -> tuple[Block, ...]:
    """Split `text` into line blocks with offsets into it and classify each one."""
    spans = _split_paragraphs(text)
    lines = [text[s:e] for s, e in spans]
    kinds: list[str | None] = [None] * len(lines)
    reasons = [""] * len(lines)
    ends = [""] * len(lines)

    for i, s in enumerate(lines):
        kinds[i], reasons[i], ends[i] = _classify_line(s)
    _mark_notes(text, spans, lines, kinds, reasons)
    if not _mark_slides(lines, kinds, reasons):
        _mark_link_lists(lines, kinds, reasons)
        _mark_headline_lists(lines, kinds, reasons)
    _cut_after_end(lines, kinds, reasons, ends)
    _mark_issuer_boilerplate(lines, kinds, reasons)
    _mark_title_and_body(lines, kinds, reasons)
    _mark_duplicates(lines, spans, kinds, reasons)
    return tuple(Block(s, e, k or "body", r) for (s, e), k, r in zip(spans, kinds, reasons))


def _split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines; a hard-wrapped line joins the next when that one plainly continues it, or when the
    lines around it are wrapped at one width (PDF text: "dined privately at Blair" / "House; the ...")."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    wrapped = _wrapped_lines(text, lines)
    spans: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(lines):
        if spans:
            s, e = spans[-1]
            cont = text[a:b]
            if (text.count("\n", e, a) == 1 and not _TERMINAL.search(text[s:e])
                    and not _LIST_ITEM.match(cont)
                    and (_STARTS_LOWER.match(cont) or _OPEN_END.search(text, s, e)
                         or (wrapped[i - 1] and _continues(text[lines[i - 1][0]:lines[i - 1][1]], cont)))):
                spans[-1] = (s, b)
                continue
        spans.append((a, b))
    return spans


# Characters: text wrapped narrower than the first is a list or a menu, wider than the second is a paragraph per line.
_WRAP_WIDTHS = (45, 120)
_WRAP_FILL = 0.75  # a line wrapped at the width fills at least this much of it
_WRAP_MIN_BREAKS = 4  # fewer full-width breaks say nothing about how the text was written
_DATELINE_WORDS = 8  # a byline or dateline line is short; a wrapped line of prose holds more words
# A line that opens a field or a speaker's turn: "Date: Thu, May 19", "To: …", "HALE: Partly."
_LABEL_LINE = re.compile(r"[A-Za-z][\w-]{0,24}:\s")


def _continues(line: str, cont: str) -> bool:
    """In wrapped text, does `cont` carry on `line`? Not when it opens a field, a turn or an aside ("(c) 2016"),
    nor when either is chrome or a byline. A line of prose that merely holds a date ("computers. On May 22, 2014,
    the State Internet") is not a dateline, though it reads as one alone."""
    def apart(s: str) -> bool:
        kind = _classify_line(s)[0]
        return kind is not None and (kind != "dateline" or len(s.split()) <= _DATELINE_WORDS)

    return cont[0].isalnum() and not _LABEL_LINE.match(cont) and not apart(line) and not apart(cont)


def _wrapped_lines(text: str, lines: list[tuple[int, int]]) -> list[bool]:
    """For each line: does it end where the text was wrapped? In a run of lines with no blank line between, the
    widest gives the width, and a line that fills most of it may have been broken there. The text is wrapped
    prose when most such breaks fall inside a sentence (before a small letter, after "on" or a comma), which
    lists of headlines of one width never do; then every such line was broken at the width."""
    full = [False] * len(lines)
    inside = 0
    run = [0]
    for i in range(1, len(lines) + 1):
        if i < len(lines) and text.count("\n", lines[i - 1][1], lines[i][0]) == 1:
            run.append(i)
            continue
        width = max(b - a for a, b in (lines[j] for j in run))
        if _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
            for j, k in zip(run, run[1:]):
                full[j] = lines[j][1] - lines[j][0] >= _WRAP_FILL * width
                inside += full[j] and (text[lines[k][0]].islower() or bool(_OPEN_END.search(text, *lines[j])))
        run = [i]
    breaks = sum(full)
    return full if breaks >= _WRAP_MIN_BREAKS and inside >= breaks / 2 else [False] * len(lines)


def _is_short(s: str) -> bool:
    return len(s.split()) <= _SHORT_WORDS and not _TERMINAL.search(s)


_PLAIN_WORD = re.compile(r"(?<!\S)[A-Za-z][a-z]*[A-Za-z][,.;:]?(?!\S)")  # a word of letters, not a date, time or label


def _is_table_row_with_text(s: str) -> bool:
    """A table row (cells apart by tabs, as read from HTML or copied from a browser) with a cell of running text:
    "07/13/2016	42	MINUTES OF SENTENCING held before Judge …". It is content, not a dateline."""
    cells = s.split("\t")
    return len(cells) >= 2 and any(len(_PLAIN_WORD.findall(cell)) >= 6 for cell in cells)


def _is_sentence(s: str) -> bool:
    n = len(s.split())
    return (n >= 4 and bool(_TERMINAL.search(s))) or n > 25


def _reads_as_dateline(s: str, start: int, end: int, n_words: int) -> bool:
    """A line with a date at s[start:end] that is mostly the date and labels. A sentence that merely mentions a
    date is news, and so are an update paragraph, a chronology's item and a table row with running text."""
    if not (not _TERMINAL.search(s) or _DATE_LABEL.match(s) or (n_words <= 15 and _LABEL_INSIDE.search(s))
            or len((s[:start] + s[end:]).split()) <= 3):
        return False
    update = UPDATE_LABEL.match(s)
    if update and _is_sentence(s[update.end():]):  # "UPDATE (Dec. 2, 2015, 10:15 a.m.): The Justice Department …"
        return False
    if not s[:start].strip(" \t-*•·") and _ITEM_TEXT.match(s, end):  # "May 19, 2014 — DOJ indicts five PLA officers"
        return False
    return not _is_table_row_with_text(s)


def _classify_line(s: str) -> tuple[str | None, str, str]:
    """What one line is by itself: (kind or None for undecided, reason, end-marker category)."""
    if _END_MARK.fullmatch(s):
        return "boilerplate", "end mark of a press release", "footer"
    if _PAGER.match(s):
        return "boilerplate", "site navigation (previous/next post)", ""
    if _NO_WORDS.fullmatch(s):
        return "boilerplate", "separator: punctuation only", ""
    low = s.lower()
    if TIME_STAMP.fullmatch(s):
        return "dateline", "time stamp of a live-blog entry", ""
    if _CAPTION.search(low):
        return "caption", "photo caption", ""
    if _EDITORS_NOTE.search(s):
        return "boilerplate", "a note about the page (correction, update, sources)", ""
    n_words = len(s.split())
    if n_words <= 25:
        date = next(find_full_dates(s), None) if _YEAR_HINT.search(s) else None
        if date and _reads_as_dateline(s, date[0], date[1], n_words):
            return "dateline", "byline/dateline with the date", ""
        if (n_words <= 15 and _SOURCE_CREDIT.search(s)) or _REPORTING_CREDIT.search(s):
            return "dateline", "source credit/byline", ""
        sentence = _is_sentence(s)
        opening = _LEADING_MARKS.sub("", low)  # "<- previous post: …" opens like "previous post: …"
        for anywhere, start, reason, end, strict in _CHROME:
            if (strict or not sentence) and ((anywhere and anywhere.search(low)) or (start and start.match(opening))):
                return "boilerplate", reason, end
    elif n_words <= _NOTICE_WORDS and _COOKIE_NOTICE.search(low):
        return "boilerplate", "cookie notice", ""
    if len(_TICKER_SEP.findall(s)) >= 2 and not _TERMINAL.search(s):
        return "boilerplate", "ticker/menu: items joined by separators", ""
    return None, "", ""


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    runs, start = [], None
    for i, f in enumerate(flags + [False]):
        if f and start is None:
            start = i
        elif not f and start is not None:
            runs.append((start, i))
            start = None
    return runs


def _mark_notes(text: str, spans: list[tuple[int, int]], lines: list[str], kinds: list, reasons: list) -> None:
    """Citations in footnotes and endnotes: what they date is a source's publication, not news. A citation is
    a numbered line holding one; its continuation lines, indented deeper (a PDF's wrapped note), belong to
    it. A note that explains ("9 The first meeting was held on 1 December 2015.") stays text."""
    def indent(i: int) -> int:
        return len(text[text.rfind("\n", 0, spans[i][0]) + 1:spans[i][0]].expandtabs())

    for i, s in enumerate(lines):
        if kinds[i] is not None or not _NOTE_START.match(s):
            continue
        end = i + 1
        # A continuation that reads as a dateline alone ('   States," September 25, 2015.') is the note's too.
        while end < len(lines) and kinds[end] in (None, "dateline") and indent(end) > indent(i):
            end += 1
        if _CITATION.search(" ".join(lines[i:end])):
            for j in range(i, end):
                kinds[j], reasons[j] = "boilerplate", "footnote: a source cited"


_SLIDE_NUMBER = re.compile(r"\W*slide\s+\d+(?:\s*(?:of|/)\s*\d+)?\W*", re.IGNORECASE)


def _mark_slides(lines: list[str], kinds: list, reasons: list) -> bool:
    """A slide deck ("Slide 2 of 14" three times or more): its short lines without full stops are what it says,
    not lists of links or headlines; only the slide numbers are chrome. Whether the text is a deck."""
    numbers = [i for i, s in enumerate(lines) if _SLIDE_NUMBER.fullmatch(s)]
    for i in numbers if len(numbers) >= 3 else ():
        kinds[i], reasons[i] = "boilerplate", "slide number"
    return len(numbers) >= 3


def _mark_link_lists(lines: list[str], kinds: list, reasons: list) -> None:
    # A run of list items that are not sentences is a list of links (menus, related stories).
    in_list = [bool(_LIST_ITEM.match(s)) or (k == "boilerplate") or len(s.split()) <= 2
               for s, k in zip(lines, kinds)]
    for a, b in _runs(in_list):
        items = [i for i in range(a, b) if _LIST_ITEM.match(lines[i])]
        if len(items) >= 3 and sum(not _TERMINAL.search(lines[i]) for i in items) >= 0.7 * len(items):
            for i in range(a, b):
                if kinds[i] is None:
                    kinds[i], reasons[i] = "boilerplate", f"link list ({len(items)} items)"


def _mark_headline_lists(lines: list[str], kinds: list, reasons: list) -> None:
    # Runs of short lines without sentence punctuation: headline lists. Chrome lines may sit inside.
    in_run = [(k is None and _is_short(s)) or k == "boilerplate" for s, k in zip(lines, kinds)]
    first_body = next((i for i, s in enumerate(lines) if kinds[i] is None and _is_sentence(s)), len(lines))
    for a, b in _runs(in_run):
        short = [i for i in range(a, b) if kinds[i] is None]
        if len(short) < 3:
            continue
        # The run's last line just above the body (only datelines between) is the headline.
        if short[-1] < first_body and all(kinds[j] is not None for j in range(short[-1] + 1, first_body)):
            short = short[:-1]
        for i in short:
            kinds[i], reasons[i] = "boilerplate", f"headline list: {b - a} short lines without sentence punctuation"


def _cut_after_end(lines: list[str], kinds: list, reasons: list, ends: list) -> None:
    """Everything after the end of the article (comment form, share tools, footer) is chrome.

    A comment form always ends the article. Other markers end it only when less article-like text
    follows them than precedes them, so a mid-article share bar does not cut the story.
    """
    body = [kinds[i] is None and _is_sentence(s) for i, s in enumerate(lines)]
    for i, end in enumerate(ends):
        if not end or not any(body[:i]):
            continue
        if end == "comments" or sum(body[i + 1:]) < sum(body[:i]):
            for j in range(i + 1, len(lines)):
                # A labelled publication line ("Published: June 26, 2015") stays one, wherever the page puts it.
                if kinds[j] == "dateline" and _DATE_LABEL.match(lines[j]):
                    continue
                if kinds[j] != "boilerplate":
                    kinds[j] = "boilerplate"
                    reasons[j] = f"after the end of the article ({reasons[i]} at line '{lines[i][:40]}')"
            return


def _mark_issuer_boilerplate(lines: list[str], kinds: list, reasons: list) -> None:
    """A press release's "About <issuer>" paragraphs just above its end mark ("###") describe the issuer, not news."""
    for i, s in enumerate(lines):
        if kinds[i] is None and _ABOUT_HEADING.fullmatch(s):
            end = next((j for j in range(i + 1, min(i + 5, len(lines))) if _END_MARK.fullmatch(lines[j])), None)
            if end is not None:
                for j in range(i, end):
                    kinds[j], reasons[j] = "boilerplate", "the issuer's 'About' paragraph above the end mark"


def _mark_title_and_body(lines: list[str], kinds: list, reasons: list) -> None:
    undecided = [i for i, k in enumerate(kinds) if k is None]
    sentences = [i for i in undecided if _is_sentence(lines[i])]
    if not sentences:
        return  # nothing reads like a story: keep every undecided line as body rather than lose it
    first, last = sentences[0], sentences[-1]
    before = [i for i in undecided if i < first]
    # The headline: the first line of some length above the body; shorter lines above it are menus.
    title = next((i for i in before if len(lines[i].split()) >= 4), before[-1] if before else None)
    for i in before:
        if i == title:
            kinds[i], reasons[i] = "title", "headline: first line of some length above the body"
        elif title is not None and i > title:
            kinds[i], reasons[i] = "title", "subheading above the body"
        else:
            kinds[i], reasons[i] = "boilerplate", "page chrome above the headline"
    for i in undecided:
        if i > last and _is_short(lines[i]):
            kinds[i], reasons[i] = "boilerplate", "after the article body: short line without sentence punctuation"


def _normalize(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


def _mark_duplicates(lines: list[str], spans: list[tuple[int, int]], kinds: list, reasons: list) -> None:
    seen: dict[str, int] = {}
    for i, s in enumerate(lines):
        if kinds[i] not in (None, "caption", "title"):
            continue
        key = _normalize(s)
        if len(key) < _MIN_DUPLICATE_CHARS:
            continue
        if key in seen:
            j = seen[key]
            kinds[i], reasons[i] = "duplicate", f"repeats the text at chars {spans[j][0]}-{spans[j][1]}"
        else:
            seen[key] = i
