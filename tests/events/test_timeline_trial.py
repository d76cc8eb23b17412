"""The SemEval-2015 TimeLine trial benchmark: its reading of the data and its measure."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("timeline_trial", ROOT / "benchmarks" / "timeline_trial.py")
trial = importlib.util.module_from_spec(SPEC)
sys.modules["timeline_trial"] = trial  # dataclasses look their module up
SPEC.loader.exec_module(trial)


def test_a_perfect_timeline_scores_one() -> None:
    gold = [(0, "XXXX-XX-XX", ("1-2-said",)), (1, "2005-06-06", ("1-3-keynote", "2-4-keynote")),
            (2, "2006", ("1-5-sold",))]
    assert trial.prf(*trial.awareness(gold, gold)) == (1.0, 1.0, 1.0)


def test_a_reversed_order_scores_zero_on_order() -> None:
    gold = [(1, "XXXX-XX-XX", ("a",)), (2, "XXXX-XX-XX", ("b",))]
    system = [(1, "XXXX-XX-XX", ("b",)), (2, "XXXX-XX-XX", ("a",))]
    assert trial.awareness(system, gold) == (0, 1, 0, 1)


def test_simultaneous_in_the_system_is_not_before_in_gold() -> None:
    gold = [(1, "2005", ("a",)), (2, "2006", ("b",))]
    system = [(1, "XXXX-XX-XX", ("a", "b"))]
    hit_p, n_p, hit_r, n_r = trial.awareness(system, gold)
    assert (hit_p, n_p) == (0, 1) and n_r == 3 and hit_r == 0


def test_position_zero_can_be_left_unordered() -> None:
    lines = [(0, "XXXX-XX-XX", ("z",)), (1, "2005", ("a",))]
    assert ("z", "BEFORE", "a") in trial.closure(lines)
    assert ("z", "BEFORE", "a") not in trial.closure(lines, skip_zero=True)


def test_entity_names_match_whole_words() -> None:
    assert trial.mentions_entity("Steve Jobs left.", "Steve Jobs")
    assert trial.mentions_entity("Apple Corps sued Apple.", "Beatles Apple Corps")
    assert trial.mentions_entity("The iTunes Store opened.", "iTunes store")
    assert not trial.mentions_entity("The iPhone 4S sold.", "iPhone 4")
    assert not trial.mentions_entity("The iPods sold.", "iPod")


@pytest.mark.skipif(not trial.DATA.exists(), reason="trial data not present")
def test_the_trial_data_reads() -> None:
    entity, gold = trial.read_gold(trial.DATA / "TimeLines_trial_data_task4_v1.2" / "iphone_3g.txt")
    assert entity == "iPhone 3G" and gold[0] == (1, "2008-06-09", ("12315-2-launched", "12315-3-launching"))
    articles = trial.load_articles()
    assert len(articles) == 30
    assert articles["1664"].doc.published == dt.date(2005, 6, 6)
    start, end, sentence, word = articles["1664"].tokens[4]
    assert (sentence, word, articles["1664"].doc.text[start:end]) == (0, "Jobs", "Jobs")
