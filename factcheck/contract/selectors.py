"""What a rule selector means: one definition for the engine and for plugins.

Selectors are rule codes or code prefixes (``FC``, ``FC3``, ``FC301``), rule
names (``doubled-word``), or ``ALL``. ``--select``/``--ignore``, configuration,
per-file ignores and inline suppressions all read a selector through
:func:`specificity`, so a suppression plugin means by ``FC3`` exactly what the
command line does.
"""

from __future__ import annotations

_NAME_SPECIFICITY = 100


def specificity(selector: str, code: str, name: str) -> int:
    """How specifically ``selector`` names the rule ``code``/``name``; 0 when it does not.

    The one definition of what a selector means (``ALL``, the rule name, or a
    code prefix), shared by ``--select``/``--ignore``, configuration and inline
    suppressions. A name beats any code prefix; a longer prefix beats a shorter.
    """
    if selector == "ALL":
        return 1
    if selector == name:
        return _NAME_SPECIFICITY
    if code.startswith(selector.upper()):
        return 1 + len(selector)
    return 0


def matches(selector: str, code: str, name: str) -> bool:
    """True when ``selector`` names the rule ``code``/``name``."""
    return specificity(selector, code, name) > 0
