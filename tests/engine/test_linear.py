"""The indexes that keep long inputs linear give exactly what the scans they replace gave.

Speed itself is measured by ``benchmarks/pathological.py``; these tests pin the
equivalences, so a faster path never changes a finding.
"""

from __future__ import annotations

import random
from pathlib import Path

from factcheck.analysis.attribution import speakers as speakers_module
from factcheck.analysis.attribution.extractor import (
    Attribution,
    _adjacent_quote,
    attributions,
    extract_doc,
)
from factcheck.analysis.attribution.paragraphs import top_level
from factcheck.analysis.attribution.speakers import speakers
from factcheck.analysis.spans import SpanIndex
from factcheck.contract.article import Article, Quotation, Span
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


# -- attribution: the indexed lookups against the scans they replaced ----------------------

#: Nested quotations, run-on and unclosed quotations, a colon and a lead-in paragraph, a
#: closing attribution carried to the next paragraph, a chain attributed at its end, a
#: delayed attribution.
HARBOUR = (
    "Council approves the harbour plan\n\n"
    "The council approved the harbour plan on Tuesday after a long debate.\n\n"
    "Mayor Ann Lee said the vote was \u201ca turning point for the town, and \u2018a fresh"
    " start\u2019 for the port\u201d.\n\n"
    "Ms Jones, who chairs the planning committee, told the meeting:\n\n"
    '"We waited ten years for this. Nobody should pretend otherwise."\n\n'
    '"The money is there," said Ms Jones.\n\n'
    '"We will start in the spring. The first ships arrive in May."\n\n'
    '"It is the best news in years," Tom Baker, a fisherman, told reporters. "We can build'
    ' again. "My father built boats here," he added.\n\n'
    '"Prices will rise."\n\n'
    '"We can manage, said Ms Jones. "The harbour is ours again."\n\n'
    "The mayor added: \n\n"
    '"We will not wait."\n\n'
    "The budget is due in June.\n\n"
    '"The fees will double."\n\n'
    "That was how the finance officer, Mark Hill, described the budget.\n\n"
    '"The deficit is real."\n\n'
    '"We must cut spending," Mr Hill said.\n\n'
    "Critics said the plan favoured large shipping groups, according to a report.\n\n"
)


def _harbour(tmp_path: Path) -> Article:
    path = write(tmp_path / "harbour.txt", HARBOUR * 3)
    article = Session(RunOptions(paths=[str(path)], isolated=True)).read(str(path))
    article.doc = load_pipeline()(article.prose)
    return article


def test_span_index_answers_what_scanning_the_spans_answers() -> None:
    rng = random.Random(7)
    for size in (0, 1, 5, 40):
        spans = []
        for _ in range(size):
            start = rng.randrange(60)
            spans.append((start, start + rng.randrange(15)))
        index = SpanIndex(spans)
        for lo in range(-2, 80):
            first = [i for i, (s, _) in enumerate(spans) if s >= lo]
            assert index.first_starting_from(lo) == (first[0] if first else None)
            for hi in range(lo - 1, lo + 20):
                starting = [i for i, (s, _) in enumerate(spans) if lo <= s < hi]
                assert index.starting_in(lo, hi) == starting
                assert index.any_starting_in(lo, hi) == bool(starting)
                assert index.last_starting_in(lo, hi) == (starting[-1] if starting else None)
                assert index.covers(lo, hi) == any(s <= lo and hi <= e for s, e in spans)
                containing = [i for i, (s, e) in enumerate(spans) if s <= lo and hi <= e]
                assert index.containing(lo, hi) == containing
                touching = [i for i, (s, e) in enumerate(spans) if s <= hi and e >= lo]
                assert index.touching(lo, hi) == touching


def test_extractor_lookups_match_the_scans(tmp_path: Path) -> None:
    article = _harbour(tmp_path)
    doc = article.require_doc()
    quotes = sorted((Span(q.start, q.end) for q in top_level(article)), key=lambda q: q.start)
    index = SpanIndex((q.start, q.end) for q in quotes)
    for offset in range(len(article.text) + 2):
        inside = any(q.start < offset < q.end - 1 for q in quotes)
        assert index.covers(offset - 1, offset + 2) == inside
    for sent in doc.sents:
        sentence = Span(sent.start_char, sent.end_char)
        for tok in sent:
            expected = _adjacent_quote_scan(tok.idx, sentence, quotes)
            assert _adjacent_quote(tok, sentence, quotes, index) == expected
    closed = [q for q in article.quotations if q.closed]
    everything = extract_doc(doc, quotes)
    kept = [
        a
        for a in everything
        if not any(q.content.start <= a.cue.start and a.cue.end <= q.content.end for q in closed)
    ]
    assert len(everything) > len(kept) > 0
    assert attributions(article) == kept


def _adjacent_quote_scan(idx: int, sentence: Span, quotes: list[Span]) -> Span | None:
    best: Span | None = None
    best_gap = 1 << 30
    for q in quotes:
        if q.end < sentence.start - 2 or q.start > sentence.end:
            continue
        if q.start <= idx < q.end:
            return None
        gap = idx - q.end if q.end <= idx else q.start - idx
        if gap < best_gap:
            best, best_gap = q, gap
    return best


def test_speaker_lookups_match_the_scans(tmp_path: Path) -> None:
    article = _harbour(tmp_path)
    doc = article.require_doc()
    found = attributions(article)
    lookups = speakers_module._Lookups(article, found)
    quotes = list(top_level(article))
    sentences = [Span(s.start_char, s.end_char) for s in doc.sents]
    blocks = [Span(b.start, b.end) for b in article.blocks]
    areas = [*sentences, *blocks, Span(0, len(article.text)), Span(5, 5)]
    for quote in quotes:
        for area in areas:
            expected = _speaker_in_scan(found, quote, area)
            assert speakers_module._speaker_in(lookups, quote, area) == expected
        over = [s for s in sentences if s.start < quote.end and quote.start < s.end]
        assert speakers_module._sentences_over(article, quote, lookups) == over
    for block in blocks:
        chained = _chained_scan(article, block, found)
        assert speakers_module._chained_speaker(article, block, lookups) == chained
        assert speakers_module._delayed_speaker(article, block, lookups) == _delayed_scan(
            article, block, found
        )
        assert speakers_module._closing_speaker(article, block, lookups) == _closing_scan(
            article, block, found
        )
    hows = {pairing.how for pairing in speakers(article)}
    assert {"sentence", "paragraph", "colon", "lead-in", "previous-paragraph"} <= hows
    assert "next-paragraph" in hows


def _names_speaker(a: Attribution) -> bool:
    return (
        a.source is not None
        and a.source_type in ("named", "pronoun", "described")
        and not a.modifier
    )


def _speaker_in_scan(found: list[Attribution], quote: Quotation, area: Span) -> Attribution | None:
    """The nearest cue to the quotation's end in ``area``; the first of equals."""
    candidates = [
        a
        for a in found
        if area.start <= a.cue.start
        and a.cue.end <= area.end
        and not (quote.closed and quote.content.start <= a.cue.start < quote.content.end)
        and a.kind in ("verb", "preposition", "colon", "noun")
        and a.source is not None
        and not a.modifier
        and (a.attributes_claim or a.source_type in ("named", "pronoun"))
    ]
    return min(candidates, key=lambda a: abs(a.cue.start - quote.end), default=None)


def _chained_scan(article: Article, block: Span, found: list[Attribution]) -> Attribution | None:
    if not article.text[block.start : block.start + 2].startswith(('"', "\u201c", "''", "``")):
        return None
    for a in found:
        if block.start <= a.cue.start < block.end and _names_speaker(a) and a.attributes_claim:
            return a
    return None


def _delayed_scan(article: Article, block: Span, found: list[Attribution]) -> Attribution | None:
    if (
        not article.text[block.start : block.start + 8]
        .lower()
        .startswith(speakers_module._DELAYED_OPENERS)
    ):
        return None
    first_end = block.end
    for sent in article.require_doc().sents:
        if sent.start_char >= block.start:
            first_end = min(block.end, sent.end_char)
            break
    for a in found:
        if block.start <= a.cue.start < first_end and _names_speaker(a):
            return a
    return None


def _closing_scan(article: Article, block: Span, found: list[Attribution]) -> Attribution | None:
    last_start = block.start
    for sent in article.require_doc().sents:
        if block.start <= sent.start_char < block.end:
            last_start = sent.start_char
    quoting = any(
        last_start <= q.start < block.end or last_start < q.end <= block.end
        for q in article.quotations
    )
    for a in reversed(found):
        if (
            last_start <= a.cue.start < block.end
            and _names_speaker(a)
            and (quoting or a.content is None)
        ):
            return a
    return None


def _quotation(start: int, end: int) -> Quotation:
    return Quotation(start, end, content=Span(start + 1, max(start + 1, end - 1)))


def test_article_quotation_lookups_match_the_scans() -> None:
    rng = random.Random(11)
    text = "x" * 400
    quotes = []
    for _ in range(60):
        a = rng.randrange(0, 390)
        quotes.append(_quotation(a, rng.randrange(a + 2, 400)))
    quotes.append(quotes[3])  # the same quotation twice
    article = Article("t.txt", text, quotations=tuple(quotes))
    for offset in range(0, 400):
        best = None
        for q in article.quotations:
            if q.contains(offset) and (best is None or len(q) < len(best)):
                best = q
        assert article.quotation_at(offset) is best
        for width in (1, 5, 40):
            end = offset + width
            scan = any(q.content.start <= offset and end <= q.content.end for q in quotes)
            assert article.in_quotation(offset, end) == scan
    article.quotations = (quotes[0],)  # a replaced tuple is re-indexed
    assert article.quotation_at(quotes[0].start) is quotes[0]


def test_quotation_nesting_matches_the_pairwise_definition() -> None:
    from factcheck_rules.consistency.analysis.quotes import _nesting

    rng = random.Random(5)
    for _ in range(30):
        quotes = []
        for _ in range(rng.randrange(1, 25)):
            a = rng.randrange(0, 60)
            quotes.append(_quotation(a, rng.randrange(a + 2, 70)))
        quotes += [_quotation(q.start, q.end) for q in quotes[:2]]  # equal spans
        nested = {
            id(i)
            for i in quotes
            for o in quotes
            if o is not i and o.start <= i.start and i.end <= o.end
        }
        holders = {
            id(o)
            for o in quotes
            for i in quotes
            if o is not i and o.start <= i.start and i.end <= o.end
        }
        assert _nesting(quotes) == (nested, holders)


def test_entity_at_a_token_is_spacys() -> None:
    from factcheck.nlp import ent_at

    doc = load_pipeline()(NEWS * 2)
    for tok in doc:
        covering = [e for e in doc.ents if e.start <= tok.i < e.end]
        found = ent_at(tok)
        if not covering:
            assert found is None
        else:
            assert found is not None
            assert (found.start, found.end, found.label_) == (
                covering[0].start,
                covering[0].end,
                covering[0].label_,
            )
