"""The TempEval-3 scorer: laws and hand-counted cases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.timeml.scoring import Annotation, Counts, compare, match, score, total


def ann(start, end, value="2018-11-15", type_="DATE", text=""):
    return Annotation(start=start, end=end, text=text or f"{start}-{end}", type=type_, value=value)


GOLD = [ann(0, 9, "1998-11-20"), ann(20, 30, "P3D", "DURATION"), ann(40, 44, "1998")]

spans = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 15)), max_size=12).map(
    lambda pairs: [ann(s, s + n, value=str(s % 3), type_="DATE" if s % 2 else "TIME") for s, n in pairs]
)


def test_gold_against_gold_is_perfect():
    s = score(compare(GOLD, GOLD).counts)
    assert all(v == 1.0 for v in s.model_dump().values())
    assert compare(GOLD, GOLD).errors == ()


@given(spans)
def test_any_gold_against_itself_is_perfect(gold):
    # Duplicated spans are allowed: one-to-one matching must still pair each with itself.
    s = score(compare(gold, gold).counts)
    expected = 1.0 if gold else 0.0
    assert s.relaxed_f1 == s.strict_f1 == s.value_f1 == s.type_f1 == expected


def test_shifted_span_counts_relaxed_not_strict():
    system = [ann(3, 9, "1998-11-20"), *GOLD[1:]]
    c = compare(GOLD, system).counts
    assert (c.strict, c.relaxed, c.value_correct) == (2, 3, 3)
    s = score(c)
    assert s.relaxed_f1 == 1.0 and s.strict_f1 == pytest.approx(2 / 3)


def test_wrong_value_lowers_value_f1_only():
    system = [GOLD[0], ann(20, 30, "P4D", "DURATION"), GOLD[2]]
    result = compare(GOLD, system)
    s = score(result.counts)
    assert s.relaxed_f1 == 1.0 and s.type_f1 == 1.0
    assert s.value_f1 == pytest.approx(2 / 3) and s.value_accuracy == pytest.approx(2 / 3)
    ((kind, gold_value, system_value),) = [(e.kind, e.gold.value, e.system.value) for e in result.errors]
    assert (kind, gold_value, system_value) == ("wrong-value", "P3D", "P4D")


def test_empty_system_has_zero_recall_and_lists_every_miss():
    result = compare(GOLD, [])
    s = score(result.counts)
    assert s.relaxed_r == s.strict_r == s.value_f1 == 0.0
    assert [e.kind for e in result.errors] == ["missed"] * 3


def test_spurious_expressions_lower_precision_not_recall():
    result = compare(GOLD, [*GOLD, ann(50, 53, "1998-05")])
    s = score(result.counts)
    assert s.relaxed_r == 1.0 and s.relaxed_p == pytest.approx(3 / 4)
    assert s.value_f1 == pytest.approx(2 * 0.75 / 1.75)  # P = 3/4, R = 1
    assert [e.kind for e in result.errors] == ["spurious"]


def test_attribute_f1_is_relaxed_f1_times_accuracy():
    system = [ann(0, 5, "1998-11-21"), ann(22, 25, "P3D", "DATE"), ann(60, 70, "2000")]
    s = score(compare(GOLD, system).counts)
    assert s.value_f1 == pytest.approx(s.relaxed_f1 * s.value_accuracy)
    assert s.type_f1 == pytest.approx(s.relaxed_f1 * s.type_accuracy)


def test_one_long_system_span_claims_only_one_gold():
    # "from 2010 to 2012" as one system span against two gold years
    gold = [ann(5, 9, "2010"), ann(13, 17, "2012")]
    c = compare(gold, [ann(0, 17, "2010")]).counts
    assert (c.relaxed, c.gold, c.system) == (1, 2, 1)


def test_exact_match_is_preferred_over_a_bigger_overlap():
    gold = [ann(0, 10), ann(10, 14)]
    system = [ann(2, 14), ann(0, 10)]
    assert match(gold, system) == [(0, 1), (1, 0)]


def test_valueless_gold_counts_for_spans_but_not_for_values():
    gold = [ann(0, 9, None), ann(20, 30, "P3D")]
    s = score(compare(gold, [ann(0, 9, "1998"), ann(20, 30, "P3D")]).counts)
    assert s.relaxed_f1 == 1.0 and s.value_f1 == 1.0


def test_counts_add_up_across_documents():
    a, b = compare(GOLD, GOLD[:1]).counts, compare(GOLD, []).counts
    assert total([compare(GOLD, GOLD[:1]), compare(GOLD, [])]) == a + b
    assert (a + b).gold == 6 and (a + b).relaxed == 1
    assert score(Counts()).relaxed_f1 == 0.0  # nothing to score is 0, not a division error


def test_custom_value_equivalence_is_used():
    system = [ann(0, 9, "1998-11-20T10:00"), *GOLD[1:]]
    same_day = lambda g, s: g is not None and s is not None and s.startswith(g)  # noqa: E731
    assert score(compare(GOLD, system, same_value=same_day).counts).value_f1 == 1.0
    assert score(compare(GOLD, system).counts).value_f1 < 1.0
