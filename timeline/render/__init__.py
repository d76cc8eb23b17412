"""Renderers: a :class:`~timeline.models.Timeline` as Markdown, JSON, ISO-TimeML, TimelineJS, SVG, HTML.

Every renderer is a pure function of the timeline (TimeML also needs the
documents' texts). ``FORMATS`` lists the names the CLI accepts.

>>> from timeline.models import Timeline
>>> render_markdown(Timeline(title="T")).splitlines()[0]
'# T'
"""

from timeline.render.dates import describe
from timeline.render.html import render_html
from timeline.render.jsonout import render_json, schema_json
from timeline.render.markdown import render_markdown
from timeline.render.mdhtml import md_to_html
from timeline.render.svg import render_svg
from timeline.render.timelinejs import render_timelinejs
from timeline.render.timeml import render_timeml

FORMATS = ("markdown", "json", "timeml", "timelinejs", "svg", "html")

__all__ = ["FORMATS", "describe", "md_to_html", "render_html", "render_json", "render_markdown",
           "render_svg", "render_timelinejs", "render_timeml", "schema_json"]
