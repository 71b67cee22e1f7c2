"""Downloads of the filtered events: CSV, JSON and TimelineJS JSON (https://timeline.knightlab.com)."""
from __future__ import annotations

import html
import json

import pandas as pd

# TimelineJS drops date parts it is not given, so a month-precision event shows as "September 2015".
DATE_PARTS = {
    "day": ("year", "month", "day"), "week": ("year", "month", "day"),
    "month": ("year", "month"), "quarter": ("year", "month"), "season": ("year", "month"), "year": ("year",),
}


def build_timeline_date(value: pd.Timestamp, precision: str) -> dict[str, str]:
    parts = DATE_PARTS.get(precision, ("year", "month", "day"))
    return {part: str(getattr(value, part)) for part in parts}


def build_timelinejs(events: pd.DataFrame, title: str) -> dict:
    """TimelineJS's JSON: one slide per dated event (start/end/display date, headline, text, group, unique_id)."""
    slides = []
    for _, e in events[events["date_start"].notna()].iterrows():
        end = e["date_end"] if pd.notna(e["date_end"]) else e["date_start"]
        slide = {
            "start_date": build_timeline_date(e["date_start"], e["precision"]),
            "display_date": e["date_text"] or e["date_start"].date().isoformat(),
            "text": {
                # TimelineJS renders these as HTML; article text must not become markup.
                "headline": html.escape(f"{e['event_type']}: {e['actors'].replace(';', ', ')}" if e["actors"] else e["event_type"]),
                "text": html.escape(f"{e['sentence']} — {e['outlet'] or e['article']}, {e['title']}"),
            },
            "group": e["event_type"],
            "unique_id": e["event_id"],
        }
        if end != e["date_start"]:
            slide["end_date"] = build_timeline_date(end, e["precision"])
        slides.append(slide)
    return {"title": {"text": {"headline": title}}, "events": slides}


def export_csv(events: pd.DataFrame) -> bytes:
    return events.to_csv(index=False).encode("utf-8")


def export_json(events: pd.DataFrame) -> bytes:
    return events.to_json(orient="records", date_format="iso", indent=1).encode("utf-8")


def export_timelinejs(events: pd.DataFrame, title: str) -> bytes:
    return json.dumps(build_timelinejs(events, title), ensure_ascii=False, indent=1).encode("utf-8")
