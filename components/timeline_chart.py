"""The Plotly timeline: one lane per actor / country / event type / article, colour by event type.

Exact days are markers, day-precise ranges solid bars, coarser dates (month, season, year…) faint spans, so
uncertainty shows at a glance. Past MAX_DRAWN_POINTS the chart shows counts per lane and month instead.
"""
from __future__ import annotations

import html
import textwrap

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from plotly.colors import qualitative

from components.view_state import LANES, ViewState
from loader import format_span

MAX_DRAWN_POINTS = 1500  # beyond this a browser takes noticeably long to draw and to rerun
CHART_KEY = "timeline_chart"  # its selection is read in filters.take_new_selection
PALETTE = qualitative.Plotly + qualitative.D3
DAY_MS = 86_400_000


LANE_COLUMNS = ["event_id", "date_start", "date_end", "event_type"]  # enough to count; drawing adds HOVER_COLUMNS
HOVER_COLUMNS = ["sentence", "date_text", "date_how", "precision"]


def build_lane_frame(events: pd.DataFrame, lane: str, titles: dict[str, str]) -> pd.DataFrame:
    """Dated events (LANE_COLUMNS) with a 'lane' column; an event with several actors appears once in each
    actor's lane. The index is the event's position in `events`."""
    dated = events.reset_index(drop=True)
    dated = dated.loc[dated["date_start"].notna()]
    if lane in ("actor", "country"):
        names = dated["actors" if lane == "actor" else "countries"].fillna("").str.split(";").explode().str.strip()
        names = names.replace("", f"(no {lane})")
    elif lane == "article":
        names = dated["article"].map(lambda a: shorten(titles.get(a) or a, 40))
    else:
        names = dated["event_type"].replace("", "(untyped)")
    # Only the few columns needed are repeated per lane: copying the long text columns was the slow part.
    lanes = dated[LANE_COLUMNS].loc[names.index].assign(lane=names.to_numpy())
    lanes["date_end"] = lanes["date_end"].fillna(lanes["date_start"])
    return lanes


def place_in_lanes(lanes: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Numeric y. Events that would sit on top of each other in a lane (one summit can yield a dozen) are fanned
    out, and a lane with such a pile gets up to four rows of height, so each stays visible and clickable."""
    middle = lanes["date_start"] + (lanes["date_end"] - lanes["date_start"]) / 2
    near = pd.Timedelta(days=(years[1] - years[0] + 1) * 366 / 250)  # about 3 px on a full-width chart
    order = pd.DataFrame({"lane": lanes["lane"], "middle": middle}).sort_values(["lane", "middle"])
    starts = (order["lane"] != order["lane"].shift()) | (order["middle"].diff() > near)
    pile = starts.cumsum().reindex(lanes.index)
    size = pile.map(pile.value_counts())
    rank = lanes.assign(pile=pile, middle=middle).sort_values("middle").groupby("pile").cumcount().reindex(lanes.index)
    span = (0.3 * size.groupby(lanes["lane"]).max()).clip(1, 4)
    span = span.reindex(order_lanes(span.index))
    centre = span.cumsum() - span / 2
    spread = (0.28 * (size - 1)).clip(upper=0.85 * lanes["lane"].map(span))
    offset = (rank / (size - 1).where(size > 1, 1) - 0.5) * spread
    centres = lanes["lane"].map(centre)
    return lanes.assign(y=centres + offset, centre=centres, edge=centres + lanes["lane"].map(span) / 2,
                        share=size, bottom=float(span.sum()), middle=middle)


def order_lanes(names) -> list[str]:
    """Alphabetical, with the catch-all lanes such as '(no actor)' last."""
    return sorted(names, key=lambda name: (name.startswith("("), name))


def shorten(text: str, width: int) -> str:
    return textwrap.shorten(str(text), width=width, placeholder="…")


def wrap_for_hover(text: str, width: int = 80) -> str:
    """Escaped (hover labels render some HTML tags) and broken into lines."""
    return "<br>".join(html.escape(line, quote=False) for line in textwrap.wrap(str(text), width)) or "–"


def hover_data(frame: pd.DataFrame) -> list[list[str]]:
    """customdata per point: [event id, sentence, date expression, how dated, dates, lane, event type]."""
    return [
        [event_id, wrap_for_hover(shorten(sentence, 160)), html.escape(str(date_text), quote=False), wrap_for_hover(how),
         format_span(start, end, precision), html.escape(str(lane), quote=False), html.escape(str(event_type), quote=False)]
        for event_id, sentence, date_text, how, start, end, precision, lane, event_type in zip(
            frame["event_id"], frame["sentence"], frame["date_text"], frame["date_how"], frame["date_start"],
            frame["date_end"], frame["precision"], frame["lane"], frame["event_type"])
    ]


HOVER = ("<b>%{customdata[5]}</b> · %{customdata[4]}<br>%{customdata[1]}<br>"
         "<i>date expression:</i> “%{customdata[2]}”<br><i>how dated:</i> %{customdata[3]}<extra>%{customdata[6]}</extra>")


def type_colours(types: tuple[str, ...]) -> dict[str, str]:
    return {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(types)}


def build_event_traces(lanes: pd.DataFrame, colours: dict[str, str]) -> list[dict]:
    """Few traces (drawing and validating is per trace), colour per point. The key to the colours is an
    annotation (build_type_key): a legend needs a trace per type, and those were a third of a first draw."""
    is_day = lanes["precision"] == "day"
    one_day = lanes["date_start"] == lanes["date_end"]
    colour = lanes["event_type"].map(colours).fillna("#888")
    length = (lanes["date_end"] - lanes["date_start"]).dt.days.add(1) * DAY_MS
    hover = pd.Series(hover_data(lanes), index=lanes.index, dtype=object)
    traces = []

    def points(mask: pd.Series) -> dict:
        return dict(y=lanes.loc[mask, "y"].tolist(), customdata=hover[mask].tolist(), hovertemplate=HOVER)

    def bar(mask: pd.Series, kind: str) -> dict:
        # From the first to the end of the last day; faint when only the week, month or year is known.
        return dict(type="bar", orientation="h", name=kind, base=lanes.loc[mask, "date_start"].tolist(),
                    x=length[mask].tolist(),
                    width=((0.5 if kind == "range" else 0.8) / lanes.loc[mask, "share"]).clip(lower=0.1).tolist(),
                    marker=dict(color=colour[mask].tolist(), opacity=0.9 if kind == "range" else 0.25,
                                line=dict(width=1 if kind == "approximate" else 0, color=colour[mask].tolist())),
                    **points(mask))

    exact, ranged, approximate = is_day & one_day, is_day & ~one_day, ~is_day
    if approximate.any():
        traces.append(bar(approximate, "approximate"))
    if ranged.any():
        traces.append(bar(ranged, "range"))
        # A few days are a sliver at this scale; a diamond in the middle gives something to click.
        traces.append(dict(type="scatter", mode="markers", name="range", x=lanes.loc[ranged, "middle"].tolist(),
                           marker=dict(color=colour[ranged].tolist(), size=10, symbol="diamond",
                                       line=dict(width=1, color="white")), **points(ranged)))
    if exact.any():
        traces.append(dict(type="scatter", mode="markers", name="exact day", x=lanes.loc[exact, "date_start"].tolist(),
                           marker=dict(color=colour[exact].tolist(), size=11, line=dict(width=1, color="white")),
                           **points(exact)))
    return traces


def build_selected_trace(lanes: pd.DataFrame, selected: str) -> list[dict]:
    rows = lanes[lanes["event_id"] == selected]
    if rows.empty:
        return []
    return [dict(
        type="scatter", x=rows["middle"].tolist(), y=rows["y"].tolist(), mode="markers", name="selected",
        marker=dict(symbol="circle-open", size=22, color="#d62728", line=dict(width=3)),
        customdata=hover_data(rows), hovertemplate=HOVER,
    )]


def build_counts(lanes: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Events per lane per week (one year shown) or month, with its three most frequent event types: what the
    chart draws when points are too many. One row of height per lane: y = centre."""
    period = lanes["date_start"].dt.to_period("W" if years[0] == years[1] else "M").dt.start_time
    per_type = lanes.assign(period=period).groupby(["lane", "period", "event_type"]).size()
    counts = per_type.groupby(level=["lane", "period"]).sum().rename("count").reset_index()
    # Joined in plain Python: a per-group pandas aggregation costs more than the whole rest of the chart.
    top = per_type.sort_values(ascending=False, kind="stable").groupby(level=["lane", "period"]).head(3)
    names: dict[tuple, list[str]] = {}
    for lane, when, event_type in top.index:
        names.setdefault((lane, when), []).append(event_type)
    counts["types"] = [", ".join(names[key]) for key in zip(counts["lane"], counts["period"])]
    rows = counts["lane"].map({name: i + 0.5 for i, name in enumerate(order_lanes(counts["lane"].unique()))})
    return counts.assign(y=rows, centre=rows, edge=rows + 0.5, bottom=float(rows.nunique()))


def build_count_heatmap(counts: pd.DataFrame, years: tuple[int, int]) -> dict:
    """One cell per lane and period, shaded by its count. A heatmap is drawn as one image, so it costs the
    browser the same for a hundred events or a million; periods without events stay blank."""
    weekly = years[0] == years[1]
    first = min(counts["period"].min(), pd.Timestamp(years[0], 1, 1))
    last = max(counts["period"].max(), pd.Timestamp(years[1], 12, 31))
    columns = pd.period_range(first, last, freq="W" if weekly else "M")
    starts = columns.start_time
    lanes = order_lanes(counts["lane"].unique())
    grid = counts.pivot(index="lane", columns="period", values="count").reindex(index=lanes, columns=starts)
    labels = counts.assign(label=[
        f"<b>{html.escape(lane, quote=False)}</b> · {f'week of {when:%Y-%m-%d}' if weekly else f'{when:%b %Y}'}<br>"
        f"{n:,} events (mostly {html.escape(types, quote=False)})"
        for lane, when, n, types in zip(counts["lane"], counts["period"], counts["count"], counts["types"])
    ]).pivot(index="lane", columns="period", values="label").reindex(index=lanes, columns=starts)
    return dict(
        type="heatmap", x=(starts + (columns.end_time - starts) / 2).to_numpy(), y=[i + 0.5 for i in range(len(lanes))],
        z=grid.to_numpy(dtype=float), text=labels.to_numpy(dtype=object), hovertemplate="%{text}<extra></extra>",
        hoverongaps=False, colorscale=[[0, "#c6dbef"], [1, "#08306b"]], zmin=0, xgap=1, ygap=1, name="events",
        colorbar=dict(title=dict(text="events"), thickness=12, len=0.6),
    )


TYPES_PER_KEY_LINE = 10
KEY_LINE_PX = 18


def build_type_key(shown_types: list[str], colours: dict[str, str]) -> dict:
    """The colour of each event type in view, as a line of text above the dates. Inside the figure, not an HTML
    st.markdown beside it: that pulls a 190 KB HTML parser into the page and delayed the first chart by 0.1 s."""
    items = [f'<span style="color:{colours[t]}">■</span> {html.escape(t or "(untyped)", quote=False)}' for t in shown_types]
    lines = ["   ".join(items[i:i + TYPES_PER_KEY_LINE]) for i in range(0, len(items), TYPES_PER_KEY_LINE)]
    return dict(text="Event type:  " + "<br>".join(lines), name="type_key", showarrow=False, align="left",
                xref="paper", yref="paper", x=0, y=1, xanchor="left", yanchor="bottom", yshift=30,
                font=dict(size=12))


def build_timeline_figure(
    events: pd.DataFrame, lane: str, years: tuple[int, int], selected: str,
    titles: dict[str, str], types: tuple[str, ...],
) -> tuple[go.Figure, int, bool]:
    """The figure, how many lane rows it covers, and whether it shows counts instead of single events."""
    lanes = build_lane_frame(events, lane, titles)
    aggregated = len(lanes) > MAX_DRAWN_POINTS
    if aggregated:
        counts = drawn = build_counts(lanes, years)
        traces, key = [build_count_heatmap(counts, years)], []
    else:
        drawn = place_in_lanes(lanes.join(events[HOVER_COLUMNS].reset_index(drop=True)).reset_index(drop=True), years)
        colours = type_colours(types)
        traces = build_event_traces(drawn, colours) + build_selected_trace(drawn, selected)
        shown_types = sorted(set(drawn["event_type"]) & set(types))
        key = [build_type_key(shown_types, colours)] if shown_types else []
    top = 60 + KEY_LINE_PX * (key[0]["text"].count("<br>") + 1) if key else 60
    ticks = drawn.groupby("lane")["centre"].first()
    rows = float(drawn["bottom"].iloc[0]) if len(drawn) else 1.0
    separators = [] if aggregated else [
        dict(type="line", xref="paper", x0=0, x1=1, y0=edge, y1=edge, layer="below", line=dict(width=1, color="#e6e6e6"))
        for edge in sorted(drawn.groupby("lane")["edge"].first())[:-1]]
    # Built in one go, unvalidated: validation was a fifth of a filter change's script time (tests validate it).
    fig = go.Figure(_validate=False, data=traces, layout=dict(
        barmode="overlay", height=max(320, int(34 * rows) + 80 + top), margin=dict(l=10, r=10, t=top, b=10),
        showlegend=False, annotations=key,
        clickmode="event+select", dragmode="pan", hovermode="closest", shapes=separators,
        # Dates on top: with many lanes the chart is taller than the screen, and the years should be in sight.
        xaxis=dict(type="date", range=[f"{years[0]}-01-01", f"{years[1] + 1}-01-01"], showgrid=True, side="top"),
        # Lane names can be uploaded article titles; Plotly renders some tags in tick labels.
        yaxis=dict(tickvals=ticks.tolist(), ticktext=[html.escape(name, quote=False) for name in ticks.index],
                   range=[rows + 0.3, -0.3], zeroline=False,
                   showgrid=False, title_text=LANES[lane]),
    ))
    return fig, len(lanes), aggregated


def render_timeline_chart(shown: pd.DataFrame, view: ViewState, titles: dict[str, str], types: tuple[str, ...]) -> None:
    fig, n_points, aggregated = build_timeline_figure(shown, view.lane, view.years, view.event, titles, types)
    undated = int(shown["date_start"].isna().sum())
    if aggregated:
        period = "week" if view.years[0] == view.years[1] else "month"
        st.info(f"{len(shown) - undated:,} dated events ({n_points:,} points across the lanes) in view: showing "
                f"counts per lane and {period}. Narrow the filters or years to see single events.")
    st.plotly_chart(
        fig, key=CHART_KEY, on_select="rerun", selection_mode="points",
        config={"displaylogo": False, "scrollZoom": True},
    )
    notes = (["darker cell: more events", "blank: none"] if aggregated else
             ["● exact day", "◆ on a bar: a day-precise range", "faint span: only the week, month, season or year is known"])
    if undated:
        notes.append(f"{undated} undated events are not drawn (see Events and Data quality)")
    st.caption(" · ".join(notes))
