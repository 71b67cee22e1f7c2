"""Loader throughput: articles/s and events/s, one core, median of several runs.

    python benchmarks/load_speed.py [--articles 2000] [--runs 5]

Measures `load_corpus` (read, decode, clean, date, events, cluster, DataFrames) on the built-in
corpus and on a generated corpus: the seed texts with their years shifted and their paragraphs
shuffled, so every article differs while staying realistic.
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import loader  # noqa: E402

SEEDS = ROOT / "data" / "articles"


def generate_corpus(folder: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    texts = sorted(p.read_text("utf-8") for p in SEEDS.glob("*.txt"))
    for i in range(n):
        text = texts[i % len(texts)]
        shift = rng.randint(-3, 3)
        text = re.sub(r"\b(20[01]\d)\b", lambda m: str(int(m.group()) + shift), text)
        lines = text.split("\n")
        head, body, tail = lines[:4], lines[4:-6], lines[-6:]
        rng.shuffle(body)
        (folder / f"gen_{i:05d}.txt").write_text("\n".join(head + body + tail), "utf-8")


def measure(folder: Path, runs: int) -> tuple[float, int, int]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        events, articles = loader.load_corpus(folder)
        times.append(time.perf_counter() - t)
    return statistics.median(times), len(articles), len(events)


def report(name: str, seconds: float, n_articles: int, n_events: int) -> None:
    print(f"{name:<28} {n_articles:>6} articles {n_events:>7} events  median {seconds:7.3f} s  "
          f"{n_articles / seconds:8.1f} articles/s  {n_events / seconds:9.1f} events/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    loader.load_corpus(SEEDS)  # warm imports and compiled patterns
    report("built-in corpus", *measure(SEEDS, args.runs))
    with tempfile.TemporaryDirectory() as tmp:
        generate_corpus(Path(tmp), args.articles)
        secs, n_a, n_e = measure(Path(tmp), max(1, args.runs // 2 + 1))
        report(f"generated ({args.articles})", secs, n_a, n_e)
        print(f"goal >= 100 articles/s/core: {'met' if n_a / secs >= 100 else 'NOT met'}")


if __name__ == "__main__":
    main()
