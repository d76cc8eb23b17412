"""The tense reading's structure: one declared list of verbs of saying whose parts each cue reads, one
definition of each shared word list, and the quarter rule behind :mod:`timeline.timex.tense_pick`'s public names."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import timex
from timeline.timex import (extract_timexes, tense, tense_aspect, tense_dated, tense_decide, tense_limits,
                            tense_sides, verbs)
from timeline.timex.anchoring import Context
from timeline.timex.calendar import part_interval
from timeline.timex.settings import TimexSettings
from timeline.timex.tense_pick import pick_quarter
from timeline.timex.verbs import ATTRIBUTING, BY_PERSON, REPORTING, SAYING, SAYING_BEFORE

_FORMS = {form for verb in SAYING for form in verb}


@pytest.mark.parametrize("part", [REPORTING, ATTRIBUTING, SAYING_BEFORE], ids=["reporting", "attributing", "before"])
def test_every_saying_part_is_drawn_from_the_declared_verbs(part):
    assert part and set(part) <= _FORMS


@pytest.mark.parametrize("word", ATTRIBUTING)
def test_attribution_closes_the_clause_with_each_of_its_verbs(word):
    # "They will meet on Friday, officials <verb>.": the attribution is a clause of its own
    assert tense._ATTRIBUTION.match(f", officials {word}.")
    assert tense.clause_tense(f"They will meet on Friday, officials {word}.", 18, 24) == "future"


def test_attribution_needs_a_verb_of_saying():
    assert tense._ATTRIBUTION.match(", officials left.") is None


@pytest.mark.parametrize("word", SAYING_BEFORE)
def test_each_verb_of_saying_before_dates_the_saying(word):
    text = f"Officials {word} on Tuesday"
    assert tense_sides.dates_saying(text, text.index("Tuesday"))


def test_told_dates_the_saying_only_with_its_object():
    assert tense_sides.dates_saying("He told reporters Tuesday", 18)
    assert not tense_sides.dates_saying("He told Tuesday", 8)


@pytest.mark.parametrize("word", sorted(REPORTING))
def test_reported_speech_moves_a_pending_plan_ahead(word):
    assert tense_decide._past_plan(2.0, f"he {word} it was expected in".split()) == "future"
    assert tense_decide._past_plan(2.0, "the envoy was expected in".split()) == "past"


_PIECES = st.sampled_from(["said", "Said", "told", "TOLD", "reporters", "on", " ", "  ", "\t", "x", "Told",
                           "warned", "says", "stated", "announced", "added", "confirmed", "reported", "talks"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=10))
def test_the_quick_probe_never_rejects_a_saying_the_pattern_finds(pieces):
    text = "".join(pieces) + " "
    if tense_sides._SAYING_BEFORE.search(text[-40:]):
        assert tense_sides.holds_any(text[-40:].lower(), tense_sides._SAYING_PROBES)


@pytest.mark.parametrize("word", BY_PERSON)
def test_a_verb_of_saying_by_person_after_may_makes_it_the_person(word):
    # "since May said it": May is the person; the month reading would have taken "May" (behaviour, not the pattern)
    assert extract_timexes(f"Nothing changed since May {word} it.", dt.date(2018, 11, 15)) == []
    assert [t.value for t in extract_timexes(f"Nothing changed since May, he {word}.", dt.date(2018, 11, 15))] \
        == ["2018-05"]


_TENSE_MODULES = tuple(sorted(path.stem for pattern in ("tense*.py", "verbs*.py")
                             for path in (Path(timex.__file__).parent).glob(pattern)))


def _constants_defined(module: str) -> set[str]:
    """The names ``module`` binds at its top level to a word list or pattern of its own."""
    tree = ast.parse((Path(timex.__file__).parent / f"{module}.py").read_text())
    return {target.id for node in tree.body if isinstance(node, ast.Assign) for target in node.targets
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper()}


def test_no_word_list_is_defined_twice_in_the_tense_modules():
    seen: dict[str, str] = {}
    assert {"verbs", "tense", "tense_decide", "tense_aspect"} <= set(_TENSE_MODULES)
    for module in _TENSE_MODULES:
        for name in _constants_defined(module):
            assert name not in seen, f"{name} defined in both {seen[name]} and {module}"
            seen[name] = module


def test_the_shared_word_lists_are_imported_not_copied():
    assert tense_decide.PAST_BE is verbs.PAST_BE and tense_aspect.PAST_BE is verbs.PAST_BE
    assert tense_decide.PLACING is verbs.PLACING and tense_aspect.DETERMINERS is verbs.DETERMINERS
    assert tense_limits.BE_FORMS is verbs.BE_FORMS and tense_dated.MODALS is tense_decide.MODALS
    assert tense_dated._PLACING_A_DAY == verbs.PLACING  # "in" a month too: "opened a plant in March" is gone


def _private_imports(module: str) -> list[tuple[str, str]]:
    """The private names ``module`` imports from another module of the timex package."""
    tree = ast.parse((Path(timex.__file__).parent / f"{module}.py").read_text())
    return [(node.module, alias.name) for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
            and (node.module or "").startswith("timeline.timex.") for alias in node.names
            if alias.name.startswith("_")]


def _importers_of_the_tense_modules() -> tuple[str, ...]:
    """Every timex module that imports from a tense*/verbs* module (names.py reads verbs' word lists)."""
    stems = {f"timeline.timex.{name}" for name in _TENSE_MODULES}
    return tuple(sorted(path.stem for path in Path(timex.__file__).parent.glob("*.py")
                        if any(isinstance(node, ast.ImportFrom) and node.module in stems
                               for node in ast.walk(ast.parse(path.read_text())))))


@pytest.mark.parametrize("module", sorted({"anchoring", *_TENSE_MODULES, *_importers_of_the_tense_modules()}))
def test_anchoring_calls_only_public_names_of_the_tense_modules(module):
    # a name read across modules is public (and documented); a tense or verbs module imports no private name
    if module in _TENSE_MODULES:
        assert _private_imports(module) == []
    else:
        stems = {f"timeline.timex.{name}" for name in _TENSE_MODULES}
        assert [(source, name) for source, name in _private_imports(module) if source in stems] == []


def _quarters(part: str, dct: dt.date, tense: str | None) -> tuple[list, Context]:
    readings = [part_interval(year, part) for year in range(dct.year - 2, dct.year + 2)]
    return readings, Context(dct=dct, tense_of=lambda: tense, ref=None, settings=TimexSettings())


@pytest.mark.parametrize(("part", "dct", "tense", "value"), [
    ("Q1", dt.date(2019, 1, 2), "past", "2018-Q1"),  # a quarter two days old has no figures to tell
    ("Q1", dt.date(2019, 1, 20), "past", "2019-Q1"),  # begun 19 days ago: it is the one
    ("Q3", dt.date(2018, 11, 15), "future", "2018-Q3"),  # "will report third-quarter results"
    ("Q3", dt.date(2018, 11, 15), None, "2018-Q3"),
    ("Q1", dt.date(2018, 11, 15), "future", "2019-Q1"),  # none ended lately: the next one
])
def test_pick_quarter(part, dct, tense, value):
    readings, ctx = _quarters(part, dct, tense)
    picked = pick_quarter(readings, ctx)
    assert (picked.value if picked is not None else None) == value
    assert pick_quarter([], ctx) is None


_ASPECT_SENTENCES = [
    ("The queen would follow him to the guillotine on 16 October.", "16 October"),
    ("The last time they had met, in 1614, each estate held one vote.", "1614"),
    ("Six weeks on, police have made no arrests.", "Six weeks on"),
    ("Markets would fall, were the deal to collapse on Friday.", "Friday"),
    ("The army was to cross the river in May.", "May"),
    ("They met in 1614.", "1614"),
]


@pytest.mark.parametrize(("text", "expression"), _ASPECT_SENTENCES)
def test_one_clause_reading_answers_as_each_aspect_test(text, expression):
    start = text.index(expression)
    end = start + len(expression)
    own = tense_aspect.OwnClause(text, start, end, 8)
    assert own.future_in_past() == tense_aspect.future_in_past(text, start, end, 8)
    assert own.past_perfect() == tense_aspect.past_perfect(text, start, end, 8)
    assert own.present_perfect() == tense_aspect.present_perfect(text, start, end, 8)


@pytest.mark.parametrize(("text", "expression"), _ASPECT_SENTENCES)
def test_a_clause_is_read_once_for_every_aspect_test(text, expression, monkeypatch):
    reads = []
    read = tense_sides.clause_sides
    monkeypatch.setattr(tense_aspect, "clause_sides", lambda *args: reads.append(args) or read(*args))
    start = text.index(expression)
    own = tense_aspect.OwnClause(text, start, start + len(expression), 8)
    own.future_in_past(), own.past_perfect(), own.present_perfect()
    assert len(reads) == 1
    reads.clear()
    tense_aspect.future_in_past(text, start, start + len(expression), 8)
    assert len(reads) == 1  # the inverted conditional and the cue read the same sides


@pytest.mark.parametrize("module", _TENSE_MODULES)
def test_each_tense_module_stays_short(module):
    # one idea per module: a module past 300 lines holds two, and is split by meaning
    assert len((Path(timex.__file__).parent / f"{module}.py").read_text().splitlines()) < 300


_LINE_PIECES = st.lists(st.sampled_from(["Rebels take town on Monday", " ", "\n", ".", "!", "?", '"', "'", "\u201d", ")",
                                         "  ", "\t", "They met."]), max_size=12).map("".join)


@given(_LINE_PIECES, st.integers(min_value=0, max_value=400))
def test_running_text_is_a_line_ending_in_a_stop_past_its_spaces_and_closing_marks(text: str, end: int) -> None:
    # the reader walks back from the line's end instead of copying the line (a copy per expression was quadratic
    # in a text without line breaks); it must still mean what its docstring says
    end = min(end, len(text))
    stop = text.find("\n", end)
    line = text[end:len(text) if stop < 0 else stop]
    expected = line.rstrip().rstrip(tense._CLOSING_MARKS).endswith(tense._STOPS)
    assert tense._in_running_text(text, end) == expected


def test_a_line_longer_than_a_headline_is_running_text() -> None:
    text = "Rebels take town on Monday " + "and more " * 300
    assert tense._in_running_text(text, 26) and not tense._in_running_text(text[:300], 26)
