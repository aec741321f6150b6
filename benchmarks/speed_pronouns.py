"""The pronoun family's share of run time: FC2xx rules against parsing, on the same texts.

Issue 11 bounds the resolver and its rules at 15% of parsing time. Both are
timed in one run on the same texts (CPU time of this process, single-threaded),
so the ratio holds on a shared machine where absolute speeds do not. Parsing is
timed without the benchmarks' parse cache; the rules run on the fresh parses.

Run: ``python benchmarks/speed_pronouns.py [--limit 100]``
Default corpus: ``../shared/data/news_bbc_2004/texts`` (skipped cleanly if absent).
"""

from __future__ import annotations

import sys
import time

from _pronouns import data_dir


def main() -> int:
    from factcheck_rules.pronouns import RULES

    from factcheck import RuleContext, Settings, Source
    from factcheck.host.readers.txt import read_txt
    from factcheck.nlp import load_pipeline

    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else 100
    path = data_dir("news_bbc_2004")
    if path is None:
        return 0
    files = sorted((path / "texts").glob("*.txt"))[:limit]
    articles = [
        read_txt(Source(f.name, f.read_text(encoding="utf-8"), "txt"), Settings()) for f in files
    ]
    nlp = load_pipeline()
    t0 = time.process_time()
    docs = list(nlp.pipe(a.prose for a in articles))
    parse = time.process_time() - t0
    for article, doc in zip(articles, docs, strict=True):
        article.doc = doc
    t0 = time.process_time()
    findings = sum(len(list(cls().check(a, RuleContext()))) for a in articles for cls in RULES)
    rules = time.process_time() - t0
    words = sum(a.words for a in articles)
    print(f"{len(articles)} texts, {words} words, {findings} FC2xx findings")
    print(f"parse {parse:.2f} s CPU, FC2xx rules {rules:.2f} s CPU")
    print(f"FC2xx share of parsing: {rules / (parse or 1):.1%} (target <= 15%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
