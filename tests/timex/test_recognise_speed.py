"""The fast paths of the recogniser find exactly what the plain patterns find.

Each speed-up in :mod:`timeline.timex.recognise` stands in for a slower,
obvious computation: the byte scan for trigger words stands for a regex over
the lower-cased text, the one-pass shape scan for one ``finditer`` per shape,
each rule's locator for the rule's own ``search``, the rewriting without
IGNORECASE for the pattern as written. These tests hold each one against the
computation it replaces, on ASCII and on non-ASCII text (with the four
characters that IGNORECASE folds onto ASCII letters), and ``recognise`` as a
whole against the ``use_triggers=False`` reference.
"""

from __future__ import annotations

import importlib
import random
import re
import sys

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from timeline.timex import TimexSettings, recognise
from timeline.timex.lexicon import LEXICON, SHAPES, normal_key, word_pattern
from timeline.timex.patterns import ANY_CHARACTER, always_holds, case_sensitive, first_characters, max_width, narrow
from timeline.timex.triggers import TRIGGERS

R = importlib.import_module("timeline.timex.recognise")  # the module, not the function of the same name
M = importlib.import_module("timeline.timex.modifiers")
scan = importlib.import_module("timeline.timex.scan")

FRAGMENTS = [
    "on Sunday", "last month", "Nov. 30-Dec. 1", "between 30 November and 1 December", "2010-2012", "two days ago",
    "the 1990s", "mid-2019", "early November", "15:00 GMT Saturday", "May", "a second", "$200", "555-1234",
    "the past two years", "every Monday", "quarterly", "February 30, 2018", "31/31/2018", "2018-11-15", "'97",
    "\u201997", "in the third quarter", "about three weeks", "more than 20 years", "the following week",
    "within 18 months", "SPRING 2017", "fiscal 2019", "yesterday", "1999.50", "12/1/2018", "9:30 a.m.", "now",
    "the end of the year", "a week later", "in a fortnight", "Thursday\u2019s vote", "15\u00a0November 2018",
    "over the weekend", "a year earlier", "Christmas Eve", "the 20th century", "twice a week",
]
# Characters IGNORECASE matches to ASCII letters (Kelvin sign, long s, dotted and dotless i), non-ASCII digits,
# quotes and spaces: each changes which path a text takes or what a class must hold.
ODD = ["\u212a", "\u017f", "\u0130", "\u0131", "\u0663", "\u2019", "\u00a0", "\u201c", "\u00e9", "\u2013"]


def _variants(text: str, rng: random.Random) -> list[str]:
    odd = "".join(c if rng.random() > 0.3 else rng.choice(ODD) for c in text)
    folded = text.replace("k", "\u212a").replace("s", "\u017f").replace("i", "\u0131").replace("I", "\u0130")
    return [text, text.upper(), text.lower(), odd, folded]


def _sample() -> list[str]:
    rng = random.Random(20181115)
    texts = []
    for _ in range(120):
        text = " ".join(rng.choice(FRAGMENTS) + rng.choice(["", ",", ".", " and", " to", "\n"])
                        for _ in range(rng.randint(1, 6)))
        texts += _variants(text, rng)
    return texts


SAMPLE = _sample()
# ASCII texts, and texts whose other characters are no word or space (typographic quotes, dashes): the fast path's
NARROW_SAMPLE = [t for t in SAMPLE if narrow(t)]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("rule", scan.RULES, ids=[r.name for r in scan.RULES])
def test_each_rule_written_without_ignorecase_matches_where_the_rule_does(rule) -> None:  # type: ignore[no-untyped-def]
    rewritten = case_sensitive(rule.pattern)
    assert rewritten is not None, "every rule should be readable; a fallback would only cost speed"
    plain, ascii_only = re.compile(rewritten), re.compile(case_sensitive(rule.pattern, ascii_only=True) or "")
    assert "(?i" not in rewritten
    for text in SAMPLE:
        assert _spans(plain, text) == _spans(rule.pattern, text), text
    for text in NARROW_SAMPLE:
        assert _spans(ascii_only, text) == _spans(rule.pattern, text), text


@pytest.mark.parametrize("rule", scan.RULES, ids=[r.name for r in scan.RULES])
def test_every_match_of_a_rule_starts_with_one_of_its_first_characters(rule) -> None:  # type: ignore[no-untyped-def]
    first = re.compile(first_characters([rule.pattern]))
    first_ascii = re.compile(first_characters([rule.pattern], ascii_only=True))
    assert first.pattern != ANY_CHARACTER
    for text in SAMPLE:
        for start, _ in _spans(rule.pattern, text):
            assert first.match(text, start), (text, start)
            assert not narrow(text) or first_ascii.match(text, start), (text, start)


@pytest.mark.parametrize("index", range(len(scan.RULES)), ids=[r.name for r in scan.RULES])
def test_each_locator_finds_the_starts_of_its_rule_within_a_window(index: int) -> None:
    rule = scan.RULES[index]
    for text in SAMPLE:
        locator = scan._ASCII_LOCATORS[index] if narrow(text) else scan._LOCATORS[index]
        for start, end in ((0, len(text)), (3, max(3, len(text) - 5)), (len(text) // 2, len(text))):
            expected = [m.span() for m in rule.pattern.finditer(text, start, end)]
            found, match = [], locator.search(text, start, end)
            while match is not None:
                match = rule.pattern.match(text, match.start(), end)
                found.append(match.span())
                match = locator.search(text, match.end(), end)
            assert found == expected, (text, start, end)


_PIECES = st.sampled_from([
    "a", "B", "k", "s", "i", "-", "1", r"\d", r"\w", r"\s", r"\W", "[a-c]", "[^x]", "[0-9k]", "(?i:k)", "(?i:[a-z])",
    "(?i:s|x)", "(?:ab)?", "(?:a|b)??", "a?+", "(?>ab|a)", "(?<=a)", "(?<!k)", "(?=s)", "(?!\\d)", "x{1,3}",
    "(?:ab){2,}", "^", "$", r"\b", ".", "(?P<g>ik)", "(?i:\u00e9)", "\u2019",
])
_ALPHABET = st.sampled_from(list("abksiKSIx1 -9") + ODD)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=5).map("".join), st.text(_ALPHABET, max_size=14))
def test_rewriting_without_ignorecase_keeps_every_match(source: str, text: str) -> None:
    try:
        pattern = re.compile(source)
    except re.error:  # a group named twice, a repeat of a repeat
        assume(False)
        return
    rewritten = case_sensitive(pattern)
    if rewritten is not None:
        assert _spans(re.compile(rewritten), text) == _spans(pattern, text)
    ascii_rewritten = case_sensitive(pattern, ascii_only=True)
    if ascii_rewritten is not None and narrow(text):
        assert _spans(re.compile(ascii_rewritten), text) == _spans(pattern, text)
    first = first_characters([pattern])
    for start, end in _spans(pattern, text):
        assert start == end or re.match(first, text[start]), (first, text, start)


def test_ignorecase_folds_only_the_documented_characters_onto_ascii_letters() -> None:
    # The rewriting spells (?i:k) as [kK\u212a]: it relies on re folding nothing else onto an ASCII letter.
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    folded = set(re.findall("(?i:[a-z])", everything))
    assert folded == set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u0130\u0131\u017f\u212a")


_HOLDING = st.sampled_from(["-", "(?:-|a-)", "-?", "(?:a-)+", "(?:a-)*", "(?i:-)", "(?=-)", "(?!-)", "[-y]", "a|-",
                             "(?:-|b)", "(?>-)", "(?P<h>b-)", "(?:-){2}", "(?:-){0,2}"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_PIECES, _HOLDING), min_size=1, max_size=5).map("".join), st.text(_ALPHABET, max_size=14))
def test_a_character_a_pattern_always_holds_is_in_every_match(source: str, text: str) -> None:
    try:
        pattern = re.compile(source)
    except re.error:
        assume(False)
        return
    if always_holds(pattern, "-"):
        assert all("-" in m.group() for m in pattern.finditer(text)), (source, text)
    assert not always_holds(pattern, "x")  # a cased character: IGNORECASE could read either case


def test_lower_casing_lengthens_one_character_only() -> None:
    # scan._windows reads the case of a hit at its position in the text unless the text holds this one
    everything = (chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert [c for c in everything if len(c.lower()) != 1] == ["\u0130"]


def test_two_characters_outside_ascii_lower_case_to_an_ascii_letter() -> None:
    # scan._trigger_hits lower-cases the bytes of any text without them: the same letters as the text lower-cased
    everything = (chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert [c for c in everything if re.search("[a-z]", c.lower())] == ["\u0130", "\u212a"]
    assert scan._LOWER_TO_ASCII_LETTER.pattern == "[\u0130\u212a]"


def _reference_hits(chunk: str) -> list[tuple[int, int, str]]:
    """The trigger and shape hits as first written: a regex over the lower-cased text, a finditer per shape."""
    words = sorted({w for t in TRIGGERS.values() for w in t.scanned if not w.startswith("@")})
    hits = [(m.start(), m.end(), m.group()) for m in re.finditer(word_pattern(words), chunk.lower())]
    for name, pattern in SHAPES.items():
        if name != "@digit":
            hits += [(m.start(), m.end(), name) for m in pattern.finditer(chunk)]
    return sorted(hits)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=10).map(" ".join))
def test_one_scan_finds_the_trigger_words_and_shapes_the_plain_scans_find(text: str) -> None:
    assert scan._hits(text) == _reference_hits(text)


def test_trigger_words_with_other_characters_are_scanned_on_the_text() -> None:
    # Every trigger word today is a run of letters (the byte scan); a word like "o'clock" would take the text scan.
    words = ["clock", "day", "o'clock", "mid-week"]
    text = "By O'CLOCK on mid-week day, the clock said: today"
    found = scan._trigger_hits(text, re.compile(word_pattern(words)))
    assert [w for _, _, w in found] == ["o'clock", "mid-week", "day", "clock"]
    letters = re.compile(rb" (" + scan.trie_pattern(["clock", "day"]).encode() + rb")(?![a-z])")
    assert scan._trigger_hits(text, letters) == scan._trigger_hits(text, re.compile(word_pattern(["clock", "day"])))
    assert [w for _, _, w in scan._trigger_hits(text, letters)] == ["clock", "day", "clock"]


def test_trigger_scan_keeps_positions_when_lower_casing_lengthens_the_text() -> None:
    text = "\u0130stanbul said on Sunday, 12 May 2018 - 15:00"  # 'İ'.lower() is two characters
    assert scan._hits(text) == _reference_hits(text)
    assert scan._hits(text)


@pytest.mark.parametrize("pattern", [M._EDGE, M._APPROX], ids=["edge", "approx"])
def test_edge_and_approximation_words_are_found_as_a_plain_search_finds_them(pattern: re.Pattern[str]) -> None:
    befores = ["early ", "the end of ", "mid-", "by the middle of  ", "about ", "more than ", "x just under ", "",
               "over ", "Nearly ", "\u201cabout ", "roughly\u00a0", "\u0130n early ", "late-", "of "]
    for text in befores + [t[-24:] for t in SAMPLE]:
        at = scan.locator(pattern, ascii_only=text.isascii())
        found, expected = scan.search(pattern, at, text), pattern.search(text)
        assert (found and (found.span(), found["w"])) == (expected and (expected.span(), expected["w"])), text


@pytest.mark.parametrize("text", SAMPLE[::5])
def test_recognise_finds_with_triggers_what_every_rule_over_the_whole_text_finds(text: str) -> None:
    slow = TimexSettings(use_triggers=False)
    assert [(m.start, m.end, m.rule, m.value) for m in recognise(text)] == [
        (m.start, m.end, m.rule, m.value) for m in recognise(text, slow)]


_ASCII_TEXTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(st.characters(max_codepoint=127), max_size=10)),
                        max_size=10).map(" ".join).filter(str.isascii)


@settings(max_examples=100, deadline=None)
@given(_ASCII_TEXTS)
def test_ascii_text_takes_the_ascii_locators_and_finds_what_every_rule_finds(text: str) -> None:
    slow = TimexSettings(use_triggers=False)
    assert [(m.start, m.end, m.rule, m.value) for m in recognise(text)] == [
        (m.start, m.end, m.rule, m.value) for m in recognise(text, slow)]


_TYPOGRAPHIC = ["\u2019", "\u2018", "\u201c", "\u201d", "\u2013", "\u2014", "\u2026", "\u00a3", "\u20ac", "\u00b7"]
_NARROW_TEXTS = st.lists(st.one_of(st.sampled_from([f for f in FRAGMENTS if narrow(f)]), st.sampled_from(_TYPOGRAPHIC),
                                   st.text(st.characters(max_codepoint=127), max_size=6)), max_size=10).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(_NARROW_TEXTS)
def test_text_with_typographic_marks_takes_the_fast_locators_and_finds_what_every_rule_finds(text: str) -> None:
    assert narrow(text)
    slow = TimexSettings(use_triggers=False)
    assert [(m.start, m.end, m.rule, m.value) for m in recognise(text)] == [
        (m.start, m.end, m.rule, m.value) for m in recognise(text, slow)]


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("aZ9_ -.") + ODD + _TYPOGRAPHIC + ["\u00e9", "\u2003", "\u0663"]), max_size=8))
def test_a_narrow_text_holds_no_word_or_space_character_outside_ascii(text: str) -> None:
    assert narrow(text) == all(c.isascii() or not re.match(r"[\w\s]", c) for c in text)


@pytest.mark.parametrize("text", ["la\u017ft month", "ye\u017fterday", "\u0130n early 2018", "\u212aabul, la\u017ft week"])
def test_letters_ignorecase_folds_onto_ascii_are_read_and_kept(text: str) -> None:
    # recognition reads them as their ASCII letters; the mention keeps the text as written
    for settings in (TimexSettings(), TimexSettings(use_triggers=False)):
        found = recognise(text, settings)
        assert found and all(m.text == text[m.start:m.end] for m in found)


def test_mentions_are_built_as_model_construct_builds_them() -> None:
    # R._mention stands for Mention.model_construct with every field given; a new field in Mention must fail here
    from timeline.timex.values import Mention

    assert tuple(Mention.model_fields) == R._MENTION_FIELDS
    value = recognise("on Sunday")[0].value
    for group in (None, 3):
        fast = R._mention(3, 9, "Sunday", value, "weekday", group)
        plain = Mention.model_construct(start=3, end=9, text="Sunday", value=value, rule="weekday", group=group)
        assert fast == plain and type(fast) is Mention
        assert fast.__dict__ == plain.__dict__ and fast.model_fields_set == plain.model_fields_set
        assert (fast.__pydantic_extra__, fast.__pydantic_private__) == (plain.__pydantic_extra__,
                                                                        plain.__pydantic_private__)
        assert fast.model_dump() == plain.model_dump() and fast.model_copy(update={"end": 8}).end == 8


_MODIFIER_WORDS = ["early", "earlier", "late", "later", "mid", "middle", "the end of", "end of", "the start of",
                   "the beginning of", "the middle of", "about", "around", "approximately", "roughly", "nearly",
                   "almost", "some", "more than", "less than", "fewer than", "over", "under", "at least", "up to",
                   "at most", "no more than", "just over", "just under"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_MODIFIER_WORDS).map(lambda w: w.upper() if len(w) % 2 else w),
                          st.text(st.sampled_from(list(" \t\n-\u00a0\u2009(\"'ax")), max_size=3)), max_size=4)
       .map("".join))
def test_the_cheap_modifier_test_passes_every_text_a_modifier_search_finds_something_in(before: str) -> None:
    # M.may_end_in_modifier stands before the two searches: it may say True for nothing, never False for a hit
    if M._EDGE.search(before) or M._APPROX.search(before):
        assert M.may_end_in_modifier(before), before


def test_the_cheap_modifier_test_passes_every_modifier_ending() -> None:
    for word in _MODIFIER_WORDS:
        for tail in (" ", "  ", "-", " -", "\n", " \n", "-\n", "\u00a0"):
            for before in (word + tail, "x " + word.upper() + tail, "(" + word.title() + tail):
                if M._EDGE.search(before) or M._APPROX.search(before):
                    assert M.may_end_in_modifier(before), before


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=5).map("".join), st.text(_ALPHABET, max_size=14))
def test_no_match_is_wider_than_max_width(source: str, text: str) -> None:
    try:
        pattern = re.compile(source)
    except re.error:
        assume(False)
        return
    width = max_width(pattern)
    for start, end in _spans(pattern, text):
        assert width is None or end - start <= width, (source, text)


_GAP_WORDS = st.sampled_from([" ", "  ", ",", "\n", "\t", "-", "\u2013", "on", "at", "to", "and", "through", "thru",
                              "until", "till", "Paris", "local", "time", "x"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_GAP_WORDS, max_size=7).map("".join))
def test_a_gap_longer_than_its_reach_is_never_a_clock_or_range_gap(gap: str) -> None:
    # R._CLOCK_GAP_REACH and R._RANGE_GAP_REACH stand before the gap's slice and match: they may only skip non-gaps
    if R._CLOCK_GAP.match(gap):
        assert len(gap) <= R._CLOCK_GAP_REACH, gap
    if R._RANGE_GAP.match(gap):
        assert len(gap) <= R._RANGE_GAP_REACH, gap
    assert R._RANGE_GAP.match(" to\n") and len(" to\n") <= R._RANGE_GAP_REACH  # '$' before a final newline


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("ab sK.") + ODD), max_size=20))
def test_case_folding_skips_only_texts_it_would_leave_unchanged(text: str) -> None:
    assert R.fold_case(text) == text.translate(R._CASE_FOLDS)


def _reference_windows(hits: list[tuple[int, int, str]], size: int) -> list[list[list[int]]]:
    """Each rule's windows on its own: its trigger hits widened by its reach, clipped, overlapping ones merged;
    for a rule with a pair, only the hits with another of its hits at most ``pair`` characters before them; for a
    pair of words, only the second with a first of its own, or itself again, at most the trigger's reach before it
    (a second word marks its place too: windows the more, never fewer), each window of a rule with word pairs
    reaching that much further back."""
    windows = []
    for rule in scan.RULES:
        trigger, spans = TRIGGERS[rule.name], []  # type: ignore[var-annotated]
        own = [start for start, _, word in hits if word in trigger.words]
        # a word read only after another (Trigger.after_word) is, with no text to read that in, a word of its own
        singles = trigger.words | {second for _, second in trigger.after_word}
        for start, end, word in hits:
            marks = {first for first, second in trigger.pairs if second == word} | {word}
            paired = len(marks) > 1 and any(0 < start - s <= trigger.reach for s, _, w in hits if w in marks)
            if not paired and (word not in singles
                               or rule.pair and not any(0 < start - s <= rule.pair for s in own)):
                continue
            before = trigger.before + rule.pair + trigger.reach  # a pair's window holds every first word that close
            span = [max(0, start - before), min(size, end + trigger.after + scan._LOOKAHEAD)]
            if spans and span[0] <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], span[1])
            else:
                spans.append(span)
        windows.append(spans)
    return windows


@pytest.mark.parametrize("text", SAMPLE[::4])
def test_rules_with_the_same_triggers_and_reach_share_the_windows_each_would_find(text: str) -> None:
    # scan._windows finds the windows of such rules once (scan._SHARED): the same as each rule's own
    hits = scan._hits(text)
    assert scan._windows(hits, len(text)) == _reference_windows(hits, len(text))
    assert scan._SHARED


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted({(k, w) for k in ("month", "weekday", "unit", "holiday", "number", "season")
                               for w in LEXICON.table(k)})),
       st.sampled_from(["", ".", " ", "s"]), st.booleans(), st.booleans())
def test_lexicon_lookup_of_a_lower_cased_key_is_the_normalised_lookup(kind_word, tail: str, upper: bool,
                                                                      curly: bool) -> None:
    # Lexicon.lookup tries the lower-cased word first: the same value as the full normalising gives
    kind, word = kind_word
    written = (word.upper() if upper else word.title()).replace("'", "\u2019" if curly else "'") + tail
    assert LEXICON.lookup(kind, written) == LEXICON.table(kind).get(normal_key(written))
    assert LEXICON._plain
