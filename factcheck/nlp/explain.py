"""Human- and machine-readable dumps of a parsed Doc (for ``factcheck parse``).

Why: rule authors and users debugging a finding need to see exactly what the pipeline
decided — tags, heads, entities, sentence starts — without writing spaCy code. The
table is plain text (no terminal codes) so it can be pasted into issues and tests.
"""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from factcheck.analysis.coref import Coreference

FORMATS = ("table", "json")


def _visible(text: str) -> str:
    """Make whitespace tokens visible in a table cell."""
    return text.replace("\n", "\\n").replace("\t", "\\t") if text.strip() == "" else text


def doc_to_dict(doc: Doc) -> dict[str, Any]:
    """Tokens, entities and sentences of ``doc`` as plain JSON-serialisable data."""
    tokens = [
        {
            "i": t.i,
            "text": t.text,
            "idx": t.idx,
            "lemma": t.lemma_,
            "pos": t.pos_,
            "tag": t.tag_,
            "dep": t.dep_,
            "head": t.head.i,
            "morph": str(t.morph),
            "ent_type": t.ent_type_,
            "ent_iob": t.ent_iob_,
            "ent_id": t.ent_id_,
            "sent_start": bool(t.is_sent_start),
        }
        for t in doc
    ]
    ents = [
        {
            "text": e.text,
            "label": e.label_,
            "id": e.ent_id_,
            "start_char": e.start_char,
            "end_char": e.end_char,
            "start": e.start,
            "end": e.end,
        }
        for e in doc.ents
    ]
    sents: list[dict[str, Any]] = []
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        sents = [
            {
                "text": s.text,
                "start_char": s.start_char,
                "end_char": s.end_char,
                "start": s.start,
                "end": s.end,
            }
            for s in doc.sents
        ]
    return {"text": doc.text, "tokens": tokens, "ents": ents, "sents": sents}


def _table(data: dict[str, Any]) -> str:
    from rich.console import Console
    from rich.table import Table

    buf = io.StringIO()
    console = Console(file=buf, width=200, color_system=None, force_terminal=False)
    tt = Table(title="Tokens", show_lines=False, box=None, pad_edge=False)
    cols = ["i", "text", "lemma", "pos", "tag", "dep", "head", "morph", "ent", "sent"]
    for c in cols:
        tt.add_column(c, overflow="fold", justify="right" if c in ("i", "head") else "left")
    for t in data["tokens"]:
        ent = f"{t['ent_iob']}-{t['ent_type']}" if t["ent_type"] else ""
        tt.add_row(
            str(t["i"]),
            _visible(t["text"]),
            _visible(t["lemma"]),
            t["pos"],
            t["tag"],
            t["dep"],
            str(t["head"]),
            t["morph"],
            ent,
            "*" if t["sent_start"] else "",
        )
    console.print(tt)

    et = Table(title="Entities", box=None, pad_edge=False)
    for c in ("text", "label", "id", "chars"):
        et.add_column(c)
    for e in data["ents"]:
        et.add_row(e["text"], e["label"], e["id"], f"{e['start_char']}-{e['end_char']}")
    console.print(et if data["ents"] else "Entities: none")

    st = Table(title="Sentences", box=None, pad_edge=False)
    st.add_column("#", justify="right")
    st.add_column("chars")
    st.add_column("text", overflow="fold")
    for n, s in enumerate(data["sents"]):
        st.add_row(str(n), f"{s['start_char']}-{s['end_char']}", s["text"].strip())
    console.print(st if data["sents"] else "Sentences: not set")
    return buf.getvalue()


def explain_doc(doc: Doc, *, fmt: str = "table") -> str:
    """Render ``doc`` as a text table (``fmt="table"``) or a JSON string (``fmt="json"``).

    Columns: token index, text, lemma, coarse POS, fine tag, dependency label, head
    index, morphology, entity (IOB-label) and a ``*`` where a sentence starts; then the
    entities (with gazetteer id) and the sentences.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    data = doc_to_dict(doc)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2)
    return _table(data)


def explain_coref(coref: Coreference, *, fmt: str = "table") -> str:
    """Render coreference chains and pronoun links (for ``factcheck parse --coref``).

    Why: a user who sees "'he' refers to Baker" must be able to check which
    Baker the resolver meant and why; each link lists its antecedent, its
    confidence and the reason in words.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    shown = [c for c in coref.chains if len(c.mentions) > 1 or c.kind == "person"]
    if fmt == "json":
        chains = [
            {
                "id": c.id,
                "kind": c.kind,
                "gender": c.gender,
                "gender_from": c.gender_from,
                "mentions": [
                    {"start": m.span.start, "end": m.span.end, "text": m.text, "form": m.form}
                    | ({"quoted": True} if m.quoted else {})
                    | ({"via": m.via} if m.via else {})
                    for m in c.mentions
                ],
            }
            for c in shown
        ]
        links = [
            {
                "pronoun": lnk.text,
                "start": lnk.pronoun.start,
                "chain": lnk.chain,
                "antecedent": None
                if lnk.antecedent is None
                else [lnk.antecedent.start, lnk.antecedent.end],
                "confidence": lnk.confidence,
                "reason": lnk.reason,
            }
            for lnk in coref.links
        ]
        return json.dumps({"chains": chains, "links": links}, ensure_ascii=False, indent=2)
    out = io.StringIO()
    out.write("Chains:\n")
    for c in shown:
        gender = f", {c.gender} ({c.gender_from})" if c.gender else ""
        words = " | ".join(
            _visible(m.text) + (f" ({m.via})" if m.via not in ("", "pronoun") else "")
            for m in c.mentions
        )
        out.write(f"  #{c.id} {c.kind}{gender}: {words}\n")
    out.write("Pronouns:\n")
    for lnk in coref.links:
        target = "unresolved" if lnk.chain < 0 else f"-> #{lnk.chain}"
        out.write(
            f"  {lnk.pronoun.start:>6} {lnk.text:<9} {target} "
            f"(confidence {lnk.confidence:.2f}): {lnk.reason}\n"
        )
    return out.getvalue()
