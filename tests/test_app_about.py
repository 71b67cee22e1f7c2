"""AppTest: About / Method — the accuracy figures are computed from the live loader output."""
import pandas as pd

from components.accuracy_report import GOLD_PATH, measure_accuracy
from conftest import run_page


def test_accuracy_is_measured_on_the_loaded_events(corpus):
    at = run_page("about")
    gold = pd.read_csv(GOLD_PATH, dtype=str, keep_default_na=False)
    report = at.dataframe[0].value
    assert len(report) == len(gold)
    assert list(report["found"]) == list(measure_accuracy(corpus.events, gold)["found"])
    found = next(m for m in at.metric if m.label == "Gold events found")
    assert found.value.startswith(f"{int(report['found'].sum())} / {len(gold)} (")
