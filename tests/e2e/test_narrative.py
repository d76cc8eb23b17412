"""Narrative anchoring through the whole pipeline: a history's dates follow the story, not the DCT."""

from __future__ import annotations

import datetime as dt

from timeline.models import Document
from timeline.pipeline import build
from timeline.settings import Settings
from timeline.timex import TimexSettings

TEXT = ("Churchill and Roosevelt met in Quebec on 12 September 1944. "
        "In February the three leaders met at Yalta.")
DOWNLOADED = dt.date(2009, 12, 1)  # a web page's date says when it was read, not when its story happened


def _yalta(settings: Settings) -> tuple[dt.date | None, dt.date | None]:
    timeline = build([Document(id="ww2", text=TEXT, source="ww2.txt")], dct=DOWNLOADED, settings=settings)
    event = next(e for e in timeline.events if "Yalta" in e.label)
    return event.earliest, event.latest


def test_narrative_settings_date_the_story() -> None:
    narrative = Settings().model_copy(update={"timex": TimexSettings(anchoring="narrative")})
    assert _yalta(narrative) == (dt.date(1945, 2, 1), dt.date(1945, 2, 28))


def test_news_settings_read_the_same_month_against_the_dct() -> None:
    earliest, _ = _yalta(Settings())
    assert earliest is not None and earliest.year == 2009
