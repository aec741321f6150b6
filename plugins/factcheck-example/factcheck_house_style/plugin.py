"""The entry point of the plugin (``[project.entry-points.factcheck] house-style = ...``).

factcheck imports this module whenever it builds its plugin manager,
including for ``factcheck --help`` and ``factcheck rules``, so it imports
nothing heavy: the rule module only needs the standard library.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck import Rule, Settings, hookimpl

from factcheck_house_style.rule import HouseStyleTerm, configured_terms


@hookimpl
def factcheck_register_rules() -> Sequence[type[Rule]]:
    """The plugin's one rule."""
    return [HouseStyleTerm]


@hookimpl
def factcheck_configure(settings: Settings) -> None:
    """Check the term lists once, before any file is read.

    A typo in the style file then stops the run with a configuration error
    (exit code 2) instead of failing the rule on every article.
    """
    rule_options = settings.rule_options_for(HouseStyleTerm.code, HouseStyleTerm.name)
    configured_terms(settings, rule_options)
