"""The reference article raises no FC5xx warning; one misspelt name in it raises one."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Severity
from factcheck.testing import check_text

REPO = Path(__file__).resolve().parents[3]
CANDIDATES = [
    p / "shared" / "examples" / "un-security-council.txt" for p in (REPO.parent, REPO.parent.parent)
]
REFERENCE = next((p for p in CANDIDATES if p.is_file()), None)
pytestmark = pytest.mark.skipif(REFERENCE is None, reason="shared/examples is not available")


def _alarms(text: str) -> list[str]:
    found = check_text(text, select=["FC5"])
    return [f"{f.rule} {f.excerpt}" for f in found if f.severity >= Severity.WARNING]


def test_reference_article_is_consistent() -> None:
    assert REFERENCE is not None
    assert _alarms(REFERENCE.read_text(encoding="utf-8")) == []


def test_one_misspelt_name_raises_one_warning() -> None:
    assert REFERENCE is not None
    text = REFERENCE.read_text(encoding="utf-8")
    last = text.rindex("Thomas-Greenfield")
    changed = text[:last] + "Thomas-Greenfeld" + text[last + len("Thomas-Greenfield") :]
    assert _alarms(changed) == ["FC501 Thomas-Greenfeld"]
