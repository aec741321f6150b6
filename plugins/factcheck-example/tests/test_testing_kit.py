"""What this plugin's tests rely on from ``factcheck.testing``, checked directly.

The kit must fail loudly (a crashing rule is an error, not "no findings"),
explain failures with the findings it saw, pass ``--factcheck-model`` to the
runs, and keep pytest start-up free of spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import pytest
from factcheck import Article, Diagnostic, Rule, RuleContext, Severity, hookimpl
from factcheck.testing import (
    Case,
    CheckError,
    RuleTester,
    assert_finds,
    assert_no_finding,
    cases,
    check_text,
    run_text,
)

pytest_plugins = ["pytester"]

_DOCS = """

    ## What it does
    Test rule.

    ## Why it matters
    Test rule.

    ## Example
    Test rule.

    ## Use instead
    Test rule.

    ## Limitations
    Test rule.
    """


class LongSentence(Rule):
    __doc__ = "A sentence of more than twelve words, found with the spaCy parse." + _DOCS
    code = "TK101"
    name = "long-sentence"
    category = "consistency"
    severity = Severity.INFO

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        limit = ctx.options.get_int("max-words", 12)
        for sent in article.sentences():
            words = [t for t in sent if t.is_alpha]
            if len(words) > limit:
                yield Diagnostic(sent.start_char, sent.end_char, f"{len(words)} words")


class Broken(Rule):
    __doc__ = "A rule that always raises, as a buggy rule would." + _DOCS
    code = "TK102"
    name = "broken"
    category = "consistency"

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        raise KeyError("speaker")


class KitPlugin:
    """A plugin object (not a module): the kit must register it just the same."""

    @hookimpl
    def factcheck_register_rules(self) -> Sequence[type[Rule]]:
        return [LongSentence, Broken]


STORY = (
    "The council met on Monday. After a long debate that ran past midnight, "
    "councillors voted by nine votes to four to close the library on Elm Street."
)


def test_check_runs_the_parse_and_rule_options() -> None:
    found = check_text(STORY, plugins=[KitPlugin()], builtin=False, select=["TK101"])
    assert_finds(found, "long-sentence", count=1, message=r"^2\d words$")
    relaxed = check_text(
        STORY,
        plugins=[KitPlugin()],
        builtin=False,
        select=["TK101"],
        rule_options={"TK101": {"max-words": 40}},
    )
    assert_no_finding(relaxed)


def test_a_crashing_rule_raises_instead_of_finding_nothing() -> None:
    with pytest.raises(CheckError, match=r"rule TK102 .*KeyError: 'speaker'") as info:
        check_text(STORY, plugins=[KitPlugin()], builtin=False, select=["TK102"])
    assert [f.rule for f in info.value.failures] == ["TK102"]
    result = run_text(STORY, plugins=[KitPlugin()], builtin=False, select=["TK102"])
    assert len(result.failures) == 1  # run_text hands the failure over instead


def test_builtin_false_loads_no_installed_rules() -> None:
    result = run_text("The the vote was close.", plugins=[KitPlugin()], builtin=False)
    assert sorted(result.rules) == ["TK101", "TK102"]


def test_assertion_messages_list_what_was_found() -> None:
    found = check_text("The the vote was close.", select=["FC101"])
    with pytest.raises(AssertionError) as info:
        assert_finds(found, "FC101", "the vote")
    message = str(info.value)
    assert "excerpt 'the vote'" in message and "FC101 doubled-word" in message
    assert "'The the'" in message
    with pytest.raises(AssertionError, match=r"no finding of FC1, found 1"):
        assert_no_finding(found, "FC1")


def test_rule_tester_reports_the_row_and_the_findings() -> None:
    tester = RuleTester("FC101")
    [case] = tester.cases(invalid=[{"text": "The the vote was close.", "excerpt": "vote"}])
    with pytest.raises(AssertionError) as info:
        case.check()
    message = str(info.value)
    assert "invalid case invalid0" in message
    assert re.search(r"expected excerpts \['vote'\], got \['The the'\]", message)
    with pytest.raises(TypeError, match=r"unknown key.*excerp"):
        tester.cases(invalid=[{"text": "x", "excerp": "x"}])


@cases(
    "doubled-word",
    valid=["She said she had had enough of the delays."],
    invalid=[{"text": "The the vote was close, the clerk said.", "excerpt": "The the"}],
)
def test_cases_decorator_gives_each_row(case: Case) -> None:
    found = case.check()
    assert all(f.name == "doubled-word" for f in found)
    assert len(found) == (0 if case.valid else 1)


def test_unknown_selector_is_an_error() -> None:
    from factcheck.engine.selection import SelectorError

    with pytest.raises(SelectorError, match="ZZ999"):
        check_text("A quiet day.", select=["ZZ999"])


def test_model_option_reaches_the_runs(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import sys
        from factcheck import hookimpl
        from factcheck.nlp import ModelError
        from factcheck import Rule
        from factcheck.testing import check_text, default_model

        class Parsed(Rule):
            \"\"\"Needs the parse.

            ## What it does
            x
            ## Why it matters
            x
            ## Example
            x
            ## Use instead
            x
            ## Limitations
            x
            \"\"\"
            code, name, category = "TK103", "parsed", "consistency"

            def check(self, article, ctx):
                article.require_doc()
                return []

        class Plugin:
            @hookimpl
            def factcheck_register_rules(self):
                return [Parsed]

        def test_start_up_is_light():
            assert "spacy" not in sys.modules

        def test_model(factcheck_model):
            assert default_model() == factcheck_model == "no-such-pipeline"
            try:
                check_text("A quiet day in the council chamber.", plugins=[Plugin()])
            except ModelError as exc:
                assert "no-such-pipeline" in str(exc)
            else:
                raise AssertionError("the model option was not used")
        """
    )
    result = pytester.runpytest_subprocess("--factcheck-model", "no-such-pipeline")
    result.stdout.fnmatch_lines(["factcheck model: no-such-pipeline"])
    result.assert_outcomes(passed=2)
