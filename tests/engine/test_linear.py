"""The indexes that keep long inputs linear give exactly what the scans they replace gave.

Speed itself is measured by ``benchmarks/pathological.py``; these tests pin the
equivalences, so a faster path never changes a finding.
"""

from __future__ import annotations

from pathlib import Path

from factcheck.analysis.attribution.paragraphs import top_level
from factcheck.engine.session import RunOptions, Session
from factcheck.nlp import ents_in, load_pipeline
from factcheck.nlp.components import MAX_SENTENCE_TOKENS
from tests.conftest import write

NEWS = (
    "Norway signs deal with Nordlys Shipping in Oslo\n\n"
    'OSLO - Prime Minister Jonas Gahr Store said on Friday: "We told them, '
    "'Wait until March', and they agreed.\" The Nordlys group, based in Bergen, "
    'called it "a good day for Norway and for the European Union".\n\n'
    'Maria Lopez of the United Nations said the deal "changes little".\n'
)


def test_entities_in_a_span_are_spacys() -> None:
    doc = load_pipeline()(NEWS * 3)
    spans = [*doc.sents, doc[3:40], doc[10:11], doc[:]]
    for span in spans:
        mine = [(e.start, e.end, e.label_, e.kb_id_, e.id_) for e in ents_in(span)]
        assert mine == [(e.start, e.end, e.label_, e.kb_id_, e.id_) for e in span.ents]


def test_a_line_without_boundaries_is_cut_into_sentences() -> None:
    doc = load_pipeline()("the council met on Tuesday and agreed the plan " * 400)
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS
    normal = load_pipeline()(NEWS)
    assert all(len(s) < 60 for s in normal.sents)


def test_top_level_quotations_match_the_pairwise_definition(tmp_path: Path) -> None:
    nested = '"Outer \u201cinner \u2018deep\u2019 one\u201d and \u201cnext\u201d," he said.'
    text = f"{NEWS}\n{nested}\n"
    path = write(tmp_path / "a.txt", text * 4)
    article = Session(RunOptions(paths=[str(path)], isolated=True)).read(str(path))
    quotes = list(article.quotations)
    expected = [
        q
        for q in quotes
        if not any(
            o is not q and o.content.start <= q.start and q.end <= o.content.end for o in quotes
        )
    ]
    assert len(quotes) > len(expected) > 0
    assert top_level(article) == expected
