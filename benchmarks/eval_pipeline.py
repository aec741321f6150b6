"""Accuracy figures of the shipped (or any) pipeline on the shared evaluation data.

Why: the targets of the embedded pipeline (EWT UPOS/LAS/sentence F, UNER entity F,
entity F on news) must be re-measurable by anyone from the model actually shipped, not
from training logs. ``--variants`` also measures the design choices (ruler before/after
the NER, paragraph/punctuation sentence starts) on the same data.

Usage: python benchmarks/eval_pipeline.py [--model NAME_OR_PATH] [--data DIR] [--variants]
Skips cleanly (exit 0) when the data directory is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_DATA = ROOT.parent / "shared" / "data"
GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
#: Map OntoNotes labels onto the PER/ORG/LOC scheme so other models can be compared.
LABEL_MAP = {"PERSON": "PER", "GPE": "LOC", "FAC": "LOC", "LOC": "LOC", "ORG": "ORG", "PER": "PER"}
_CONNECTORS = {"of", "and", "for", "the", "de", "la", "du", "on", "in", "&", "-", ".", "'s", "’s"}

Span3 = tuple[int, int, str]


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0}


# ---------------------------------------------------------------- EWT / UNER
def _examples(nlp: Language, path: Path) -> list[Any]:
    from spacy.tokens import DocBin
    from spacy.training import Example

    golds = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    return [Example(nlp.make_doc(g.text), g) for g in golds]


def _mapped_ents_scorer(examples: list[Any]) -> dict[str, Any]:
    """Entity P/R/F after mapping predicted labels onto PER/ORG/LOC (exact spans)."""
    tp = n_pred = n_gold = 0
    per: dict[str, list[int]] = {}
    for ex in examples:
        pred = {
            (e.start_char, e.end_char, LABEL_MAP[e.label_])
            for e in ex.predicted.ents
            if e.label_ in LABEL_MAP
        }
        gold = {(e.start_char, e.end_char, e.label_) for e in ex.reference.ents}
        tp += len(pred & gold)
        n_pred += len(pred)
        n_gold += len(gold)
        for lab in ("PER", "ORG", "LOC"):
            c = per.setdefault(lab, [0, 0, 0])
            c[0] += len({x for x in pred & gold if x[2] == lab})
            c[1] += len({x for x in pred if x[2] == lab})
            c[2] += len({x for x in gold if x[2] == lab})
    out: dict[str, Any] = prf(tp, n_pred, n_gold)
    out["per_type"] = {k: round(prf(*v)["f"], 4) for k, v in per.items()}
    return out


def eval_ewt(nlp: Language, data: Path) -> dict[str, Any]:
    """UPOS, XPOS, morph, lemma, UAS/LAS and sentence F on UD EWT test (spaCy tokenization)."""
    exs = _examples(nlp, data / "ud-ewt" / "en_ewt-ud-test.spacy")
    t = time.perf_counter()
    sc = nlp.evaluate(exs)
    keys = ["pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f"]
    out = {k: sc.get(k) for k in keys}
    out["seconds"] = round(time.perf_counter() - t, 1)
    return out


def eval_uner(nlp: Language, data: Path) -> dict[str, Any]:
    """Entity P/R/F (PER/ORG/LOC, exact span) on UNER English-EWT test."""
    exs = _examples(nlp, data / "uner-ewt" / "ewt-test-ner.spacy")
    docs = nlp.pipe(ex.predicted for ex in exs)
    for ex, doc in zip(exs, docs, strict=True):
        ex.predicted = doc
    return _mapped_ents_scorer(exs)


# ---------------------------------------------------------------- GUM news
def _strip_mention(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article and trailing possessive, as NE annotation does."""
    m = re.match(r"(?:the|The|a|A|an|An)\s+", text)
    if m:
        start += m.end()
        text = text[m.end() :]
    m2 = re.search(r"\s*(?:'s|’s|')$", text)
    if m2:
        end -= len(text) - m2.start()
    return start, end


_PRONOUNS = frozenset(
    [
        "i",
        "me",
        "my",
        "he",
        "him",
        "his",
        "she",
        "her",
        "it",
        "its",
        "they",
        "them",
        "their",
        "we",
        "us",
        "our",
        "you",
        "your",
        "who",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "one",
    ]
)


def _is_named(text: str) -> bool:
    if text.lower() in _PRONOUNS:
        return False
    words = text.replace("-", " - ").split()
    if not words or len(words) > 6 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _CONNECTORS for w in words)


def gum_news_gold(data: Path) -> list[tuple[str, set[Span3]]]:
    """Named person/organisation/place mentions of the GUM news docs as PER/ORG/LOC spans.

    GUM marks every mention (also "the council", "he"); a mention counts as a named entity
    when, without a leading article or trailing 's, it is 1-6 capitalised words (inner
    of/and/for/the allowed) and not a pronoun ("He" at a sentence start). Nested mentions
    are all kept, so exact-span F is a lower bound; the end-aligned score forgives
    "U.S. President Donald Trump" vs "Donald Trump".
    """
    out = []
    path = data / "pronoun_gum_news_train" / "gum_news_train.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        gold: set[Span3] = set()
        for m in d["mentions"]:
            lab = GUM_TYPES.get(m["entity_type"])
            if not lab:
                continue
            s, e = _strip_mention(m["text"], m["start"], m["end"])
            if _is_named(d["text"][s:e]):
                gold.add((s, e, lab))
        out.append((d["text"], gold))
    return out


def eval_gum_news(nlp: Language, data: Path) -> dict[str, Any]:
    """Entity F on GUM Wikinews docs: exact spans, and end-aligned (same label and end)."""
    docs = gum_news_gold(data)
    tp = tp_end = n_pred = n_gold = 0
    for doc, (_text, gold) in zip(nlp.pipe(t for t, _ in docs), docs, strict=True):
        pred = {
            (e.start_char, e.end_char, LABEL_MAP[e.label_])
            for e in doc.ents
            if e.label_ in LABEL_MAP
        }
        tp += len(pred & gold)
        ends = {(g[1], g[2]) for g in gold}
        tp_end += sum(1 for p in pred if (p[1], p[2]) in ends)
        n_pred += len(pred)
        n_gold += len(gold)
    return {"exact": prf(tp, n_pred, n_gold), "end_aligned": prf(tp_end, n_pred, n_gold)}


def gum_news_sentences(data: Path) -> list[tuple[str, set[tuple[int, int]]]]:
    """GUM news docs rebuilt from CoNLL-U (paragraphs as blank lines) with gold sentence spans."""
    path = data / "ud-gum-open" / "conllu" / "gum-open-train.conllu.gz"
    docs: list[tuple[str, set[tuple[int, int]]]] = []
    text, cur, newpar = "", None, False
    spans: set[tuple[int, int]] = set()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# newdoc id = "):
                if cur and cur.startswith("GUM_news"):
                    docs.append((text, spans))
                cur, text, spans, newpar = line.split("=", 1)[1].strip(), "", set(), False
            elif line.startswith("# newpar"):
                newpar = True
            elif line.startswith("# text = "):
                sent = line.split("=", 1)[1].strip()
                if text:
                    text += "\n\n" if newpar else " "
                spans.add((len(text), len(text) + len(sent)))
                text += sent
                newpar = False
    if cur and cur.startswith("GUM_news"):
        docs.append((text, spans))
    return docs


def polnear_sentences(data: Path, limit: int = 60) -> list[tuple[str, set[tuple[int, int]]]]:
    """PolNeAR news articles with their CoreNLP sentences (silver), first ``limit`` docs."""
    base = data / "attribution_polnear_train"
    docs: dict[str, tuple[str, set[tuple[int, int]]]] = {}
    for line in (base / "polnear_train_docs.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        docs[d["doc_id"]] = (d["text"], set())
        if len(docs) >= limit:
            break
    for line in (base / "polnear_train_sentences.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["doc_id"] in docs:
            docs[r["doc_id"]][1].add((r["start"], r["end"]))
    return list(docs.values())


def eval_news_sentences(nlp: Language, data: Path, corpus: str = "gum") -> dict[str, float]:
    """Sentence P/R/F (exact char spans) on news paragraphs: GUM (gold) or PolNeAR (silver)."""
    docs = gum_news_sentences(data) if corpus == "gum" else polnear_sentences(data)
    tp = n_pred = n_gold = 0
    for doc, (_t, gold) in zip(nlp.pipe(t for t, _ in docs), docs, strict=True):
        pred = set()
        for s in doc.sents:
            toks = [t for t in s if not t.is_space]
            if toks:
                pred.add((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
        tp += len(pred & gold)
        n_pred += len(pred)
        n_gold += len(gold)
    return prf(tp, n_pred, n_gold)


# ---------------------------------------------------------------- variants
def _variant(model: str, change: Callable[[Language], None]) -> Language:
    import spacy

    from factcheck.nlp import (
        components,  # noqa: F401  (registers factories)
        load_pipeline,
    )

    base = load_pipeline(model)
    nlp = spacy.load(base.path) if base.path else base
    change(nlp)
    return nlp


def _ruler_before(nlp: Language) -> None:
    pats = nlp.get_pipe("entity_ruler").patterns  # type: ignore[attr-defined]
    nlp.remove_pipe("entity_ruler")
    er = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
    er.add_patterns(pats)  # type: ignore[attr-defined]


def _disable(names: Iterable[str]) -> Callable[[Language], None]:
    def f(nlp: Language) -> None:
        for n in names:
            if n in nlp.pipe_names:
                nlp.disable_pipe(n)

    return f


def _punct(on: bool) -> Callable[[Language], None]:
    def f(nlp: Language) -> None:
        nlp.get_pipe("paragraphs").punct = on  # type: ignore[attr-defined]

    return f


def _sentencizer(nlp: Language) -> None:
    nlp.disable_pipe("paragraphs")
    nlp.add_pipe("sentencizer", before="parser")


def run_variants(model: str, data: Path) -> dict[str, Any]:
    """Compare sentence-start strategies and ruler placement on the same data."""
    res: dict[str, Any] = {"sentences": {}, "entities": {}}
    sent_variants: dict[str, Callable[[Language], None]] = {
        "parser alone": _disable(["paragraphs"]),
        "newline rule + parser": _punct(False),
        "newline + punct rule + parser": _punct(True),
        "punct sentencizer only": _sentencizer,
    }
    for name, ch in sent_variants.items():
        nlp = _variant(model, ch)
        res["sentences"][name] = {
            "ewt_test_sents_f": eval_ewt(nlp, data)["sents_f"],
            "gum_news_sents_f": eval_news_sentences(nlp, data)["f"],
            "polnear_sents_f": eval_news_sentences(nlp, data, "polnear")["f"],
        }
    ent_variants: dict[str, Callable[[Language], None]] = {
        "ner only": _disable(["entity_ruler", "entity_cleanup"]),
        "ner + cleanup": _disable(["entity_ruler"]),
        "ner + ruler after (shipped)": lambda nlp: None,
        "ruler before ner + cleanup": _ruler_before,
    }
    for name, ch in ent_variants.items():
        nlp = _variant(model, ch)
        res["entities"][name] = {
            "uner_test": eval_uner(nlp, data),
            "gum_news": eval_gum_news(nlp, data),
        }
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="model name or path (default: shipped)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--variants", action="store_true", help="also compare design variants")
    ap.add_argument("--json", type=Path, default=None, help="write the figures here too")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"skipped: evaluation data not found at {args.data} (pass --data DIR)")
        return 0

    from factcheck.nlp import load_pipeline, model_info

    nlp = load_pipeline(args.model)
    out: dict[str, Any] = {"model": model_info(nlp)}
    out["ewt_test"] = eval_ewt(nlp, args.data)
    out["uner_test_ents"] = eval_uner(nlp, args.data)
    out["gum_news_ents"] = eval_gum_news(nlp, args.data)
    out["gum_news_sents"] = eval_news_sentences(nlp, args.data)
    if args.variants:
        out["variants"] = run_variants(args.model or "factcheck-news", args.data)
    print(summary(out))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


def summary(out: dict[str, Any]) -> str:
    """The headline figures, one per line, for humans."""
    e, u, g = out["ewt_test"], out["uner_test_ents"], out["gum_news_ents"]
    lines = [
        f"model: {out['model']['name']} {out['model']['version']}",
        f"EWT test: UPOS {e['pos_acc']:.4f}  XPOS {e['tag_acc']:.4f}  morph {e['morph_acc']:.4f}"
        f"  lemma {e['lemma_acc']:.4f}  UAS {e['dep_uas']:.4f}  LAS {e['dep_las']:.4f}"
        f"  sentence F {e['sents_f']:.4f}",
        f"UNER EWT test entities: P {u['p']:.4f} R {u['r']:.4f} F {u['f']:.4f}  "
        + "  ".join(f"{k} {v:.4f}" for k, v in u["per_type"].items()),
        f"GUM news entities: exact F {g['exact']['f']:.4f}  end-aligned F "
        f"{g['end_aligned']['f']:.4f}",
        f"GUM news sentence F (paragraphs): {out['gum_news_sents']['f']:.4f}",
    ]
    for group, rows in out.get("variants", {}).items():
        lines.append(f"variants — {group}:")
        for name, r in rows.items():
            if group == "sentences":
                lines.append(
                    f"  {name:32s} EWT sents F {r['ewt_test_sents_f']:.4f}  "
                    f"GUM news {r['gum_news_sents_f']:.4f}  PolNeAR (silver) "
                    f"{r['polnear_sents_f']:.4f}"
                )
            else:
                gum = r["gum_news"]
                lines.append(
                    f"  {name:32s} UNER F {r['uner_test']['f']:.4f}  GUM news F exact "
                    f"{gum['exact']['f']:.4f} / end {gum['end_aligned']['f']:.4f}"
                )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
