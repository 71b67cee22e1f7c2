"""Publication dates for articles that do not state one, inferred and said from what."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .catalog import ReferenceEvent, match_references
from .dates import NO_ANCHOR, find_dates
from .model import Article

_WORD = re.compile(r"[a-z0-9]+")
SHINGLE = 5  # words: long enough that shared ones mean a shared passage
MIN_SHARED = 12  # about a sentence's worth of shared shingles


def body_text(article: Article) -> str:
    return "\n".join(article.text[b.start:b.end] for b in article.blocks if b.kind == "body")


def shingles(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def infer_published(articles: list[Article], references: tuple[ReferenceEvent, ...]) -> list[Article]:
    """Fill in undated articles: (a) a dated near-duplicate, (b) the latest full date in the
    body, (c) the last day of the latest well-known event it mentions. Else mark undated."""
    # Inverted index: shingle -> dated articles holding it, so each lookup is linear.
    index: dict[tuple, list[int]] = {}
    dated = [a for a in articles if a.published]
    for i, a in enumerate(dated):
        for sh in shingles(body_text(a)):
            index.setdefault(sh, []).append(i)
    out = []
    for a in articles:
        if a.published or a.status != "ok":
            out.append(a)
            continue
        body = body_text(a)
        shared = Counter(i for sh in shingles(body) for i in index.get(sh, ()))
        best = shared.most_common(1)[0] if shared else (None, 0)
        if best[1] >= MIN_SHARED:
            d = dated[best[0]]
            best = (best[1], d)
            out.append(replace(a, published=d.published, published_basis="inferred",
                               published_text=f"shares {best[0]} five-word passages with {d.name}, "
                                              f"published {d.published.isoformat()}"))
            continue
        explicit = [m for m in find_dates(body, published=NO_ANCHOR)
                    if m.basis == "explicit" and m.precision == "day" and m.date_start]
        if explicit:
            latest = max(explicit, key=lambda m: m.date_end)
            out.append(replace(a, published=latest.date_end, published_basis="inferred",
                               published_text=f"the latest full date in the text, '{latest.text}'"))
            continue
        refs = match_references(body, references)
        if refs:
            ref = max(refs, key=lambda r: r.date_end)
            out.append(replace(a, published=ref.date_end, published_basis="inferred",
                               published_text=f"it reports '{ref.name}' ({ref.date_start.isoformat()} "
                                              f"to {ref.date_end.isoformat()}, {ref.source_url}); "
                                              f"taken as published on its last day"))
            continue
        out.append(replace(a, status="undated", error="no publication date in the text, the "
                           "manifest or the URL, and nothing to infer it from: relative dates "
                           "stay unresolved"))
    return out
