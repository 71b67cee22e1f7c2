"""The loader on pages it was not built on (benchmarks/unseen/): publication dates and gold events.

A gold event is found when an event's sentence contains its evidence (or lies inside it), and its
dates are right when one such event has the same first and last day (a gold "2015-06" is June 1-30);
they are inside when one such event lies within the gold span ("earlier this month" as June 1-25 for a
gold "2015-06"): not wrong, but told by another convention.

Usage: python benchmarks/unseen_articles.py [--verbose] [--dir PATH]  (PATH holds articles/ and gold.csv)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import loader  # noqa: E402
from components.accuracy_report import normalise  # noqa: E402  the About page's evidence matching

UNSEEN = ROOT / "benchmarks" / "unseen"


def gold_span(start: str, end: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """A gold value at its precision as first and last day: 2015 -> Jan 1 - Dec 31, 2015-06 -> June 1-30."""
    def first(v: str) -> pd.Timestamp:
        return pd.Timestamp({4: f"{v}-01-01", 7: f"{v}-01"}.get(len(v), v))

    def last(v: str) -> pd.Timestamp:
        if len(v) == 4:
            return pd.Timestamp(f"{v}-12-31")
        return first(v) + pd.offsets.MonthEnd(0) if len(v) == 7 else pd.Timestamp(v)

    return first(start), last(end or start)


def score(events: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for g in gold.itertuples():
        start, end = gold_span(g.date_start, g.date_end)
        evidence = normalise(g.evidence)
        same_file = events[events["article"] == g.file]
        # astype(bool): on a file without events the mask is empty and must still select rows, not columns
        mask = same_file["sentence"].map(lambda s: evidence in normalise(s) or normalise(s) in evidence).astype(bool)
        hits = same_file[mask]
        right = hits[(hits["date_start"] == start) & (hits["date_end"] == end)]
        inside = hits[(hits["date_start"] >= start) & (hits["date_end"] <= end)]
        got = "; ".join(f"{r.date_text!r} {r.date_start.date() if pd.notna(r.date_start) else 'undated'}"
                        f"..{r.date_end.date() if pd.notna(r.date_end) else ''} ({r.date_basis})"
                        for r in hits.itertuples()) or "not found"
        rows.append({"file": g.file, "gold": f"{g.date_start}..{g.date_end or g.date_start}", "found": not hits.empty,
                     "dates right": not right.empty, "dates inside": not inside.empty, "loader": got,
                     "evidence": g.evidence})
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list the gold events whose dates differ")
    parser.add_argument("--dir", type=Path, default=UNSEEN, help="a folder with articles/ and gold.csv")
    args = parser.parse_args(argv)
    events, articles = loader.load_corpus(args.dir / "articles")
    gold = pd.read_csv(args.dir / "gold.csv", dtype=str, keep_default_na=False)
    truth = gold.groupby("file")["published"].first()
    published = articles.set_index("article")["published"].dt.date.astype(str).reindex(truth.index)
    report = score(events, gold)
    print(f"{len(articles)} articles, {len(events)} events, {len(gold)} gold events")
    print(f"publication dates right: {(published == truth).sum()} / {len(truth)}")
    for name, bad in (published != truth).items():
        if bad:
            print(f"  {name}: loader {published[name]}, gold {truth[name]}")
    print(f"gold events found: {report['found'].sum()} / {len(report)}")
    print(f"gold events with exact dates: {report['dates right'].sum()} / {len(report)}")
    print(f"gold events with dates inside the gold span: {report['dates inside'].sum()} / {len(report)}")
    if args.verbose:
        pd.set_option("display.width", 250)
        pd.set_option("display.max_colwidth", 90)
        print(report[~report["dates right"]].drop(columns=["found", "dates right"]).to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
