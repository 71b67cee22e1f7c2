"""Fixtures for the dashboard tests: the real loader's output, AppTest runs, and a live server for Playwright."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]


CHROMIUM = Path("/usr/bin/chromium")


def pytest_collection_modifyitems(config, items):
    # Without Debian's Chromium the browser tests cannot run: skip them with the reason, except in
    # CI (REQUIRE_BROWSER=1), where a missing browser must fail rather than pass quietly.
    if CHROMIUM.exists() or os.environ.get("REQUIRE_BROWSER") == "1":
        return
    skip = pytest.mark.skip(reason=f"{CHROMIUM} not installed (apt-get install chromium)")
    for item in items:
        if item.path.name == "test_browser.py":
            item.add_marker(skip)


@pytest.fixture(scope="session")
def corpus():
    """The built-in corpus exactly as the dashboard loads it (same cached function, same path)."""
    from components.corpus import CORPUS_DIR, load_cached_corpus

    return load_cached_corpus(str(CORPUS_DIR), ())


def find_free_port() -> int:
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


def wait_for_health(url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"streamlit did not answer at {url} within {timeout}s")


def start_dashboard(script: Path, cwd: Path) -> tuple[subprocess.Popen, str]:
    """`streamlit run` on a free port; returns the process and its base URL once it answers."""
    port = find_free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
         "--browser.gatherUsageStats", "false", "--server.address", "localhost", "--server.port", str(port),
         "--server.fileWatcherType", "none"],
        cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://localhost:{port}"
    try:
        wait_for_health(url, 60)
    except RuntimeError:
        proc.kill()
        raise
    return proc, url


@pytest.fixture(scope="session")
def dashboard_url():
    proc, url = start_dashboard(ROOT / "dashboard.py", ROOT)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # Debian's Chromium: `playwright install` needs the internet, which CI does not have.
    return {**browser_type_launch_args, "executable_path": "/usr/bin/chromium", "args": CHROMIUM_ARGS}


def run_page(page: str = "timeline", params: dict | None = None):
    """Run the dashboard in AppTest on `page` with URL parameters `params`; fails on any exception."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=30)
    at.query_params.update(params or {})
    at.run()
    if page != "timeline" and "page" not in (params or {}):
        at.switch_page(f"app_pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def chart_event_ids(at, key: str = "timeline_chart") -> set[str]:
    """Event ids the timeline draws (customdata[0] of every point, the selection ring excluded)."""
    import json

    chart = next(c for c in at.get("plotly_chart") if c.proto.id.endswith(key))
    figure = json.loads(chart.proto.spec)
    return {row[0] for trace in figure["data"] if trace.get("name") != "selected"
            for row in trace.get("customdata", []) if row[0]}


def shown_count(at) -> int:
    """The 'N of M events match' figure in the sidebar."""
    import re

    text = next(m.value for m in at.sidebar.markdown if "events** match" in m.value)
    return int(re.search(r"\*\*([\d,]+) of", text)[1].replace(",", ""))


def source_html(at) -> str:
    return "".join(h.proto.body for h in at.get("html"))


def marked_text(body: str, kind: str = "evidence") -> list[str]:
    """The plain text of each <mark class=kind> in the source panel's HTML."""
    import html
    import re

    marks = re.findall(rf'<mark class="{kind}"[^>]*>(.*?)</mark>', body, flags=re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", m)) for m in marks]


def marked_event_ids(body: str) -> set[str]:
    import re

    return {i for ids in re.findall(r'<mark class="\w+" data-event="([^"]*)"', body) for i in ids.split()}
