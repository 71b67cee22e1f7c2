"""The loader's accuracy against the hand-checked seed events, measured on the live output."""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

GOLD_PATH = Path(__file__).resolve().parent.parent / "tests" / "gold_events.csv"


def normalise(text: str) -> str:
    return re.sub(r"\W+", " ", str(text)).strip().lower()


def find_match(gold: pd.Series, candidates: pd.DataFrame) -> pd.Series | None:
    """The loader event whose sentence contains the gold evidence (or is contained in it); same dates first."""
    evidence = normalise(gold["evidence"])
    hits = candidates[candidates["sentence"].map(lambda s: evidence in normalise(s) or normalise(s) in evidence)]
    if hits.empty:
        return None
    same = hits[hits["date_start"] == pd.Timestamp(gold["date_start"])]
    return (same if len(same) else hits).iloc[0]


def measure_accuracy(events: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """One row per gold event: was it found, and are its dates and precision right."""
    rows = []
    for _, g in gold.iterrows():
        match = find_match(g, events[events["article"] == g["file"]])
        found = match is not None
        rows.append({
            "file": g["file"], "evidence": g["evidence"],
            "gold dates": f"{g['date_start']} – {g['date_end']} ({g['precision']})",
            "found": found,
            "loader dates": (f"{match['date_start'].date() if pd.notna(match['date_start']) else 'undated'} – "
                             f"{match['date_end'].date() if pd.notna(match['date_end']) else 'undated'} "
                             f"({match['precision']})") if found else "",
            "dates right": found and match["date_start"] == pd.Timestamp(g["date_start"])
            and match["date_end"] == pd.Timestamp(g["date_end"]),
            "precision right": found and match["precision"] == g["precision"],
            "how": match["date_how"] if found else "",
        })
    return pd.DataFrame(rows)


def summarize_accuracy(report: pd.DataFrame) -> dict[str, float]:
    n = len(report)
    found = int(report["found"].sum())
    return {
        "gold events": n, "found": found, "recall": found / n if n else 0.0,
        "dates right": int(report["dates right"].sum()),
        "date accuracy": report["dates right"].sum() / n if n else 0.0,
        "precision right": int(report["precision right"].sum()),
    }
