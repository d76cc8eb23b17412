"""Settings of the timex stage.

>>> TimexSettings().max_chunk_chars
100000
>>> TimexSettings().model_copy(update={"default_tense": "past"}).default_tense
'past'
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from timeline.models import Frozen


class TimexSettings(Frozen):
    """How temporal expressions are found and anchored.

    Attributes
    ----------
    max_chunk_chars : int
        Texts longer than this are recognised chunk by chunk (cut at a line or
        sentence end), which bounds the memory and time per regex pass.
    max_text_chars : int
        Text beyond this many characters is not read at all.
    default_tense : {"nearest", "past", "future"}
        How an underspecified date ("Sunday", "November 15") is placed when its
        clause shows no tense: the occurrence nearest the DCT, or the one before
        (after) it.
    past_preference : float
        Under the ``nearest`` policy, how many times nearer than the past reading a
        future reading must be to win (news mostly reports the past).
    tense_window : int
        How many words either side of an expression the tense detector reads.
    reference_anchoring : bool
        Anchor "a week later", "the previous day" to the last date the text
        mentioned (TimeML's reference time) rather than to the DCT.
    anchoring : {"news", "narrative"}
        ``news`` anchors to the DCT and lets the clause's tense choose the
        direction ("said on Sunday": the Sunday before). ``narrative`` (history,
        biographies, war accounts) anchors each expression to the last day- or
        month-precise date the text fixed before it, starting from the DCT if one
        is given; the tense then tells of the telling, not of the order, so a
        yearless date takes the reading nearest that anchor ("In November 1944
        ... In March" is March 1945).
    use_triggers : bool
        Try each rule only near its trigger words (fast). False runs every rule
        over the whole text: slow, the reference the fast path is tested against.
    """

    max_chunk_chars: int = Field(default=100_000, ge=1_000, le=10_000_000)
    max_text_chars: int = Field(default=20_000_000, ge=1)
    default_tense: Literal["nearest", "past", "future"] = "nearest"
    past_preference: float = Field(default=1.0, ge=1.0, le=100.0)
    tense_window: int = Field(default=8, ge=1, le=40)
    reference_anchoring: bool = True
    anchoring: Literal["news", "narrative"] = "news"
    use_triggers: bool = True
