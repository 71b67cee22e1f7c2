"""Actors over time (year x actor counts) and who appears with whom (co-occurrence in one event)."""
from __future__ import annotations

from itertools import combinations

import pandas as pd
import plotly.graph_objects as go

TOP_ACTORS = 25  # more rows than this make both heatmaps unreadable


def build_actor_years(events: pd.DataFrame) -> pd.DataFrame:
    """Rows: actors (busiest first); columns: years; values: event counts. Undated events are left out."""
    dated = events[events["date_start"].notna()]
    pairs = (dated.assign(actor=dated["actors"].str.split(";"), year=dated["date_start"].dt.year)
             .explode("actor"))
    pairs = pairs[pairs["actor"].str.strip() != ""]
    table = pd.crosstab(pairs["actor"].str.strip(), pairs["year"])
    if not table.empty:  # years without events stay on the axis as zeros, not silently skipped
        table = table.reindex(columns=range(table.columns.min(), table.columns.max() + 1), fill_value=0)
    return table.loc[table.sum(axis=1).sort_values(ascending=False).index[:TOP_ACTORS]]


def build_co_occurrence(events: pd.DataFrame) -> pd.DataFrame:
    """Symmetric actor x actor counts of events naming both."""
    counts: dict[tuple[str, str], int] = {}
    for joined in events["actors"].dropna():
        names = sorted({n.strip() for n in joined.split(";") if n.strip()})
        for a, b in combinations(names, 2):
            counts[(a, b)] = counts.get((a, b), 0) + 1
    if not counts:
        return pd.DataFrame()
    pairs = pd.Series(counts)
    totals = pd.concat([pairs.groupby(level=0).sum(), pairs.groupby(level=1).sum()]).groupby(level=0).sum()
    top = list(totals.sort_values(ascending=False).index[:TOP_ACTORS])
    matrix = pd.DataFrame(0, index=top, columns=top)
    for (a, b), n in counts.items():
        if a in matrix.index and b in matrix.index:
            matrix.loc[a, b] = matrix.loc[b, a] = n
    return matrix


def draw_heatmap(table: pd.DataFrame, x_title: str) -> go.Figure:
    fig = go.Figure(go.Heatmap(
        z=table.to_numpy().tolist(), x=[str(c) for c in table.columns], y=list(table.index), colorscale="Blues",
        hovertemplate="%{y} · %{x}: %{z} events<extra></extra>", xgap=2, ygap=2,
    ))
    fig.update_layout(height=max(300, 26 * len(table) + 120), margin=dict(l=10, r=10, t=10, b=10))
    fig.update_xaxes(title_text=x_title, type="category")
    fig.update_yaxes(autorange="reversed")
    return fig
