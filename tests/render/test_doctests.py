"""The >>> examples in the render, CLI, parallel and TimeML-writer docstrings run and hold."""

import doctest
import importlib

import pytest

MODULES = ["timeline.render", "timeline.render.dates", "timeline.render.markdown", "timeline.render.jsonout",
           "timeline.render.timelinejs", "timeline.render.timeml", "timeline.render.layout",
           "timeline.render.svg", "timeline.render.mdhtml", "timeline.render.html", "timeline.render.output",
           "timeline.timeml.writer", "timeline.parallel", "timeline.cli"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name, capsys):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0
