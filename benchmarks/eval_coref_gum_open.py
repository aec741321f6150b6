"""Resolver quality on the GUM open genres: pronoun antecedents and chain MUC/B3.

Data: ``../shared/data/ud-gum-open/conllu/gum-open-train.conllu.gz`` (107 GUM
train documents in eight openly licensed genres, with nested ``Entity=``
coreference brackets in MISC; see its README). Each document's text is rebuilt
from its ``# text`` lines (sentences joined by a space, paragraphs by a blank
line) with every word's offsets; the brackets give the gold mentions. Scored per
genre and for "tune" (news, the genre the rules are tuned on; the documents of
``eval_coref_gum.py``) against "held-out" (the other seven genres):

* Pronoun accuracy as in ``eval_coref_gum.py``: a third-person pronoun that is a
  gold mention of its own, of an entity mentioned earlier, is correct when the
  resolver's antecedent overlaps an earlier gold mention of that entity;
  unresolved counts as wrong. For he/she-family ("gendered") and all pronouns.
* MUC (Vilain et al. 1995) and B3 (Bagga and Baldwin 1998) of the shared chains
  (``coreference(article)``), gold-mention-aligned variant: system mentions are
  aligned one-to-one with gold ones (same words, else same last word, else
  covering a word of the gold minimal span) and both partitions are cut down to
  the aligned mentions, so this scores clustering, not mention detection;
  "align" is the share of gold mentions (singletons included) aligned.

Caveat: the shipped pipeline's syntax was trained on these very documents
(``training/train.sh`` links ``gum-open-train.spacy``): parses are better than on
unseen text.

Run: ``python benchmarks/eval_coref_gum_open.py [-v]`` (``-v``: gendered misses).
"""

from __future__ import annotations

import gzip
import re
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from _pronouns import SKIPPED, data_dir, parsed

if TYPE_CHECKING:
    from factcheck import Article

_GENDERED = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
_THIRD = _GENDERED | {"it", "its", "itself", "they", "them", "their", "theirs", "themselves"}
_BRACKET = re.compile(r"\((\w+)-([^()]*)(\)?)|(\w+)\)")
_FIELDS = ["etype", "infstat", "salience", "centering", "minspan", "link", "identity"]


@dataclass(frozen=True)
class Gold:
    """A gold mention: words ``first..last`` (inclusive) and its minimal-span words."""

    first: int
    last: int
    entity: str
    etype: str  # kept for per-type breakdowns
    head: frozenset[int]


@dataclass
class GumDoc:
    """One GUM document: rebuilt text, word offsets and tags, gold mentions."""

    id: str
    text: str = ""
    words: list[tuple[int, int]] = field(default_factory=list)
    xpos: list[str] = field(default_factory=list)
    mentions: list[Gold] = field(default_factory=list)

    @property
    def genre(self) -> str:
        return self.id.split("_")[1]

    def span(self, g: Gold) -> tuple[int, int]:
        return self.words[g.first][0], self.words[g.last][1]

    def word_at(self, offset: int) -> int:  # the word holding ``offset`` (or the one before)
        return max(0, bisect_right(self.words, (offset, sys.maxsize)) - 1)


def read_gum(path: Path) -> list[GumDoc]:
    """The documents of the CoNLL-U file, with words located in each ``# text``."""
    docs: list[GumDoc] = []
    doc = GumDoc("")
    fields = _FIELDS
    stacks: dict[str, list[tuple[int, list[str]]]] = defaultdict(list)
    newpar, base, sent, pos = False, 0, "", 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("# newdoc id = "):
                doc, newpar = GumDoc(line.split("=", 1)[1].strip()), False
                docs.append(doc)
                stacks.clear()
            elif line.startswith("# global.Entity = "):
                fields = line.split("=", 1)[1].strip().split("-")[1:]
            elif line.startswith("# newpar"):
                newpar = True
            elif line.startswith("# text = "):
                if doc.text:
                    doc.text += "\n\n" if newpar else " "
                base, sent, pos, newpar = len(doc.text), line[9:], 0, False
                doc.text += sent
            elif line and not line.startswith("#"):
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue  # multiword tokens (their words spell them out) and empty nodes
                lo = max(sent.find(cols[1], pos), pos)
                pos = lo + len(cols[1])
                doc.words.append((base + lo, base + pos))
                doc.xpos.append(cols[4])
                entity = re.search(r"(?:^|\|)Entity=([^|]*)", cols[9])
                for m in _BRACKET.finditer(entity.group(1) if entity else ""):
                    here = len(doc.words) - 1
                    if m.group(1):
                        attrs = m.group(2).split("-", len(fields) - 1)
                        stacks[m.group(1)].append((here, attrs))
                        if not m.group(3):
                            continue
                        key = m.group(1)
                    else:
                        key = m.group(4)
                    first, attrs = stacks[key].pop()
                    a = dict(zip(fields, attrs, strict=False))
                    rel = [int(x) for x in a.get("minspan", "").split(",") if x.isdigit()]
                    head = frozenset(first + r - 1 for r in rel) or frozenset([first, here])
                    doc.mentions.append(Gold(first, here, key, a.get("etype", "?"), head))
    return docs


def muc(key: list[set[int]], response: list[set[int]]) -> tuple[int, int]:
    """MUC recall of ``key`` against ``response`` as (numerator, denominator); swap for P."""
    where = {m: i for i, c in enumerate(response) for m in c}
    num = sum(len(k) - len({where.get(m, -1 - m) for m in k}) for k in key)
    return num, sum(len(k) - 1 for k in key)


def b3(key: list[set[int]], response: list[set[int]]) -> float:
    """B3 recall of ``key`` against ``response``, summed over mentions; swap for P."""
    where = {m: c for c in response for m in c}
    return sum(len(k & where.get(m, {m})) / len(k) for k in key for m in k)


def partitions(doc: GumDoc, chains: list[list[tuple[int, int]]]) -> tuple[list[set[int]], ...]:
    """Gold and system partitions of the aligned gold mentions (indices into ``mentions``)."""
    by_span, by_last, by_head = defaultdict(list), defaultdict(list), defaultdict(list)
    for gi, g in enumerate(doc.mentions):
        by_span[g.first, g.last].append(gi)
        by_last[g.last].append(gi)
        for h in g.head:
            by_head[h].append(gi)
    spans = [
        (ci, doc.word_at(s), doc.word_at(max(s, e - 1)))
        for ci, c in enumerate(chains)
        for s, e in c
    ]
    aligned: dict[int, int] = {}  # system mention -> gold mention
    used: set[int] = set()
    for rule in range(3):
        for si, (_, a, b) in enumerate(spans):
            if si in aligned:
                continue
            pool = (by_span[a, b], by_last[b], [g for w in range(a, b + 1) for g in by_head[w]])
            free = [g for g in pool[rule] if g not in used]
            if free:
                ms = doc.mentions
                gi = min(free, key=lambda g: (abs(ms[g].first - a), ms[g].last - ms[g].first))
                aligned[si] = gi
                used.add(gi)
    gold: dict[str, set[int]] = defaultdict(set)
    system: dict[int, set[int]] = defaultdict(set)
    for si, gi in aligned.items():
        gold[doc.mentions[gi].entity].add(gi)
        system[spans[si][0]].add(gi)
    return list(gold.values()), list(system.values())


def row(group: str, genre: str, t: Counter[str]) -> str:
    """One table line for the counts ``t`` (keys as :func:`score` writes them)."""

    def acc(k: str) -> str:
        return f"{t[k + '_ok']:>4}/{t[k]:<4} {t[k + '_ok'] / (t[k] or 1):.3f}"

    def prf(k: str, pd: str, rd: str) -> str:
        p, r = t[k + "_p"] / (t[pd] or 1), t[k + "_r"] / (t[rd] or 1)
        return f"{p:.3f} {r:.3f} {2 * p * r / ((p + r) or 1):.3f}"

    return (
        f"{group:<9}{genre:<13}{t['docs']:>4}  {acc('gendered')}  {acc('all')}  "
        f"{t['aligned'] / (t['gold'] or 1):.3f}  {prf('muc', 'muc_pd', 'muc_rd')}  "
        f"{prf('b3', 'aligned', 'aligned')}"
    )


def gold_pronouns(doc: GumDoc) -> Iterator[tuple[int, int, str, list[tuple[int, int]]]]:
    """The scored pronouns: third-person PRP/PRP$ words that are a gold mention of an
    entity mentioned earlier, as (start, end, lowercased word, earlier gold spans)."""
    own = {(g.first, g.last): g for g in doc.mentions}
    size = Counter(g.entity for g in doc.mentions)
    for w, (s, e) in enumerate(doc.words):
        word = doc.text[s:e].lower()
        g = own.get((w, w))
        if word not in _THIRD or doc.xpos[w] not in ("PRP", "PRP$") or g is None:
            continue
        earlier = [doc.span(m) for m in doc.mentions if m.entity == g.entity and m.first < w]
        if size[g.entity] >= 2 and earlier:
            yield s, e, word, earlier


def score(doc: GumDoc, art: Article, t: Counter[str], verbose: bool) -> None:
    """Add one parsed document's pronoun and chain scores to ``t``."""
    from factcheck_rules.pronouns.analysis.resolver import resolve

    from factcheck.analysis.coref import coreference

    t["docs"] += 1
    by_start = {r.pronoun.start: r for r in resolve(art)}
    for s, e, word, earlier in gold_pronouns(doc):
        r = by_start.get(s)
        ant = r.antecedent if r is not None else None
        ok = ant is not None and any(a < ant.end and ant.start < b for a, b in earlier)
        keys = ["all"] + (["gendered"] if word in _GENDERED else [])
        for k in keys:
            t[k + "_ok"] += ok
            t[k] += 1
        if verbose and not ok and "gendered" in keys:
            a, b = max(earlier, key=lambda x: (x[1] <= s, x[0]))
            got = ant.text if ant is not None else None
            print(f"  MISS {doc.id} {doc.text[s:e]!r}@{s}: gold {doc.text[a:b]!r}, got {got!r}")
    chains = [[(m.span.start, m.span.end) for m in c.mentions] for c in coreference(art).chains]
    key, response = partitions(doc, chains)
    (rn, rd), (pn, pd) = muc(key, response), muc(response, key)
    t.update(muc_r=rn, muc_rd=rd, muc_p=pn, muc_pd=pd, gold=len(doc.mentions))
    t.update(b3_r=b3(key, response), b3_p=b3(response, key), aligned=sum(map(len, key)))


def main() -> int:
    import factcheck_rules.pronouns.analysis.chains  # noqa: F401  (registers the chains)

    path = data_dir("ud-gum-open")
    if path is None:
        return 0
    docs = read_gum(path / "conllu" / "gum-open-train.conllu.gz")
    verbose = "-v" in sys.argv
    tallies: dict[str, Counter[str]] = defaultdict(Counter)
    mismatched = 0
    for doc, art in zip(docs, parsed([d.text for d in docs]), strict=True):
        if art.doc is None:
            continue
        if art.prose != doc.text or art.text != doc.text:
            mismatched += 1
            continue
        score(doc, art, tallies[doc.genre], verbose)
    print("GUM open genres (train split): resolver vs gold coreference (MUC/B3 gold-aligned)")
    print(
        f"{'group':<9}{'genre':<13}{'docs':>4}  {'gendered':<15}  {'3rd person':<15}  "
        "align  MUC-P MUC-R MUC-F  B3-P  B3-R  B3-F"
    )
    held: Counter[str] = Counter()
    for genre in ["news", *sorted(g for g in tallies if g != "news")]:
        print(row("tune" if genre == "news" else "held-out", genre, tallies[genre]))
        if genre != "news":
            held.update(tallies[genre])
    print(row("held-out", "(all)", held))
    print(row("all", "(all)", held + tallies["news"]))
    if SKIPPED:
        print(f"  ({len(SKIPPED)} texts skipped: the pipeline failed on them)")
    if mismatched:
        print(f"  ({mismatched} texts skipped: the reader changed the text)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
