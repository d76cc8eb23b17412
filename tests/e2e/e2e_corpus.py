"""The hostile inputs the CLI must survive, written to a folder on demand."""

from __future__ import annotations

import json
from pathlib import Path

from timeline.testing.hostile import PNG_HEADER

GOOD = ("WASHINGTON, Nov. 18, 2018 -- Foreign Minister Novak met officials from Chile in Lima "
        "on Tuesday. Two days later, Senator Moreau visited Oslo.\n")
HTML = ("<!DOCTYPE html><html><head><title>Talks end</title><script>var d = '2018-02-30';</script>"
        "</head><body><nav>Home | World</nav><article><h1>Talks end</h1><p>LIMA, Nov. 18, 2018 -- "
        "The talks ended on Friday, officials said.</p></article><footer>Newest Most Voted</footer>"
        "</body></html>\n")
FEED = "\n".join([
    json.dumps({"id": "feed-good", "text": "Novak visited Oslo on Tuesday.", "published": "2018-11-18"}),
    '{"id": "feed-broken", "text": "this line never ends',
    json.dumps({"id": "feed-notext", "title": "A record without text", "published": "2018-11-18"}),
]) + "\n"

#: file name -> bytes; each is one hostile input of issue 7.
FILES: dict[str, bytes] = {
    "empty.txt": b"",
    "whitespace.txt": b"  \n\t\n   \r\n",
    "image.png": PNG_HEADER + bytes(range(256)) * 4,
    "png-named-txt.txt": PNG_HEADER + bytes(range(256)) * 4,
    "latin1.txt": "PARIS, 18 novembre 2018 -- Le président a rencontré M. Müller à Genève "
                  "on November 15, 2018. Café crème.\n".encode("latin-1"),
    "utf16.txt": ("BERLIN, Nov. 18, 2018 -- Chancellor Weber gave a speech in Bonn on Friday.\n"
                  ).encode("utf-16"),
    "page.html": HTML.encode(),
    "february-30.txt": b"WASHINGTON, Nov. 18, 2018 -- The talks ended on February 30, 2018.\n",
    "slashes.txt": b"The deal was signed on 31/31/2018, the ministry said.\n",
    "year-99999.txt": b"The treaty will expire in the year 99999, officials said.\n",
    "zeros.txt": b"Records dated 0000-00-00 were found in the archive on Tuesday.\n",
    "feed.jsonl": FEED.encode(),
    "good.txt": GOOD.encode(),
}


def write_corpus(folder: Path, names: list[str] | None = None) -> list[Path]:
    """Write the named hostile files (all by default) into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names or sorted(FILES):
        path = folder / name
        path.write_bytes(FILES[name])
        paths.append(path)
    return paths
