"""The pytest plugin of factcheck's testing kit, loaded through the ``pytest11`` entry point.

Every pytest session in an environment where factcheck is installed loads
this module, including sessions that have nothing to do with factcheck. So it
imports only pytest and the light :mod:`factcheck.testing` modules: no spaCy,
no runner. Those load inside the fixtures, when a test actually checks text.

It adds ``--factcheck-model NAME`` (or ``factcheck_model = NAME`` in the pytest
ini section) so a plugin author can run the same tests against another spaCy
pipeline, such as ``en_core_web_sm``, and the fixtures ``factcheck_check``
and ``factcheck_model``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from factcheck.testing import check as _check
from factcheck.testing.check import Checker

if TYPE_CHECKING:
    from factcheck import Finding

_OPTION = "--factcheck-model"
_INI = "factcheck_model"
_PREVIOUS = pytest.StashKey[str | None]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "factcheck rule testing")
    group.addoption(
        _OPTION,
        dest="factcheck_model",
        default=None,
        metavar="NAME",
        help="spaCy pipeline for factcheck checks in tests: 'factcheck-news' (shipped, "
        "the default), an installed package such as en_core_web_sm, or a folder.",
    )
    parser.addini(_INI, "spaCy pipeline for factcheck checks in tests (see --factcheck-model).")


def _model_from(config: pytest.Config) -> str | None:
    value = config.getoption("factcheck_model") or config.getini(_INI)
    return str(value) if value else None


def pytest_configure(config: pytest.Config) -> None:
    # Set a process-wide default so direct check_text() calls honour the option too.
    # Remember the old one: pytester runs nested sessions in the same process.
    config.stash[_PREVIOUS] = _check.default_model()
    _check.set_default_model(_model_from(config))


def pytest_unconfigure(config: pytest.Config) -> None:
    _check.set_default_model(config.stash.get(_PREVIOUS, None))


def pytest_report_header(config: pytest.Config) -> str | None:
    model = _model_from(config)
    return f"factcheck model: {model}" if model else None


@pytest.fixture
def factcheck_model(pytestconfig: pytest.Config) -> str:
    """The spaCy pipeline the checks of this session use (``factcheck-news`` by default)."""
    return _model_from(pytestconfig) or "factcheck-news"


@pytest.fixture
def factcheck_check(factcheck_model: str) -> Checker:
    """:func:`factcheck.testing.check_text`, bound to the session's model.

    ``findings = factcheck_check("The the minister said ...", select=["FC101"])``
    """

    def checker(text: str, **kwargs: Any) -> list[Finding]:
        kwargs.setdefault("model", factcheck_model)
        return _check.check_text(text, **kwargs)

    return checker
