"""The shared coreference chains, and a knowledge plugin that knows a person's pronouns."""

from __future__ import annotations

from factcheck import Claim, ClaimKind, Outcome, Settings, Verdict, hookimpl
from factcheck.testing import assert_finds, assert_no_finding, check_text


class _Pronouns:
    """An in-test knowledge plugin: Robin Vale goes by "she"."""

    @hookimpl
    def factcheck_verify_claim(self, claim: Claim, settings: Settings) -> list[Verdict] | None:
        if claim.kind != ClaimKind.PRONOUN or "Robin Vale" not in claim.entities:
            return None
        if claim.value in ("she", "her", "hers", "herself"):
            return [Verdict(Outcome.VERIFIED, "newsroom facts")]
        return [Verdict(Outcome.CONTRADICTED, "newsroom facts", expected="she")]


def test_fact_reports_pronoun_the_article_cannot_judge() -> None:
    text = "Robin Vale opened the festival on Friday. He said ticket sales were strong.\n"
    assert_no_finding(check_text(text, select=["FC202"]))
    findings = check_text(text, select=["FC202"], plugins=[_Pronouns()])
    assert_finds(findings, "FC202", "He")
    assert findings[0].fix is not None and findings[0].fix.replacement == "She"


def test_fact_confirms_pronoun_the_article_doubts() -> None:
    text = "Mr Robin Vale opened the festival on Friday. She said ticket sales were strong.\n"
    assert_finds(check_text(text, select=["FC202"]), "FC202", "She")
    assert_no_finding(check_text(text, select=["FC202"], plugins=[_Pronouns()]))


def test_chains_are_shared() -> None:
    from factcheck_rules.pronouns.analysis.chains import build

    from factcheck import Source, Span
    from factcheck.analysis.coref import coreference
    from factcheck.host.readers.txt import read_txt
    from factcheck.nlp import load_pipeline

    text = "Mrs Ann Lee runs the shop. Lee said she would expand it next year.\n"
    article = read_txt(Source("t.txt", text, "txt"), Settings())
    article.doc = load_pipeline()(article.prose)
    coref = coreference(article)
    assert coref == build(article)
    she = next(lnk for lnk in coref.links if lnk.text == "she")
    chain = coref.chain_at(she.pronoun)
    assert chain is not None and chain.kind == "person" and chain.gender == "f"
    assert chain.name == "Mrs Ann Lee" or "Lee" in chain.name
    assert coref.chain_at(Span(text.index("Lee said"), text.index("Lee said") + 3)) is chain
    assert she.reason


def test_parse_coref_shows_chains_and_reasons() -> None:
    from click.testing import CliRunner

    from factcheck.cli.parse import parse_cmd

    text = "Mrs Patel said the plan was sound. She added that it would save money."
    result = CliRunner().invoke(parse_cmd, ["--coref", text])
    assert result.exit_code == 0, result.output
    assert "Mrs Patel | She" in result.output
    assert "salience" in result.output
