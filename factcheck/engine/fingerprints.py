"""Fingerprints: a finding's identity that survives edits elsewhere in the article.

A baseline must keep matching a finding after a paragraph above it is added
or reworded, so the fingerprint is built from what the finding is about, not
where it is: the rule code, the flagged text and the paragraph-level context
around it (whitespace folded), plus an occurrence counter for identical
findings in the same file.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from factcheck.contract.findings import Finding

_WS = re.compile(r"\s+")
_CONTEXT = 40


def _fold(text: str) -> str:
    return _WS.sub(" ", text).strip().lower()


def context_key(text: str, start: int, end: int) -> str:
    """The flagged text with up to 40 characters either side, within its paragraph."""
    para_start = text.rfind("\n\n", 0, start)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    left = text[max(para_start, start - _CONTEXT) : start]
    right = text[end : min(para_end, end + _CONTEXT)]
    return f"{_fold(left)}[{_fold(text[start:end])}]{_fold(right)}"


def assign_fingerprints(findings: Iterable[Finding], text: str) -> list[Finding]:
    """Return the findings with ``fingerprint`` set, stable across unrelated edits."""
    seen: Counter[str] = Counter()
    out: list[Finding] = []
    for f in findings:
        base = f"{f.rule}\x1f{context_key(text, f.start, f.end)}"
        seen[base] += 1
        digest = hashlib.sha256(f"{base}\x1f{seen[base]}".encode()).hexdigest()[:20]
        out.append(replace(f, fingerprint=digest))
    return out
