"""Where a stamp line stands on the page: what makes a line shaped like a stamp not the page's.

Rules found by the adversarial review of :mod:`timeline.anchor.web_stamps` (corpus
``web_stamps_review.tsv``):

- a foot stamp ("Published: 18 November 2018" below the story) is the page's only when nothing but other
  stamp parts (a byline, "Share") stands between it and the story's last paragraph: below a "Source: ..."
  line, a download link, a commenter's name, it is a report's, a file's or a comment's;
- a "Date:" line among lines labelled "Time:", "Venue:", "Where:" is an event's fact sheet;
- a "Release date" stamp is the publication only under a press release's head; elsewhere (a film's, a
  game's page) it names a day on or after the story's;
- a date alone beside a site's menu, or above the page's byline stamp, is the masthead's (the day of reading);
- a correspondent's dated dateline just below a stamp naming another day is the writer's day, read instead.

>>> fact_sheet(["Book fair", "Date: 18 November 2018", "Time: 10:00", "Venue: Town Hall"], 1)
True
>>> fact_sheet(["Council votes", "Date: 18 November 2018", "The council met."], 1)
False
"""

from __future__ import annotations

import re

from timeline.anchor.datelines import DATE, Dateline, _PROSE, _QUOTING, find_dateline
from timeline.anchor.stamps import RELEASE_HEAD
from timeline.anchor.web_segments import LABEL, Segment, read_line, read_segment, split

# A reader's comment, or a list of other stories, below the story carries its own "Posted on ..." stamps.
_COMMENTS = re.compile(r"(?i:\b(?:comments?|repl(?:y|ies)|responses?|readers?|related|recommended|most\s+read"
                       r"|more\s+(?:from|stories|on|in|news)|also\s+like|read\s+more|latest|popular|trending)\b)")
_FOOT_LINES = 6
_SHEET = re.compile(r"(?i:time|times|venue|where|location|place|address|tickets?|price|cost|admission|entry"
                    r"|kick-?off|doors|duration|organi[sz]er|speaker)\s*:")
_DATE_LABEL = re.compile(r"(?i:date|dated|event\s+date)\s*:")
# A list of other stories near the head: its dates are theirs, down to the next blank line.
_TEASERS = re.compile(r"(?i:related(?:\s+(?:stories|articles|news|content|coverage))?|read\s+(?:next|more|also)"
                      r"|also\s+read|most\s+(?:read|popular|viewed|shared)|recommended(?:\s+for\s+you)?|popular"
                      r"|trending(?:\s+now)?|top\s+stories|latest(?:\s+news)?|editor'?s\s+picks|see\s+also"
                      r"|you\s+may\s+also\s+like|more\s+(?:from|on|in|stories|news)\b.*|up\s+next)\s*:?\s*$")
# A cookie or privacy notice: its "Last updated" is the notice's, down to the next blank line.
# Its words address the reader ("We use cookies", "By continuing"), or it is headed "Privacy policy": a headline
# about cookies or consent ("Court rules on consent law") is none.
_BANNER = re.compile(r"(?i:\b(?:we|this\s+(?:site|website))\s+uses?\s+cookies|cookie\s+(?:policy|settings|preferences|notice)"
                     r"|accept\s+(?:all\s+)?cookies|\bby\s+continuing\b|^(?:our\s+)?privacy\s+(?:policy|notice|statement)"
                     r"|^terms\s+(?:of|and)\s+(?:use|service|conditions))")
# A site's menu: three or more short names between separators ("Home | News | Sport | Weather").
_NAV_PART = re.compile(r"[A-Z][\w&'’\-]*(?:\s+[\w&'’\-]+){0,2}")
# A date alone on its line (a weekday may lead): a site's masthead, a live page's day header, a section's.
DAY_LINE = re.compile(rf"\s*{DATE}[\s.]*")
# A line of the story: a sentence of three words or more (a headline ends with no full stop).
_SENTENCE = re.compile(r"[A-Z\"“‘'(][^.!?]*(?:\s+\S+){2,}[.!?]['\"”’)]?\s*$")
_RELEASE = re.compile(r"(?i:release\s+date)\s*:?\s*")


def fact_sheet(lines: list[str], n: int) -> bool:
    """Whether line ``n``, a "Date:" line, stands among an event's labelled facts ("Time: 10:00", "Venue: ...")."""
    near = lines[max(n - 2, 0):n] + lines[n + 1:n + 3]
    return bool(_DATE_LABEL.match(lines[n])) and any(_SHEET.match(line) for line in near)


def head_refusals(story: str, lines: list[tuple[int, str]]) -> dict[int, str]:
    """Head lines no stamp may be read from, by start: in a list of other stories, or below two lines of the story.

    A standfirst may stand between the headline and the stamp; two sentences say the story has begun, and a
    date line below them heads a section ("Nov 20, 2018" above what happened that day).

    >>> story = "Related\\nKremlin rejects claims\\nNov 12, 2018\\n\\nRussia vows response\\nBy Jo Li | Nov 18, 2018"
    >>> from timeline.anchor.datelines import _head_lines
    >>> sorted(head_refusals(story, _head_lines(story, 1500, 12)))  # "Kremlin rejects claims" and "Nov 12, 2018"
    [8, 31]
    """
    out, teaser, banner, sentences = {}, False, False, 0
    for n, (start, line) in enumerate(lines):
        if n and re.search(r"\n[ \t]*\n", story[lines[n - 1][0]:start]):  # a blank line ends a list
            teaser = banner = False
        banner = banner or bool(_BANNER.search(line))
        if _TEASERS.match(line):
            teaser = True
        elif banner:
            out[start] = f"“{line}” stands in a cookie or privacy notice: its date is the notice's"
        elif teaser:
            out[start] = f"“{line}” stands in a list of other stories near the head: its date is theirs"
        elif sentences >= 2 and DAY_LINE.fullmatch(line):  # a byline or a label still says it is the page's
            out[start] = f"“{line}” stands below two sentences of the story: a section's date, not the page's"
        sentences += bool(_SENTENCE.match(line)) and read_line(line) is None
    return out


def _nav(line: str) -> bool:
    """Whether ``line`` is a site's menu ("Home | News | Sport | Weather").

    >>> _nav("Home | News | Sport | Weather"), _nav("By Jo Li | Nov 18, 2018 | 10:32")
    (True, False)
    """
    parts = [p.strip() for p in re.split(r"\s*[|•·]\s*|\s{2,}", line) if p.strip()]
    return len(parts) >= 3 and all(_NAV_PART.fullmatch(p) and not re.search(r"\d", p) for p in parts)


def mastheads(lines: list[tuple[int, str]]) -> set[str]:
    """Date lines beside a site's menu: the masthead's date, the day the page was read, not the story's.

    >>> sorted(mastheads([(0, "Valley News"), (12, "Sunday, November 25, 2018"), (38, "Home | News | Sport")]))
    ['Sunday, November 25, 2018']
    """
    return {line for n, (_, line) in enumerate(lines) if DAY_LINE.fullmatch(line)
            and any(_nav(other) for _, other in lines[max(n - 1, 0):n] + lines[n + 1:n + 2])}


def _stamp_part(line: str) -> bool:
    """Whether ``line`` is made of stamp parts only: a byline, page furniture, a stamp."""
    parts = [read_segment(p.strip()) for p in split(line) if p.strip()]
    tags = re.match(r"(?i:tags?|topics?|filed\s+under|categor(?:y|ies)|posted\s+in)\s*:", line)
    return bool(tags) or bool(parts) and all(p is True or p == "byline" or isinstance(p, Segment) for p in parts)


def foot_lines(text: str) -> list[tuple[int, str, list[Segment]]]:
    """Labelled publication stamps among the last lines of ``text``, right below a paragraph of the story.

    >>> story = "The pier will close at the end of the month, the mayor said on Monday.\\n"
    >>> [line for _, line, _ in foot_lines(story + "Published: 18 November 2018\\nShare")]
    ['Published: 18 November 2018']
    >>> foot_lines(story + "Source: Ministry report\\nPublished: 12 March 2017")
    []
    """
    lines = [line.strip() for line in text[-3000:].splitlines() if line.strip()]
    out = []
    for n in range(len(lines) - 1, max(len(lines) - _FOOT_LINES, 0) - 1, -1):
        line = lines[n]
        if _PROSE.match(line):
            return out
        if _COMMENTS.search(line):
            return []
        label = LABEL.match(line)
        dated = read_line(line) if label and label["pub"] and n and not _QUOTING.search(lines[n - 1]) else None
        if dated and any(not d.updated for d in dated):
            out.insert(0, (text.rfind(line), line, [d for d in dated if not d.updated]))
        elif out and not _stamp_part(line):  # a report's, a file's or a commenter's line above the stamp
            return []
    return []


def release_dates(found: list, story: str) -> tuple[list, list[str]]:
    """``found`` (start, line, segment) with a "Release date" outside a press release made an update, and notes.

    >>> from timeline.anchor.web_segments import read_segment
    >>> seg = read_segment("Release date: 18 November 2018")
    >>> [s.updated for _, _, s in release_dates([(0, seg.text, seg)], "New film\\n")[0]]
    [True]
    >>> [s.updated for _, _, s in release_dates([(0, seg.text, seg)], "Press release\\n")[0]]
    [False]
    """
    if RELEASE_HEAD.search(story[:3000]):
        return found, []
    out, notes = [], []
    for start, line, seg in found:
        if _RELEASE.match(seg.text) and not seg.updated:
            seg = Segment(seg.text, seg.month, seg.day, seg.year, seg.other, True, seg.order, seg.note)
            notes.append(f"“{seg.text}” is a release date outside a press release: a product's day, on or after "
                         "the story's")
        out.append((start, line, seg))
    return out, notes


def below_masthead(published: list, heads: set[int]) -> tuple[list, list[int], list[str]]:
    """``published`` without the dates alone above the page's one stamp line with a byline or a label; their starts; notes.

    "Sunday, November 25, 2018" above the headline and "By Jo Li | Nov 18, 2018" below it: the first is the
    site's masthead (the day the page was read), not the story's day.
    """
    strong = {start for start, line, _ in published if start in heads and not DAY_LINE.fullmatch(line)}
    if len(strong) != 1:
        return published, [], []
    above = {start: line for start, line, _ in published
             if start in heads and start < min(strong) and DAY_LINE.fullmatch(line)}
    notes = [f"“{line}”, a date alone above the page's stamp line, is the site's masthead date: not read"
             for line in above.values()]
    return [item for item in published if item[0] not in above], list(above), notes


def dateline_below(story: str, end: int, segment: Segment) -> Dateline | None:
    """A correspondent's dated dateline just below the stamp ending at ``end``, naming another day than it.

    >>> story = "Published: 18 Nov 2018\\nBRIGHTON, England, Nov. 17, 2018 -- The pier closed."
    >>> dateline_below(story, 22, read_line("Published: 18 Nov 2018")[0]).date
    datetime.date(2018, 11, 17)
    """
    found = find_dateline(story[end:], max_chars=400, max_lines=3)
    if found is None or found.place is None or found.date is None or found.date in segment.days:
        return None
    return found.model_copy(update={"start": found.start + end, "end": found.end + end})
