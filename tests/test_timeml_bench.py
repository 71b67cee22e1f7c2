"""The TimeML benchmark's reading and scoring, on a tiny inline document."""
from datetime import date

import pytest

from benchmarks.timeml import (
    Counts, Timex, anchor_text, list_errors, parse_timeml, same_value, score_doc, score_matches,
    spans_equal, spans_overlap,
)

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TINY1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07" functionInDocument="NONE">Wednesday</TIMEX3> that sales <EVENT eid="e2">rose</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P3Y" functionInDocument="NONE">three years</TIMEX3>, until <TIMEX3 tid="t3" type="DATE" value="1997-Q4" functionInDocument="NONE">the fourth quarter</TIMEX3>.
</TEXT>
</TimeML>
"""
DOC = parse_timeml(TML, "TINY1")
WEDNESDAY, THREE_YEARS, QUARTER = DOC.gold


def test_parse_timeml_strips_tags_decodes_entities_and_keeps_offsets():
    assert DOC.dct == date(1998, 1, 8)
    assert DOC.text.startswith("\nAT&T said Wednesday that")
    assert [(DOC.text[t.start:t.end], t.value, t.type) for t in DOC.gold] == [
        ("Wednesday", "1998-01-07", "DATE"), ("three years", "P3Y", "DURATION"),
        ("the fourth quarter", "1997-Q4", "DATE")]


def test_parse_timeml_without_creation_time_is_an_error():
    with pytest.raises(ValueError, match="CREATION_TIME"):
        parse_timeml(TML.replace('functionInDocument="CREATION_TIME"', ""), "bad")


def at(phrase: str, value: str, type_: str = "DATE", *, trim: int = 0, grow: str = "") -> Timex:
    """A prediction for `phrase` in DOC, optionally missing `trim` leading chars or extended by `grow`."""
    start = DOC.text.index(grow + phrase) if grow else DOC.text.index(phrase) + trim
    end = DOC.text.index(phrase) + len(phrase)
    return Timex(start, end, DOC.text[start:end], value, type_)


@pytest.mark.parametrize("pred, strict, relaxed", [
    (at("Wednesday", "1998-01-07"), True, True),
    (at("the fourth quarter", "1997-Q4", trim=4), False, True),  # "fourth quarter"
    (at("Wednesday", "1998-01-07", grow="said "), False, True),  # "said Wednesday"
    (at("sales", "1998"), False, False),
])
def test_strict_and_relaxed_span_match(pred, strict, relaxed):
    gold = min(DOC.gold, key=lambda g: abs(g.start - pred.start))
    assert spans_equal(gold, pred) is strict
    assert spans_overlap(gold, pred) is relaxed


def test_adjacent_spans_do_not_overlap():
    left = Timex(0, 5, "abcde", "", "DATE")
    assert not spans_overlap(left, Timex(5, 9, "fghi", "", "DATE"))
    assert spans_overlap(left, Timex(4, 9, "efghi", "", "DATE"))


@pytest.mark.parametrize("gold_value, pred_value, same", [
    ("1997-Q4", "1997-Q4", True),
    ("1997-Q4", "1997-10", False),
    ("1998-W9", "1998-W09", True),
    ("1989-11-06T17", "1989-11-06T17:00", True),
    ("1998-08-07T10:35:00", "1998-08-07T10:35", True),
    ("present_ref", "PRESENT_REF", True),
    ("PRESENT_REF", "1998-01-08", False),
    ("199", "1990", False),
])
def test_value_match_normalizes_notation_only(gold_value, pred_value, same):
    g = Timex(10, 20, "x", gold_value, "DATE")
    assert same_value(g, Timex(12, 25, "x", pred_value, "DATE")) is same
    assert not same_value(g, Timex(20, 25, "x", gold_value, "DATE"))  # right value, no overlap


def test_score_doc_counts_per_subset_and_measure():
    pred = [at("Wednesday", "1998-01-07"), at("the fourth quarter", "1997-10", trim=4),
            at("three years", "P3Y", "DURATION"), at("sales", "1998")]
    s = score_doc(DOC.gold, pred)
    assert s["DATE+TIME", "strict span"] == Counts(found=1, gold=2, right=1, predicted=3)
    assert s["DATE+TIME", "relaxed span"] == Counts(found=2, gold=2, right=2, predicted=3)
    assert s["DATE+TIME", "value"] == Counts(found=1, gold=2, right=1, predicted=3)
    assert s["all types", "value"] == Counts(found=2, gold=3, right=2, predicted=4)
    assert s["all types", "relaxed span"].f1 == pytest.approx(2 * (3 / 4) * 1 / (3 / 4 + 1))


def test_overlap_match_is_not_one_to_one():
    # Two predictions inside one gold expression: both right, the gold counted once.
    gold = [QUARTER]
    pred = [at("the fourth", "1997-Q4", grow=""), at("quarter", "1997-Q4")]
    assert score_matches(gold, pred, same_value) == Counts(found=1, gold=1, right=2, predicted=2)


def test_empty_counts_score_zero_not_error():
    assert (Counts().precision, Counts().recall, Counts().f1) == (0.0, 0.0, 0.0)


def test_list_errors_separates_wrong_missed_off_type_and_spurious():
    pred = [at("the fourth quarter", "1997-10"), at("sales", "1998"), at("three years", "1995")]
    kinds = {(e["kind"], (e["gold"] or e["pred"][0]).text) for e in list_errors(DOC, pred)}
    assert kinds == {("miss", "Wednesday"), ("wrong", "the fourth quarter"), ("spurious", "sales"),
                     ("off-type", "three years")}  # a DATE where the gold is a DURATION


@pytest.mark.parametrize("near, expected", [(0, 4), (9, 12), (20, 12), (25, 30), (33, 30)])
def test_anchor_text_picks_nearest_occurrence(near, expected):
    text = "the May and May ... here: and May"
    assert anchor_text(text, "May", near) == expected
    assert anchor_text(text, "June", near) is None
    assert anchor_text(text, "May", near + 1000, window=100) is None
