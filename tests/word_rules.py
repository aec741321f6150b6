"""Tiny word-spotting rules for host tests that must not depend on the language model."""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck import Article, Diagnostic, Rule, RuleContext, Severity

WORD_RULE_DOC = """Flags a fruit.

## What it does

Flags every occurrence of one word.

## Why it matters

Tests need findings that do not depend on the language model.

## Example

A banana.

## Use instead

An apple.

## Limitations

Whole words only.
"""


def word_rule(code: str, name: str, word: str, severity: Severity = Severity.WARNING) -> type[Rule]:
    """A rule class that flags every whole-word occurrence of ``word`` in the prose."""

    def check(self: Rule, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        for m in re.finditer(rf"\b{word}\b", article.prose, re.IGNORECASE):
            yield Diagnostic(m.start(), m.end(), f"found {word}")

    attrs = {
        "__doc__": WORD_RULE_DOC,
        "code": code,
        "name": name,
        "category": "garbled",
        "severity": severity,
        "needs_parse": False,
        "check": check,
    }
    return type(f"{word.title()}Rule", (Rule,), attrs)
