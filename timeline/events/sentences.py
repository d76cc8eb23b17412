"""Sentences for the event rules: :func:`timeline.text.split_sentences`, with "U.S." mended.

The shared splitter ends a sentence at "U.S." before a capitalised word; inside
one paragraph that is almost always a name ("blaming U.S. President Donald
Trump"), so the two parts are joined again here.

>>> [s.text for s in sentences("Moscow is not blaming U.S. President Trump. He left.")]
['Moscow is not blaming U.S. President Trump.', 'He left.']
"""

from __future__ import annotations

from timeline.text import Sentence, split_sentences

_ABBREVIATIONS = ("U.S.", "U.K.", "U.N.", "E.U.")


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` with offsets into it.

    >>> [s.start for s in sentences("It ended. It began.")]
    [0, 10]
    """
    out: list[Sentence] = []
    for s in split_sentences(text):
        if out and out[-1].text.endswith(_ABBREVIATIONS) and "\n" not in text[out[-1].end:s.start]:
            prev = out.pop()
            s = Sentence(text=text[prev.start:s.end], start=prev.start, end=s.end)
        out.append(s)
    return out
