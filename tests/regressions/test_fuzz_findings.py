"""Inputs found by benchmarks/fuzz_pipeline.py, minimised, kept so they never come back.

Each case is (id, text, dct, how): ``how`` is "document" (a Document whose
published date is the DCT) or "file" (a .txt file, the DCT given as the
default ``dct=``). The law is the fuzz's: ``build`` returns, and the timeline
obeys :func:`timeline.testing.timeline_problems`. Cases whose fix lies in
another owner's module stay ``xfail(strict=True)`` naming the finding in
docs/fuzz-findings.md: when the fix lands they pass, strict xfail turns that
into a failure, and the mark must go.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.models import Document
from timeline.pipeline import build
from timeline.testing import timeline_problems

MIN, MAX = dt.date.min, dt.date.max


def _open(finding: str, owner: str, raises: type[BaseException] = OverflowError):
    return pytest.mark.xfail(strict=True, raises=raises,
                             reason=f"docs/fuzz-findings.md {finding}: open, fix in {owner}")


CASES = [
    pytest.param("F1-weekday-at-date-min", "met Tuesday", MIN, "file",
                 marks=_open("F1", "timeline/timex/anchoring.py _weekday_day")),
    pytest.param("F1-weekday-at-date-max", "Sunday", MAX, "document",
                 marks=_open("F1", "timeline/timex/anchoring.py _weekday_day")),
    pytest.param("F1-tomorrow-at-date-max", "Tomorrow", MAX, "document",
                 marks=_open("F1", "timeline/timex/anchoring.py (Deictic days)")),
    pytest.param("F1-yesterday-at-date-min", "Novak visited Oslo yesterday.", MIN, "document",
                 marks=_open("F1", "timeline/timex/anchoring.py (Deictic days)")),
    pytest.param("F2-reporting-window-at-date-min", "announced.", MIN, "document",
                 marks=_open("F2", "timeline/events/defaults.py dct_defaults")),
]


@pytest.mark.parametrize(("case", "text", "dct", "how"), CASES)
def test_fuzz_finding_is_lawful(tmp_path: Path, case: str, text: str, dct: dt.date, how: str) -> None:
    if how == "file":
        path = tmp_path / "fuzz.txt"
        path.write_text(text, encoding="utf-8")
        timeline = build([path], dct=dct)
        assert timeline.documents, case
        assert timeline_problems(timeline) == []
    else:
        doc = Document(id="fuzz", source="fuzz.txt", text=text, published=dct)
        assert timeline_problems(build([doc]), {"fuzz": text}) == []
