"""HS101 house-style-term: a term written the way the style guide says not to."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from factcheck import (
    Applicability,
    ConfigError,
    Diagnostic,
    Fix,
    Options,
    Rule,
    RuleContext,
    RuleOption,
    Settings,
    Severity,
)

from factcheck_house_style.terms import Term, TermError, find_terms, merge, terms_from_options

if TYPE_CHECKING:
    from factcheck import Article

#: The plugin's name: its entry-point name and its key under ``plugin-options``.
PLUGIN_NAME = "house-style"


def configured_terms(settings: Settings, rule_options: Options) -> tuple[Term, ...]:
    """The run's term list: plugin options first, then this rule's options on top.

    Relative ``terms-file`` paths are read from ``settings.config_dir``, the
    configuration file's folder. Raises :class:`~factcheck.ConfigError`, which
    the host reports as a configuration error naming the bad key or file.
    """
    plugin_options = settings.plugin_options_for(PLUGIN_NAME)
    base = settings.config_dir
    try:
        return merge(
            terms_from_options(plugin_options, base, f"plugin-options.{PLUGIN_NAME}"),
            terms_from_options(rule_options, base, f"rule-options.{HouseStyleTerm.code}"),
        )
    except TermError as exc:
        raise ConfigError(str(exc)) from exc


class HouseStyleTerm(Rule):
    """A term spelled the way the newsroom's style guide says not to ("e-mail" for "email").

    ## What it does
    Finds the wrong forms listed in the style guide, in every hyphenation and
    spacing ("Kim Jong-un", "Kim Jong-Un", "Kim Jong un"), and suggests the
    preferred form. Terms come from configuration:

    ```toml
    [tool.factcheck.plugin-options.house-style]
    terms = { "Kim Jong-un" = "Kim Jong Un", "e-mail" = "email" }
    terms-file = "style.toml"   # a [terms] table, relative to this file
    ```

    ## Why it matters
    Readers notice when one story writes "Kim Jong-un" and the next "Kim Jong
    Un", and search, tagging and archives treat the two as different people.
    A style guide only works if it is applied to every story, on deadline.

    ## Example
    ```text
    Kim Jong-un sent an e-mail to the delegation on Friday.
    ```

    ## Use instead
    ```text
    Kim Jong Un sent an email to the delegation on Friday.
    ```

    ## Limitations
    Matches whole words only: inflected forms ("e-mails") need their own
    entry. Names (terms with a capital letter) match only with the capitals of
    the wrong or the preferred form, so "Turkey" = "Türkiye" leaves the bird
    alone, but a name in all capitals is not checked. Web and e-mail
    addresses, handles and hashtags are skipped; quotations are checked, as
    house style applies inside quotes. Relative ``terms-file`` paths are
    resolved against the configuration file found for the run.
    """

    code = "HS101"
    name = "house-style-term"
    category = "consistency"
    severity = Severity.WARNING
    needs_parse = False
    config_options = (
        RuleOption("terms", "table", "Wrong form = preferred form, added to the plugin's."),
        RuleOption("terms-file", "strings", "TOML files with a [terms] table."),
    )

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        terms = configured_terms(ctx.settings, ctx.options)
        if not terms:
            return []
        out: list[Diagnostic] = []
        for m in find_terms(article.prose, article.text, terms):
            found = " ".join(m.found.split())
            message = f'House style is "{m.replacement}", not "{found}".'
            if m.term.note:
                message += f" {m.term.note}"
            out.append(
                Diagnostic(
                    start=m.start,
                    end=m.end,
                    message=message,
                    confidence=0.9,
                    fix=Fix(
                        title=f'Write "{m.replacement}"',
                        replacement=m.replacement,
                        # The newsroom decided the spelling: the meaning cannot change.
                        applicability=Applicability.SAFE,
                    ),
                    data={"term": m.term.avoid, "preferred": m.term.use},
                )
            )
        return out
