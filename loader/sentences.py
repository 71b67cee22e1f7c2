"""Sentence spans: one splitter for the tagger's tense windows and for events."""
from __future__ import annotations

import re

# A sentence ends at . ! ? (and any closing quote, bracket or citation mark "[12]") before a capital or digit; a blank
# line or a list bullet also starts a new one.
_END = re.compile(r"(?<=[.!?])(?P<close>(?:[\"'”’)\]]|\[\d{1,3}\])*)\s+(?=[\"“'‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[-•*]\s)")
# "U.S. embassies", "Mr. Li", "Sept. 12", "9 a.m. Tuesday": a period that ends an abbreviation.
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|No|Inc|Corp|Co|Ltd|Jr|Sr|vs|"
    r"(?i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|a\.m|p\.m))\.$")  # "SEPT. 25" as factboxes write it


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end], trimmed of surrounding whitespace."""
    end = len(text) if end is None else end
    spans, s = [], start
    for m in _END.finditer(text, start, end):
        if not m.group().startswith("\n") and _ABBREVIATION.search(text, max(s, m.start() - 6), m.start()):
            continue
        spans.append((s, m.end("close") if m.group("close") is not None else m.start()))  # the closing quote is the sentence's
        s = m.end()
    spans.append((s, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b - a >= 3:
            out.append((a, b))
    return out
