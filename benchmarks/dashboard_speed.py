"""Dashboard speed, measured in a real browser (Playwright + /usr/bin/chromium) against `streamlit run`.

1. First chart on the built-in corpus: from opening the page (server already up) until Plotly has drawn
   points, timed in the page (from navigation start) and from Playwright's goto (adds its own overhead).
   Once per fresh server (cold cache), then on further fresh sessions (warm cache). The same for a bare
   page with one tiny Plotly chart, to show what the machine and browser alone cost.
2. Filter-change round trip with 10,000 events (the built-in events replicated with shifted dates): from
   clicking "Include inherited dates" until the new count and a new chart are on screen, timed inside the
   page. Also the script time alone for the same change (AppTest, no browser), to tell server from
   browser cost.

Usage: python benchmarks/dashboard_speed.py [--cold 3] [--warm 5] [--rounds 9] [--events 10000]
Prints medians; goals from issue 3: first chart <= 2 s, round trip <= 300 ms.
"""
from __future__ import annotations

import argparse
import math
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import pandas as pd  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

import loader  # noqa: E402
from conftest import CHROMIUM_ARGS, start_dashboard  # noqa: E402

POINT = ".js-plotly-plot .scatterlayer .trace .point"
CHART = ".js-plotly-plot .main-svg"  # with 10,000 events the chart is a heatmap of counts, without points

# The floor on this machine: a bare Streamlit page with a title and a two-point Plotly chart.
# Its checkbox and count mimic the dashboard's, so the round trip is timed the same way.
REFERENCE_APP = """
import plotly.graph_objects as go
import streamlit as st
st.title("reference")
n = 2 if st.sidebar.checkbox("Include inherited dates", value=True) else 1
st.sidebar.markdown(f"**{n} points** shown")
st.plotly_chart(go.Figure(go.Scatter(x=[1, 2][:n], y=[1, 2][:n], mode="markers")), key="chart")
"""

# Runs the real dashboard with load_corpus answering from a pickle of generated events.
WRAPPER = """
import pickle, runpy, sys
sys.path.insert(0, {root!r})
import loader
def load_generated(path, *, extra=()):
    with open({frames!r}, "rb") as f:
        return pickle.load(f)
loader.load_corpus = load_generated
runpy.run_path({dashboard!r}, run_name="__main__")
"""


def generate_events(n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """n events: copies of the built-in ones, each copy shifted by a different number of days (2013-2016)."""
    events, articles = loader.load_corpus(ROOT / "data" / "articles")
    copies = []
    for k in range(math.ceil(n / len(events))):
        shift = pd.Timedelta(days=(k * 97) % 1300 - 650)
        copy = events.assign(
            event_id=events["event_id"] + f"-{k}", cluster_id=events["cluster_id"] + f"-{k}",
            date_start=events["date_start"] + shift, date_end=events["date_end"] + shift,
        )
        copies.append(copy)
    return pd.concat(copies, ignore_index=True).head(n), articles


# Records, inside the page, when the first point is inserted: milliseconds since navigation started, which is
# what a reader waits after pressing Enter, without Playwright's own start-up and polling.
POINT_OBSERVER = """
new MutationObserver((_, observer) => {
    if (document.querySelector('%s')) { window.firstPointMs = performance.now(); observer.disconnect(); }
}).observe(document, {subtree: true, childList: true});
""" % POINT


def open_first_chart(page, url: str) -> tuple[float, float]:
    """(seconds from Playwright's goto until the point is seen, seconds from navigation start inside the page)."""
    page.add_init_script(POINT_OBSERVER)
    start = time.perf_counter()
    page.goto(url)
    page.locator(POINT).first.wait_for(timeout=60_000)
    wall = time.perf_counter() - start
    return wall, page.evaluate("() => window.firstPointMs") / 1000


def measure_first_chart(script: Path, cold: int, warm: int) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """First-chart times (wall, in page) on `cold` fresh servers, then `warm` fresh sessions on the last one."""
    cold_times, warm_times = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for i in range(cold):
            proc, url = start_dashboard(script, ROOT)
            try:
                with browser.new_context() as context:
                    cold_times.append(open_first_chart(context.new_page(), url))
                for _ in range(warm if i == cold - 1 else 0):
                    with browser.new_context() as context:
                        warm_times.append(open_first_chart(context.new_page(), url))
            finally:
                proc.terminate()
                proc.wait(timeout=10)
        browser.close()
    return cold_times, warm_times


# Timed inside the page, so Playwright's own round trips (actionability checks, polling) are not counted:
# from the click on the checkbox until the sidebar count and the chart both changed and a frame was painted.
ROUND_TRIP_JS = """async () => {
    const count = () => document.querySelector('[data-testid=stSidebar] strong').innerText;
    const label = [...document.querySelectorAll('[data-testid=stSidebar] label')]
        .find(l => l.innerText.includes('Include inherited dates'));
    const before = count(), oldData = document.querySelector('.js-plotly-plot').data;
    const start = performance.now();
    label.querySelector('input').click();
    await new Promise((done, fail) => {
        const poll = () => {
            const chart = document.querySelector('.js-plotly-plot');
            if (count() !== before && chart && chart.data && chart.data !== oldData) done();
            else if (performance.now() - start > 60000) fail(new Error('no update within 60 s'));
            else setTimeout(poll, 1);
        };
        poll();
    });
    await new Promise(painted => requestAnimationFrame(() => painted()));
    return (performance.now() - start) / 1000;
}"""


def measure_round_trip(script: Path, rounds: int) -> list[float]:
    """Seconds from clicking 'Include inherited dates' until the new count and chart are on screen."""
    proc, url = start_dashboard(script, ROOT)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url)
            page.locator(CHART).first.wait_for(timeout=120_000)
            # the first round warms caches and is dropped
            times = [page.evaluate(ROUND_TRIP_JS) for _ in range(rounds + 1)][1:]
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return times


def measure_script_round_trip(frames: tuple[pd.DataFrame, pd.DataFrame], rounds: int) -> list[float]:
    """The same filter change in AppTest: Python time only, no network or drawing."""
    from streamlit.testing.v1 import AppTest

    loader.load_corpus = lambda path, *, extra=(): frames
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    times = []
    for i in range(rounds + 1):
        start = time.perf_counter()
        at.checkbox(key="filter_inherited").set_value(i % 2 == 1).run()
        times.append(time.perf_counter() - start)
    assert not at.exception
    return times[1:]


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.0f} ms (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f}, n={len(values)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cold", type=int, default=3, help="fresh servers for the cold first-chart time")
    parser.add_argument("--warm", type=int, default=5, help="further fresh sessions on a warm server")
    parser.add_argument("--rounds", type=int, default=9, help="filter changes to time")
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        reference = Path(tmp) / "reference_app.py"
        reference.write_text(REFERENCE_APP)
        _, reference_first = measure_first_chart(reference, 1, args.warm)
        reference_trip = measure_round_trip(reference, args.rounds)

        cold, warm = measure_first_chart(ROOT / "dashboard.py", args.cold, args.warm)
        for name, times in (("built-in corpus, cold cache", cold), ("built-in corpus, warm cache", warm),
                            ("bare reference page (floor on this machine)", reference_first)):
            print(f"first chart, {name}: in page {ms([t for _, t in times])}; with Playwright {ms([t for t, _ in times])}")

        frames = generate_events(args.events)
        frames_path = Path(tmp) / "generated.pickle"
        frames_path.write_bytes(pickle.dumps(frames))
        wrapper = Path(tmp) / "dashboard_generated.py"
        wrapper.write_text(WRAPPER.format(root=str(ROOT), frames=str(frames_path), dashboard=str(ROOT / "dashboard.py")))
        trip = measure_round_trip(wrapper, args.rounds)
    print(f"filter change round trip, {len(frames[0]):,} events, browser: {ms(trip)}")
    print(f"filter change round trip, bare reference page (floor on this machine): {ms(reference_trip)}")
    print(f"filter change, {len(frames[0]):,} events, script only (AppTest): {ms(measure_script_round_trip(frames, args.rounds))}")


if __name__ == "__main__":
    main()
