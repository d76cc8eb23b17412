"""The benchmark helpers that are not the scorer: baseline offsets and narrative anchoring."""

from __future__ import annotations

import datetime as dt
import doctest
import importlib.util
import sys
from pathlib import Path

import pytest

from timeline.timeml import read_wikiwars_string
from timeline.timeml.scoring import Annotation

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _load(name):
    # The scripts import ``common`` from their own folder, as they do when run.
    sys.path.insert(0, str(BENCHMARKS))
    try:
        module_name = "common" if name == "common" else f"benchmarks_{name}"
        spec = importlib.util.spec_from_file_location(module_name, BENCHMARKS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module  # dataclasses look their module up here
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


common = _load("common")
wikiwars = _load("wikiwars")
consistency = _load("consistency")


def test_dateparser_baseline_offsets_index_the_text():
    text = "It met on 15 November 2018 and again on 15 November 2018."
    found = common.dateparser_extractor()(text, dt.date(2018, 11, 19))
    assert len(found) == 2 and found[0].start < found[1].start
    for a in found:
        assert text[a.start : a.end] == a.text and a.type == "DATE" and a.value == "2018-11-15"


def test_crashing_system_is_recorded_and_counts_as_nothing():
    def broken(text, dct):
        raise RuntimeError("boom")

    run = common.Run("broken")
    assert common.timed(broken, "text", None, run, "doc1") == []
    assert run.failures == ["doc1: RuntimeError: boom"] and run.characters == 4


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["1967-07-06"], dt.date(1967, 7, 6)),
        (["1967-07-06", "1968"], dt.date(1967, 7, 6)),  # a year alone is no anchor
        (["1915-03", "P3D"], dt.date(1915, 3, 1)),
        (["1918-02-30"], None),  # impossible dates are skipped
        (["BC0490-08", "XXXX-11-15", "PRESENT_REF"], None),
    ],
)
def test_anchor_is_the_last_day_or_month_precise_date(values, expected):
    found = [Annotation(start=i, end=i + 1, value=v) for i, v in enumerate(values)]
    assert wikiwars.anchor_from(found, None) == expected


def test_document_unit_is_the_whole_text():
    assert wikiwars.units("One. Two.\n\nThree.", "document") == [(0, 17)]


def test_conventions_count_minority_forms_per_wording_and_ignore_input_order():
    values = ["1998-W32", "1989-W43", "1989-WXX", "P1W", "2000-W7"]
    gold = [Annotation(start=i, end=i + 1, text=" Last  week.", value=v) for i, v in enumerate(values)]
    gold.append(Annotation(start=9, end=10, text="Monday", value="1998-08-03"))  # seen once: no convention
    found = consistency.conventions(gold)
    assert (found.valued, found.minority) == (6, 2)
    assert found.worst == [("last week", {"9999-W99": 3, "9999-WXX": 1, "P9W": 1})]
    assert found.is_majority(gold[0]) and not found.is_majority(gold[2]) and found.is_majority(gold[-1])
    assert consistency.conventions(reversed(gold)) == found


def test_conventions_of_a_tie_pick_the_first_form_in_sort_order():
    gold = [Annotation(start=i, end=i + 1, text="this week", value=v) for i, v in enumerate(["P1W", "1998-W32"])]
    assert consistency.conventions(gold).majority_form == {"this week": "9999-W99"}


def test_paragraph_units_are_the_non_blank_lines():
    text = "Heading\n\nFirst line. Still first.\nSecond"
    assert [text[s:e] for s, e in wikiwars.units(text, "paragraph")] == ["Heading", "First line. Still first.", "Second"]
    assert [text[s:e] for s, e in wikiwars.units(text, "sentence")][-2:] == ["Still first.", "Second"]


def test_narration_passes_the_running_anchor_and_shifts_offsets():
    doc = read_wikiwars_string(
        '<DOC><TEXT>It began on <TIMEX2 val="1967-07-06">6 July 1967</TIMEX2>. '
        'Nsukka fell on <TIMEX2 val="1967-07-14">14 July</TIMEX2>.</TEXT></DOC>'
    )
    seen = []

    def fake(text, dct):
        # a system that only knows the two literal strings, and records its anchor
        seen.append(dct)
        found = []
        for literal, value in (("6 July 1967", "1967-07-06"), ("14 July", f"{dct.year if dct else 'XXXX'}-07-14")):
            at = text.find(literal)
            if at >= 0:
                found.append(Annotation(start=at, end=at + len(literal), text=literal, type="DATE", value=value))
        return found

    found = wikiwars.narrate(fake, doc, common.Run("fake"), None)
    assert seen == [None, dt.date(1967, 7, 6)]  # never the download date
    assert [doc.text[a.start : a.end] for a in found] == ["6 July 1967", "14 July"]
    assert [a.value for a in found] == ["1967-07-06", "1967-07-14"]


def test_nesting_outer_timex2_and_former_are_dropped_from_gold():
    doc = read_wikiwars_string(
        '<DOC><TEXT><TIMEX2 val="P10M">the first ten months of <TIMEX2 val="1915">1915</TIMEX2></TIMEX2>'
        ' and <TIMEX2 val="XXXX-XX-XX" set="YES">daily</TIMEX2> <TIMEX2>this period</TIMEX2>'
        ' <TIMEX2 val="PAST_REF">former</TIMEX2> president</TEXT></DOC>'
    )
    assert [(g.text, g.value) for g in wikiwars.gold_of(doc)] == [("1915", "1915"), ("daily", "P1D"), ("this period", None)]


@pytest.mark.parametrize("module", [common, wikiwars], ids=lambda m: m.__name__)
def test_docstring_examples_of_the_scripts(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


wikinews = _load("wikinews_timex")
needs_trial = pytest.mark.skipif(not wikinews.DATA.exists(), reason="SemEval-2015 trial data not present")
HELDOUT_FILES = [p for p in (*wikinews.ANNOTATORS, wikinews.GOLD) if p.exists()]


@needs_trial
@pytest.mark.parametrize("path", HELDOUT_FILES, ids=[p.name for p in HELDOUT_FILES])
def test_heldout_annotations_fit_their_articles(path):
    corpus = wikinews.load_corpus()
    spans = wikinews.read_annotations(path, corpus)
    assert sum(map(len, spans.values())) > 200
    for doc_id, found in spans.items():
        text = corpus.articles[doc_id].doc.text
        ordered = sorted(found, key=lambda a: a.start)
        assert all(a.end <= b.start for a, b in zip(ordered, ordered[1:])), f"{path.name}: overlap in {doc_id}"
        assert all(text[a.start:a.end] == a.text and a.type in {"DATE", "TIME", "DURATION", "SET"} for a in found)


@needs_trial
def test_heldout_row_naming_a_missing_token_is_refused(tmp_path):
    corpus = wikinews.load_corpus()
    doc_id = sorted(corpus.articles)[0]
    bad = tmp_path / "bad.tsv"
    bad.write_text("doc_id\tfirst_t_id\tlast_t_id\ttext\ttype\tvalue\tnote\n"
                   f"{doc_id}\t99999\t99999\tMay\tDATE\t2005-05\t\n", encoding="utf-8")
    with pytest.raises(wikinews.GoldError, match="bad.tsv:2"):
        wikinews.read_annotations(bad, corpus)


@needs_trial
def test_heldout_row_whose_text_is_not_its_tokens_is_refused(tmp_path):
    corpus = wikinews.load_corpus()
    doc_id = sorted(corpus.articles)[0]
    first = next(iter(corpus.offsets[doc_id]))
    bad = tmp_path / "bad.tsv"
    bad.write_text("doc_id\tfirst_t_id\tlast_t_id\ttext\ttype\tvalue\tnote\n"
                   f"{doc_id}\t{first}\t{first}\tnot the token\tDATE\t2005-05\t\n", encoding="utf-8")
    with pytest.raises(wikinews.GoldError, match="tokens read"):
        wikinews.read_annotations(bad, corpus)
