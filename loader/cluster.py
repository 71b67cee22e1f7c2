"""Events that several articles report, grouped; their dates are kept as each source gives them."""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import replace

from .model import Event

MAX_SPAN_DAYS = 31  # year-long spans say too little to tie two reports together


def _keys(e: Event) -> list[tuple]:
    who = e.actors or ((";".join(sorted(e.countries)),) if len(e.countries) >= 2 else ())
    # A month-only report ("a visit in September") may be any event of that month: it is grouped
    # only with other month-level reports, never with a dated one it happens to contain.
    grain = "day" if e.precision in ("day", "week") else "coarse"
    return [(e.event_type, grain, w) for w in who]


def cluster_events(events: list[Event]) -> list[Event]:
    """Same type, overlapping dates, a shared actor, different articles -> one cluster."""
    parent = list(range(len(events)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets = defaultdict(list)
    for i, e in enumerate(events):
        if e.date_start and (e.date_end - e.date_start).days <= MAX_SPAN_DAYS:
            for k in _keys(e):
                buckets[k].append(i)
    for members in buckets.values():
        members.sort(key=lambda i: events[i].date_start)
        active: list[int] = []
        for i in members:
            e = events[i]
            active = [j for j in active if events[j].date_end >= e.date_start]
            for j in active:
                if events[j].article != e.article:
                    parent[find(i)] = find(j)
            active.append(i)
    groups = defaultdict(list)
    for i in range(len(events)):
        groups[find(i)].append(i)
    out = list(events)
    for members in groups.values():
        ids = sorted(events[i].event_id for i in members)
        cid = "c" + hashlib.sha1(ids[0].encode()).hexdigest()[:10]
        n = len({events[i].article for i in members})
        for i in members:
            out[i] = replace(events[i], cluster_id=cid, n_sources=n)
    return out
