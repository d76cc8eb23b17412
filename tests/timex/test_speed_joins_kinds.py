"""A value's ``kind`` tells its class as ``isinstance`` does: the joins test ``m.value.kind`` instead.

The passes of :mod:`timeline.timex.recognise` look at the class of every mention's value many times
over; on a pydantic model class, ``isinstance`` goes through ``ABCMeta`` (a miss costs several times a
string compare). Each value class declares its own ``kind`` and a subclass keeps its base's
("weekof" for :class:`~timeline.timex.around_day.HolidayWeekend`), so ``value.kind == "calendar"`` holds
exactly when ``isinstance(value, CalendarDate)`` does. These tests hold that for every value class the
package defines.
"""

from __future__ import annotations

import importlib
import pkgutil

import timeline.timex
from timeline.timex import values
from timeline.timex.values import Parsed

# The classes that declare a kind of their own: every other value class derives from one of them
KINDS = {cls: cls.model_fields["kind"].default for cls in Parsed.__subclasses__() if "kind" in cls.model_fields}


def _every_value_class() -> set[type]:
    for module in pkgutil.walk_packages(timeline.timex.__path__, "timeline.timex."):
        importlib.import_module(module.name)
    found, todo = set(), list(Parsed.__subclasses__())
    while todo:
        cls = todo.pop()
        if cls not in found:
            found.add(cls)
            todo.extend(cls.__subclasses__())
    return found


def test_each_base_has_a_kind_of_its_own() -> None:
    assert len(set(KINDS.values())) == len(KINDS)
    assert {values.CalendarDate, values.Clock, values.Weekday, values.YearPart, values.WeekOf} <= set(KINDS)


def test_every_value_class_has_the_kind_of_the_one_base_it_derives_from() -> None:
    classes = _every_value_class()
    assert any(cls.__name__ == "HolidayWeekend" for cls in classes)  # subclasses in other modules are found
    for cls in classes:
        bases = [base for base in KINDS if issubclass(cls, base)]
        assert len(bases) == 1, cls
        assert cls.model_fields["kind"].default == KINDS[bases[0]], cls
        assert "kind" not in cls.__dict__.get("__annotations__", {}) or cls in KINDS, cls
