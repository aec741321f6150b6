"""HS101 house-style-term: a term written the way the style guide says not to."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck import Applicability, Diagnostic, Fix, Rule, RuleContext, Severity
from factcheck.engine.config import ConfigError

from factcheck_house_style.terms import Term, TermError, find_terms, merge, terms_from_options

if TYPE_CHECKING:
    from factcheck import Article

#: The plugin's name: its entry-point name and its key under ``plugin-options``.
PLUGIN_NAME = "house-style"


def config_base(settings: Mapping[str, Any]) -> Path:
    """The folder relative ``terms-file`` paths refer to: the configuration file's."""
    config_file = settings.get("config-file")
    return Path(config_file).parent if config_file else Path.cwd()


def configured_terms(
    settings: Mapping[str, Any], rule_options: Mapping[str, Any]
) -> tuple[Term, ...]:
    """The run's term list: plugin options first, then this rule's options on top.

    Raises :class:`~factcheck.engine.config.ConfigError`, which the host reports as
    a configuration error naming the bad key or file.
    """
    plugin_options = settings.get("plugin-options", {}).get(PLUGIN_NAME, {})
    base = config_base(settings)
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
