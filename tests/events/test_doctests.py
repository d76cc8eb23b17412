"""Run the doctests of every module of timeline.events."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import timeline.events

MODULES = sorted(m.name for m in pkgutil.iter_modules(timeline.events.__path__, "timeline.events."))


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
