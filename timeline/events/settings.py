"""Settings of the event stage.

>>> EventSettings().ahead_of_max_days
14
>>> EventSettings().model_copy(update={"max_label_words": 10}).max_label_words
10
"""

from __future__ import annotations

from pydantic import Field

from timeline.models import Frozen


class EventSettings(Frozen):
    """Bounds and confidences of the event rules (documented in docs/events.md)."""

    reporting_window_days: int = Field(default=2, ge=0, le=30, description=(
        "A statement an article reports without a date was made on the DCT or up to this many "
        "days before it."))
    ahead_of_max_days: int = Field(default=14, ge=0, description=(
        "'X ahead of Y': X ends before Y starts, at most this many days before."))
    week_slack_days: int = Field(default=1, ge=0, description=(
        "'a week after' is 7 days give or take this many ('6 to 8 days')."))
    max_label_words: int = Field(default=16, ge=4, le=40)
    default_confidence: float = Field(default=0.3, ge=0.0, le=1.0, description=(
        "Confidence of the tense default (before the DCT in the past tense, after it in the future)."))
    timex_confidence: float = Field(default=0.9, ge=0.0, le=1.0)
    relation_confidence: float = Field(default=0.8, ge=0.0, le=1.0)
    instant_confidence: float = Field(default=0.6, ge=0.0, le=1.0, description=(
        "Confidence of 'an event without a span happens on one day' (rule event:instant)."))
    quoted_factor: float = Field(default=0.5, ge=0.0, le=1.0, description=(
        "Confidence multiplier for links of events told inside quotes."))
    headline_events: bool = Field(default=False, description=(
        "Read lines without final punctuation (headlines, captions) even when they carry no date."))
