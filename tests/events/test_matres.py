"""The MATRES benchmark's pieces: TIMEX3 values to days, scores, and one real document."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("matres", ROOT / "benchmarks" / "matres.py")
matres = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(matres)


def test_timex_values_become_day_intervals() -> None:
    assert matres.value_days("1998-01-20", None) == (dt.date(1998, 1, 20), dt.date(1998, 1, 20))
    assert matres.value_days("1998-W03", None) == (dt.date(1998, 1, 12), dt.date(1998, 1, 18))
    assert matres.value_days("1998", None) == (dt.date(1998, 1, 1), dt.date(1998, 12, 31))
    assert matres.value_days("PAST_REF", None) is None


def test_scores_follow_the_matres_convention() -> None:
    s = matres.scores(["BEFORE", "AFTER", "VAGUE", "EQUAL"], ["BEFORE", "BEFORE", "VAGUE", "VAGUE"])
    assert (s["accuracy"], s["precision"], s["recall"]) == (0.5, 0.5, 0.333)


def test_rules_order_a_small_timeml_document() -> None:
    from timeline.timeml.reader import read_timeml_string

    doc = read_timeml_string(
        '<TimeML><DOCID>d</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-20" '
        'functionInDocument="CREATION_TIME">1998-01-20</TIMEX3></DCT><TEXT>Officials '
        '<EVENT eid="e1" class="REPORTING">said</EVENT> the rebels <EVENT eid="e2" class="OCCURRENCE">'
        'attacked</EVENT> the town on <TIMEX3 tid="t1" type="DATE" value="1998-01-15">Thursday</TIMEX3>. '
        'Talks <EVENT eid="e3" class="OCCURRENCE">will resume</EVENT> next month.</TEXT>'
        '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>'
        '<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>'
        '<MAKEINSTANCE eventID="e3" eiid="ei3" tense="FUTURE" aspect="NONE" polarity="POS" pos="VERB"/>'
        '</TimeML>')
    preds = matres.predict_document(doc, [("ei1", "ei2"), ("ei2", "ei3")], matres.EventSettings())
    assert preds == ["AFTER", "BEFORE"]
