"""Held-out timex benchmark: the 30 Wikinews articles of the SemEval-2015 TimeLine trial, TE3 measures.

No rule of timeline was written from these texts: until this session the project
read them only for their event timelines (``benchmarks/timeline_trial.py``), and
their only TIMEX3 is each article's creation time. Two annotators marked every
temporal expression blind (without running or reading timeline) in
``benchmarks/heldout/annotator_a.tsv`` and ``annotator_b.tsv``; their
disagreements were settled in ``benchmarks/heldout/gold.tsv`` (see
``benchmarks/heldout/README.md``). The texts are the CAT tokens joined by single
spaces ("April 28 , 2003"), as an NLP pipeline hands them over; every system
reads them that way, anchored to the TimeML creation time.

    python benchmarks/wikinews_timex.py [--gold PATH] [--no-baseline]

Prints a Markdown table (timeline next to dateparser.search_dates, and the two
annotators scored against each other as the human ceiling); with the default
gold it also writes benchmarks/results/wikinews_timex.md, .json and _errors.tsv.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import (  # noqa: E402
    Run, dateparser_extractor, record, run_notes, run_stamp, table, timed, timeline_extractor, write_results,
)
from timeline_trial import DATA, Article, load_articles  # noqa: E402

from timeline.anchor import anchor_document  # noqa: E402
from timeline.models import DocumentTime  # noqa: E402
from timeline.timeml.scoring import Annotation, compare, score, timex3_equal, total  # noqa: E402

HELDOUT = Path(__file__).resolve().parent / "heldout"
GOLD = HELDOUT / "gold.tsv"
ANNOTATORS = (HELDOUT / "annotator_a.tsv", HELDOUT / "annotator_b.tsv")


@dataclass(frozen=True)
class Corpus:
    """The articles and, per article id, where each token id starts and ends in its text."""

    articles: dict[str, Article]
    offsets: dict[str, dict[str, tuple[int, int]]]


def token_offsets(path: Path, article: Article) -> dict[str, tuple[int, int]]:
    """Each token id of a CAT file mapped to its span in the article's text (tokens in file order).

    >>> import tempfile, os
    >>> from timeline_trial import read_article
    >>> xml = ('<Document doc_id="7"><token number="0" sentence="0" t_id="4">May</token>'
    ...        '<token number="1" sentence="0" t_id="5">2008</token></Document>')
    >>> with tempfile.NamedTemporaryFile("w", suffix=".xml", delete=False) as f:
    ...     _ = f.write(xml)
    >>> offsets = token_offsets(Path(f.name), read_article(Path(f.name), None)); os.unlink(f.name)
    >>> offsets["5"]
    (4, 8)
    """
    ids = [tok.get("t_id") for tok in ET.parse(path).getroot().iter("token")]
    return {t_id: (start, end) for t_id, (start, end, _, _) in zip(ids, article.tokens)}


def load_corpus() -> Corpus:
    """The 30 articles (tokens joined by spaces, TimeML creation time as DCT) and their token offsets."""
    articles = load_articles()
    paths = {ET.parse(p).getroot().get("doc_id"): p for p in (DATA / "Corpus-trial-data_task4").glob("*.xml")}
    return Corpus(articles, {doc_id: token_offsets(paths[doc_id], a) for doc_id, a in articles.items()})


class GoldError(ValueError):
    """A row of an annotation file that does not fit its article; carries the file, line and reason."""


def read_annotations(path: Path, corpus: Corpus) -> dict[str, list[Annotation]]:
    """An annotation TSV (doc_id, first_t_id, last_t_id, text, type, value, note) as spans per article.

    Raises
    ------
    GoldError
        When a row names an unknown article or token, or its text is not the tokens it spans.
    """
    out: dict[str, list[Annotation]] = {doc_id: [] for doc_id in corpus.articles}
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
            offsets = corpus.offsets.get(row["doc_id"])
            if offsets is None or row["first_t_id"] not in offsets or row["last_t_id"] not in offsets:
                raise GoldError(f"{path}:{line}: no article or token {row['doc_id']}/{row['first_t_id']}-{row['last_t_id']}")
            start, end = offsets[row["first_t_id"]][0], offsets[row["last_t_id"]][1]
            text = corpus.articles[row["doc_id"]].doc.text[start:end]
            if " ".join(text.split()) != " ".join(row["text"].split()):
                raise GoldError(f"{path}:{line}: text {row['text']!r} but the tokens read {text!r}")
            out[row["doc_id"]].append(Annotation(start=start, end=end, text=text, type=row["type"],
                                                 value=row["value"] or None))
    return out


def evaluate(name: str, extractor, corpus: Corpus, gold: dict[str, list[Annotation]]) -> Run:
    """One system over the articles, compared with the gold, in article-id order."""
    run = Run(name)
    for doc_id in sorted(corpus.articles):
        doc = corpus.articles[doc_id].doc
        found = timed(extractor, doc.text, doc.published, run, doc_id)
        comparison = compare(gold[doc_id], found, same_value=timex3_equal)
        run.comparisons.append(comparison)
        record(run, doc_id, doc.text, comparison.errors)
    return run


def agreement(corpus: Corpus) -> Run | None:
    """Annotator B scored against annotator A: how far two careful people agree (None if either is missing)."""
    if not all(p.exists() for p in ANNOTATORS):
        return None
    first, second = (read_annotations(p, corpus) for p in ANNOTATORS)
    by_text = {corpus.articles[d].doc.text: second[d] for d in corpus.articles}
    return evaluate("annotator B vs annotator A", lambda text, dct: by_text[text], corpus, first)


def dct_outcome(truth: dt.date, found: DocumentTime) -> str:
    """How an anchored DCT stands to the true one: exact, contains (both ends), half (one end), unknown or wrong.

    >>> dct_outcome(dt.date(2008, 1, 9), DocumentTime(earliest=dt.date(2008, 1, 1), basis="inferred"))
    'half'
    """
    low, high = found.earliest, found.latest
    if (low is not None and truth < low) or (high is not None and truth > high):
        return "wrong"
    if low is None and high is None:
        return "unknown"
    if low == high:
        return "exact"
    return "contains" if low is not None and high is not None else "half"


def dct_lines(corpus: Corpus) -> list[str]:
    """The anchor stage on the same articles with their metadata removed: with the date line, and without it."""
    lines = ["", "DCT from the text alone (`timeline.anchor.anchor_document`, publication date removed; the "
             "TimeML creation time is the truth):", "",
             "| input | exact | contains | half-bounded | unknown | wrong |", "|---|---|---|---|---|---|"]
    for label, drop_dateline in (("headline, date line and story", False), ("headline and story (date line cut)", True)):
        counts = Counter()
        for article in corpus.articles.values():
            doc = article.doc
            text = doc.text
            if drop_dateline:
                head, _, rest = text.partition("\n")
                text = head + "\n" + rest.partition("\n")[2]
            counts[dct_outcome(doc.published, anchor_document(doc.model_copy(update={"published": None, "text": text})))] += 1
        lines.append(f"| {label} | " + " | ".join(str(counts[k]) for k in ("exact", "contains", "half", "unknown", "wrong")) + " |")
    return lines


def report(runs: list[Run], corpus: Corpus, gold: dict[str, list[Annotation]], gold_path: Path) -> str:
    """The Markdown report of a run."""
    rows = [(r.name, score(total(r.comparisons)), r.seconds) for r in runs]
    lines = [
        "# Held-out timex benchmark (Wikinews, SemEval-2015 TimeLine trial)",
        "",
        f"{run_stamp()}; {len(corpus.articles)} articles, "
        f"{sum(len(g) for g in gold.values())} gold TIMEX3 from `{gold_path.relative_to(gold_path.parents[2])}`. "
        "Command: `python benchmarks/wikinews_timex.py`.",
        "",
        table(rows),
        "",
        "Texts never used to write a rule; tokens joined by spaces, DCT = the TimeML creation time. "
        "Attribute F1 as TE3 (P = correct/|system|, R = correct/|gold|). The annotator row scores one "
        "blind annotation against the other before adjudication (two helper agents of this project, not people): how far two careful readers agree.",
    ]
    lines += dct_lines(corpus)
    lines += run_notes([r for r in runs if not r.name.startswith("annotator")], "article")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=GOLD, help="the annotation TSV to score against")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser.search_dates")
    args = parser.parse_args(argv)
    corpus = load_corpus()
    gold = read_annotations(args.gold, corpus)
    runs = [evaluate("timeline", timeline_extractor(), corpus, gold)]
    if not args.no_baseline:
        runs.append(evaluate("dateparser.search_dates", dateparser_extractor(), corpus, gold))
    humans = agreement(corpus)
    runs += [humans] if humans else []
    text = report(runs, corpus, gold, args.gold.resolve())
    print(text)
    if args.gold.resolve() == GOLD.resolve():
        write_results("wikinews_timex", text, runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
