"""HS101 through the real factcheck host, with the testing kit.

The plugin module is passed to each check (``plugins=[house_style]``), so
these tests run whether or not the distribution is installed; an installed
copy is blocked for the call, so the rule is never registered twice.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from factcheck.engine.config import ConfigError
from factcheck.testing import (
    Checker,
    RuleTester,
    apply_fixes,
    assert_finds,
    assert_no_finding,
    check_text,
)

import factcheck_house_style.plugin as house_style
from factcheck_house_style.rule import HouseStyleTerm

STYLE = {
    "terms": {
        "Kim Jong-un": "Kim Jong Un",
        "e-mail": "email",
        "web site": "website",
        "healthcare": "health care",
        "Turkey": {"use": "Türkiye", "note": "The country's name since 2022."},
    }
}

hs101 = RuleTester(
    "HS101", plugins=[house_style], builtin=False, plugin_options={"house-style": STYLE}
)

test_hs101_table = hs101.run(
    valid=[
        "Kim Jong Un inspected the launch site on Tuesday, state media reported.",
        "Residents can email the council or write to the town hall.",
        "A turkey farmer in Norfolk said feed prices had doubled since March.",
        "The statement was posted at https://example.org/news/kim-jong-un-statement on Monday.",
        "Tips went to e-mail@newsdesk.example.org, the paper said.",
        "The hashtag #KimJongun trended for an hour after the broadcast.",
        "The e-mails were released under the Freedom of Information Act.",
        "The trust spent more on health care than on roads, the report found.",
        {"text": "Visit our website for the full list of road closures.", "id": "preferred"},
    ],
    invalid=[
        {
            "text": "Kim Jong-un inspected the launch site on Tuesday.",
            "excerpt": "Kim Jong-un",
            "fix": "Kim Jong Un",
            "message": r'House style is "Kim Jong Un", not "Kim Jong-un"',
            "severity": "warning",
            "output": "Kim Jong Un inspected the launch site on Tuesday.",
        },
        {
            "text": "Analysts said Kim Jong-Un had not been seen in public for weeks.",
            "excerpt": "Kim Jong-Un",
        },
        {
            "text": "Envoys met Kim Jong un in Pyongyang, according to the ministry.",
            "excerpt": "Kim Jong un",
        },
        {
            "text": "Talks between the envoys and Kim Jong\nun resumed in Hanoi on Friday.",
            "excerpt": "Kim Jong\nun",
            "output": "Talks between the envoys and Kim Jong Un resumed in Hanoi on Friday.",
        },
        {
            "text": "E-mail the council before Friday, residents were told.",
            "excerpt": "E-mail",
            "output": "Email the council before Friday, residents were told.",
        },
        {
            "text": "The web site crashed after an e-mail went to 40,000 subscribers.",
            "excerpt": ["web site", "e-mail"],
            "output": "The website crashed after an email went to 40,000 subscribers.",
        },
        {
            "text": "Turkey said it would host the talks in Istanbul.",
            "excerpt": "Turkey",
            "message": "since 2022",
            "fix": "Türkiye",
        },
        {
            "text": "The health-care bill passed its second reading.",
            "output": "The health care bill passed its second reading.",
        },
        {
            "text": "“We will e-mail the details to every family,” the head teacher said.",
            "excerpt": "e-mail",
        },
        {
            "text": "[Kim Jong-un](https://example.org/kim-jong-un) met the envoy.\n",
            "format": "md",
            "excerpt": "Kim Jong-un",
            "id": "markdown-link-text",
        },
    ],
)


def test_rule_honours_the_contract() -> None:
    HouseStyleTerm.validate()
    assert HouseStyleTerm.code == "HS101"
    assert HouseStyleTerm.category == "consistency"


def test_documented_example_is_flagged_and_its_correction_is_clean() -> None:
    sections = HouseStyleTerm.docs().sections
    example = sections["Example"].split("```text\n")[1].split("```")[0]
    corrected = sections["Use instead"].split("```text\n")[1].split("```")[0]
    options = {"house-style": {"terms": {"Kim Jong-un": "Kim Jong Un", "e-mail": "email"}}}
    found = check_text(
        example, plugins=[house_style], builtin=False, select=["HS101"], plugin_options=options
    )
    assert apply_fixes(example, found) == corrected
    clean = check_text(
        corrected, plugins=[house_style], builtin=False, select=["HS101"], plugin_options=options
    )
    assert_no_finding(clean)


def test_terms_file_is_resolved_against_the_config_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    newsroom = tmp_path / "newsroom"
    newsroom.mkdir()
    (newsroom / "style.toml").write_text(
        '[terms]\n"Kim Jong-un" = "Kim Jong Un"\n"per cent" = "percent"\n', encoding="utf-8"
    )
    config = newsroom / "factcheck.toml"
    config.write_text(
        '[plugin-options.house-style]\nterms-file = "style.toml"\n'
        'terms = { "per cent" = { use = "%", note = "Use the sign after figures." } }\n',
        encoding="utf-8",
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # relative to the config file, not the working directory
    found = check_text(
        "Turnout rose 4 per cent, Kim Jong-un's aides said.",
        plugins=[house_style],
        builtin=False,
        select=["HS101"],
        config_file=config,
    )
    assert_finds(found, "HS101", "Kim Jong-un")
    # The inline entry overrides the file's entry for the same wrong form.
    assert_finds(found, "HS101", "per cent", message="sign after figures")


def test_rule_options_add_terms_for_one_desk() -> None:
    found = check_text(
        "The e-mail said the ceasefire would hold until the weekend.",
        plugins=[house_style],
        builtin=False,
        rule_options={"house-style-term": {"terms": {"ceasefire": "cease-fire"}}},
        plugin_options={"house-style": STYLE},
    )
    assert [f.excerpt for f in found] == ["e-mail", "ceasefire"]


def test_no_terms_configured_means_no_findings() -> None:
    found = check_text(
        "Kim Jong-un sent an e-mail.", plugins=[house_style], builtin=False, select=["HS101"]
    )
    assert_no_finding(found)


def test_runs_next_to_the_built_in_rules() -> None:
    found = check_text(
        "The the council sent an e-mail to residents on Monday.",
        plugins=[house_style],
        plugin_options={"house-style": STYLE},
    )
    assert_finds(found, "FC101", "The the", count=1)
    assert_finds(found, "house-style-term", "e-mail", count=1)


@pytest.mark.parametrize(
    ("options", "complaint"),
    [
        ({"terms": {"e-mail": 42}}, "'e-mail' must map to a string or a table"),
        ({"term": {"e-mail": "email"}}, "unknown option"),
        ({"terms": {"e-mail": {"use": "email", "notes": "x"}}}, "unknown key"),
        ({"terms-file": "no-such-style.toml"}, "no-such-style.toml"),
        ({"terms": {"email": "email"}}, "its own preferred form"),
    ],
)
def test_bad_configuration_stops_the_run(options: dict[str, object], complaint: str) -> None:
    with pytest.raises(ConfigError, match=complaint):
        check_text(
            "The council sent an e-mail.",
            plugins=[house_style],
            builtin=False,
            plugin_options={"house-style": options},
        )


def test_fixture_uses_the_session_model(factcheck_check: Checker) -> None:
    found = factcheck_check(
        "Officials said Kim Jong-un would attend.",
        plugins=[house_style],
        builtin=False,
        plugin_options={"house-style": STYLE},
    )
    assert_finds(found, "HS101", "Kim Jong-un", count=1)


def test_example_style_file_is_valid() -> None:
    example = Path(__file__).resolve().parents[1] / "examples" / "style.toml"
    found = check_text(
        "Kiev and Kim Jong-un were on the agenda, the e-mail said.",
        plugins=[house_style],
        builtin=False,
        plugin_options={"house-style": {"terms-file": str(example)}},
    )
    assert [f.fix.replacement for f in found if f.fix] == ["Kyiv", "Kim Jong Un", "email"]
