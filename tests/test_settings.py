"""Typed settings: one knob table, and every shape of a knob agreeing with it.

The command line, :class:`RunOptions`, :class:`Settings` and the config
validator each describe the run's knobs; these tests fail when one of them
gains or loses a knob the table does not know, so the four cannot drift.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from factcheck import ConfigError, Options, Settings, Severity
from factcheck.cli import cli
from factcheck.engine.config import FileConfig, validate
from factcheck.engine.knobs import CONFIG_KEYS, KNOBS, apply_overrides, resolve_settings
from factcheck.engine.session import RunOptions
from factcheck.testing import CheckError, check_text

REPO = Path(__file__).resolve().parent.parent
#: Settings fields the host fills in itself: they are nobody's knob.
HOST_FIELDS = {"config_file", "severities", "severity_overrides"}


def _fields(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


# -- the shapes agree with the table ------------------------------------------------------


def test_every_settings_field_is_a_knob_or_filled_by_the_host() -> None:
    assert _fields(Settings) == {k.name for k in KNOBS if k.setting} | HOST_FIELDS


def test_command_line_settings_are_run_options() -> None:
    for knob in KNOBS:
        if knob.cli and knob.setting:
            assert knob.name in _fields(RunOptions), knob.key


def test_command_line_knobs_are_options_of_run() -> None:
    flags = {opt for p in cli.commands["run"].params for opt in (*p.opts, *p.secondary_opts)}
    for knob in KNOBS:
        assert (f"--{knob.key}" in flags) == knob.cli, knob.key


def test_configuration_accepts_exactly_the_config_knobs() -> None:
    assert set(CONFIG_KEYS) == {k.key for k in KNOBS if k.config}
    with pytest.raises(ConfigError, match="unknown key 'write-baseline'"):
        validate({"write-baseline": True}, None)


def test_every_config_key_is_documented() -> None:
    doc = (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")
    missing = [key for key in CONFIG_KEYS if key not in doc]
    assert not missing, f"docs/configuration.md does not mention {missing}"


# -- resolution ---------------------------------------------------------------------------


def test_defaults_live_on_settings() -> None:
    settings = resolve_settings(RunOptions(), FileConfig(path=None))
    assert settings == Settings()
    assert settings.model == "factcheck-news" and settings.fail_on == "error"


def test_command_line_over_configuration_over_defaults(tmp_path: Path) -> None:
    config = FileConfig(
        path=tmp_path / "factcheck.toml",
        values={
            "model": "en_core_web_sm",
            "fail-on": "warning",
            "facts": ["/desk/a.toml"],
            "report-unused-suppressions": True,
            "baseline": "/desk/baseline.json",
        },
    )
    given = RunOptions(
        fail_on="info", facts=["/desk/b.toml"], report_unused_suppressions=False, model=""
    )
    settings = resolve_settings(given, config)
    assert settings.fail_on == "info"  # the command line wins
    assert settings.model == "en_core_web_sm"  # an empty value is "not given"
    assert settings.facts == ("/desk/a.toml", "/desk/b.toml")  # facts add up
    assert settings.report_unused_suppressions is False  # --no-... wins over true
    assert settings.baseline == Path("/desk/baseline.json")
    assert settings.config_file == tmp_path / "factcheck.toml"
    assert settings.config_dir == tmp_path


def test_overrides_take_field_names_and_are_validated() -> None:
    base = Settings()
    changed = apply_overrides(base, {"published": "2023-03-17", "max-file-size": 10})
    assert changed.published == dt.date(2023, 3, 17)
    assert changed.max_file_size == 10
    with pytest.raises(ValueError, match="unknown setting 'publised'"):
        apply_overrides(base, {"publised": "2023-03-17"})
    with pytest.raises(ValueError, match="bad value for setting 'fail_on'"):
        apply_overrides(base, {"fail_on": "sometimes"})


# -- frozen, typed, read-only ------------------------------------------------------------


def test_settings_cannot_be_changed_by_a_plugin() -> None:
    settings = Settings(rule_options={"FC301": {"min-confidence": 0.5}}, facts=["a.toml"])  # type: ignore[arg-type]
    assert settings.facts == ("a.toml",)
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.model = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        settings.rule_options["FC301"]["min-confidence"] = 0.9  # type: ignore[index]


def test_rule_options_merge_code_then_name() -> None:
    settings = Settings(
        rule_options={"FC301": {"a": 1, "b": 1}, "date-claim": {"b": 2}},
        severities={"FC301": Severity.INFO},
    )
    options = settings.rule_options_for("FC301", "date-claim")
    assert dict(options) == {"a": 1, "b": 2}
    assert options.where == "rule-options.FC301/date-claim"
    assert dict(settings.rule_options_for("FC302", "other")) == {}
    assert settings.plugin_options_for("house-style").where == "plugin-options.house-style"


def test_typed_getters_name_the_key(tmp_path: Path) -> None:
    options = Options(
        {"n": 3, "x": 0.5, "on": True, "name": "x", "file": "style.toml", "words": ["a", "b"]},
        "plugin-options.demo",
    )
    assert options.get_int("n") == 3 and options.get_int("absent", 7) == 7
    assert options.get_float("x") == 0.5 and options.get_float("n") == 3.0
    assert options.get_bool("on") is True and options.get_bool("absent") is None
    assert options.get_str("name") == "x"
    assert options.get_path("file", tmp_path) == tmp_path / "style.toml"
    assert options.get_str_list("words") == ("a", "b") and options.get_str_list("name") == ("x",)
    with pytest.raises(ConfigError, match=r"plugin-options\.demo\.on: expected a whole number"):
        options.get_int("on")
    with pytest.raises(ConfigError, match=r"plugin-options\.demo\.name: expected a number"):
        options.get_float("name")
    with pytest.raises(ConfigError, match=r"plugin-options\.demo\.n: expected true or false"):
        options.get_bool("n")


def test_a_mistyped_rule_option_fails_the_rule_naming_the_key() -> None:
    with pytest.raises(CheckError, match=r"rule-options\.date-claim\.min-confidence"):
        check_text(
            "The bridge opened in 1998.",
            select=["FC301"],
            rule_options={"date-claim": {"min-confidence": "high"}},
        )
