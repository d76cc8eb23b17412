"""The anchor's one sentence splitter (timeline.anchor.mentions.sentence_around) and the quotes built on it."""

from __future__ import annotations

from hypothesis import given, strategies as st

from timeline.anchor.mentions import quote, sentence_around

WORDS = st.lists(st.sampled_from(["talks", "will", "resume", "after", "the", "vote", "November", "18"]), min_size=1,
                 max_size=6).map(" ".join)
SENTENCES = st.lists(st.tuples(WORDS, st.sampled_from([".", "!", "?"]), st.sampled_from([" ", "\n"])),
                     min_size=1, max_size=5)


@given(SENTENCES, st.data())
def test_each_sentence_is_found_whole_from_any_word_of_it(sentences, data) -> None:
    parts = [f"{words}{mark}" for words, mark, _ in sentences]
    text = "".join(part + gap for part, (_, _, gap) in zip(parts, sentences))
    k = data.draw(st.integers(0, len(parts) - 1))
    begin = sum(len(p) + 1 for p in parts[:k])
    word_at = begin + data.draw(st.integers(0, len(sentences[k][0]) - 1))
    found = sentence_around(text, word_at, word_at, room=len(text), quoted=True)
    assert text[found.start:found.end] == parts[k]
    assert not found.cut_left and not found.cut_right


def test_a_quote_marks_where_the_room_cut_the_sentence() -> None:
    text = "x " * 60 + "the talks resumed on Nov. 18 after " + "y " * 60 + "."
    at = text.index("Nov.")
    assert quote(text, at, at + 7, room=20).startswith("“…") and quote(text, at, at + 7, room=20).endswith("…”")
    assert sentence_around(text, at, at + 7, room=20).cut_left


def test_quoted_lets_a_sentence_end_inside_its_closing_quotes() -> None:
    text = 'He said it was over." Talks will resume.'
    at = text.index("Talks")
    assert text[sentence_around(text, at, at, quoted=True).start:at] == ""
    assert text[sentence_around(text, at, at).start:at] == 'He said it was over." '


@given(st.text(alphabet="ab .!?\n”'", max_size=120), st.data())
def test_the_left_edge_is_the_last_stop_of_the_room(text: str, data) -> None:
    """The splitter's start is after the last stop within ``room``: for each kind of stop it reads."""
    import re

    at = data.draw(st.integers(0, len(text)))
    for quoted, lines, stop in ((False, False, r"[.!?]\s"), (False, True, r"[.!?]\s|\n"),
                                (True, True, r"[.!?]['\"”’`]*\s|\n")):
        room = text[max(0, at - 40):at]
        expected = at - len(re.split(stop, room)[-1])
        assert sentence_around(text, at, at, 40, quoted=quoted, lines=lines).start == expected
