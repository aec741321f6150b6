# mypy: disable-error-code="empty-body"
"""The plugin contract: every hook factcheck calls, grouped by phase.

Built-in rules, reporters and readers are plugins that implement these hooks,
exactly as a third-party distribution does (entry-point group ``factcheck``).
Implement a hook with ``@factcheck.hookimpl`` on a module-level function or a
method of a plugin object. A run calls the phases in this order:

1. registration: ``factcheck_register_rules``, ``factcheck_register_reporters``,
   ``factcheck_register_commands``;
2. configuration: ``factcheck_configure`` (historic);
3. the pipeline: ``factcheck_load_pipeline``, ``factcheck_prepare_pipeline``;
4. per file: ``factcheck_read_bytes`` (binary formats), else the host decodes the
   text and calls ``factcheck_read_article``; then ``factcheck_article_start``,
   ``factcheck_check_article`` (which runs the rules), ``factcheck_ignore_finding``
   for each finding, ``factcheck_article_finish``;
5. knowledge, on demand from rules: ``factcheck_verify_claim``.

Hook functions must not import spaCy at module import time: ``factcheck rules``
and ``factcheck --help`` load every plugin and must stay fast.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from factcheck.contract.markers import hookspec

if TYPE_CHECKING:
    import click
    from spacy.language import Language

    from factcheck.contract.article import Article
    from factcheck.contract.findings import Finding
    from factcheck.contract.knowledge import Claim, Verdict
    from factcheck.contract.reporter import Reporter
    from factcheck.contract.results import FileResult, RuleFailure, RunResult
    from factcheck.contract.rule import Rule, RuleContext
    from factcheck.contract.settings import Settings
    from factcheck.contract.source import Source

# -- 1. registration -----------------------------------------------------------


@hookspec
def factcheck_register_rules() -> Sequence[type[Rule]]:
    """Return the rule classes this plugin provides.

    Each class must pass :meth:`factcheck.contract.rule.Rule.validate`: a code such as
    ``FC101`` (or your own prefix, ``HS101``), a kebab-case name, a category, a
    default severity and a docstring with the fixed sections. A code or name
    already taken by another plugin is an error naming both plugins.
    """


@hookspec
def factcheck_register_reporters() -> Sequence[type[Reporter]]:
    """Return :class:`factcheck.contract.reporter.Reporter` subclasses: output formats.

    The reporter's ``name`` becomes a value of ``--format``.
    """


@hookspec
def factcheck_register_suffixes() -> Mapping[str, str]:
    """Return the file endings this plugin reads, each with a format name: ``{".docx": "docx"}``.

    Folders and globs then include such files, and a file with that ending
    reaches ``factcheck_read_bytes`` with that ``format``. The built-in endings
    (``.txt``, ``.md``, ``.html``...) cannot be taken over this way; claim their
    bytes or text in the read hooks instead.
    """


@hookspec
def factcheck_register_commands() -> Sequence[click.Command]:
    """Return click commands to add to the ``factcheck`` command line.

    Called when the CLI is built, so a command's module must be cheap to import.
    """


# -- 2. configuration --------------------------------------------------------


@hookspec(historic=True)
def factcheck_configure(settings: Settings) -> None:
    """Receive the resolved :class:`~factcheck.contract.settings.Settings` before any file is read.

    Historic: a plugin registered late still receives the call. Read your
    options with ``settings.plugin_options_for("<plugin name>")`` (the table
    ``[tool.factcheck.plugin-options.<name>]``) and raise
    :class:`~factcheck.contract.settings.ConfigError` for a bad one: the run
    stops with exit code 2 before any file is read.
    """


# -- 3. the pipeline -----------------------------------------------------------


@hookspec(firstresult=True)
def factcheck_load_pipeline(model: str, settings: Settings) -> Language | None:
    """Load and return the spaCy pipeline named ``model``, or None to pass.

    The host's own implementation runs last and loads the shipped pipeline, an
    installed package name or a path. Implement this to supply a pipeline some
    other way (a remote model server, a different language).
    """


@hookspec
def factcheck_prepare_pipeline(nlp: Language, settings: Settings) -> None:
    """Add or configure components of the loaded pipeline (an extra entity ruler, say).

    Called once per run, after loading and before the first article is parsed.
    """


# -- 4. per article ----------------------------------------------------------


@hookspec(firstresult=True)
def factcheck_read_bytes(
    path: str, data: bytes, format: str | None, settings: Settings
) -> Article | None:
    """Turn an input's raw bytes into an Article before they are decoded as text; None to pass.

    Called first for every input, before the host's checks for binary data and
    its text decoding, so a plugin can read a binary format (a word-processor
    document, a CMS export in a ZIP): claim it by ``format`` (from the file's
    ending, among those of ``factcheck_register_suffixes``; None when the ending
    is not registered) or by content (its leading bytes). Offsets in the article
    index ``article.text``, the text the plugin extracted. Raise
    :class:`factcheck.InputError` for a file that cannot be read.
    """


@hookspec(firstresult=True)
def factcheck_read_article(source: Source, settings: Settings) -> Article | None:
    """Turn a decoded input into an :class:`~factcheck.contract.article.Article`, or None to pass.

    ``source`` carries the path, the decoded text and the detected format. The
    first plugin to return an article wins, so a plugin can add an input format
    (a CMS export, say) by recognising it and returning an article, and
    otherwise returning None. Raise :class:`factcheck.InputError` for
    a file that cannot be read; it becomes a per-file error (exit code 2).
    """


@hookspec
def factcheck_article_start(article: Article, settings: Settings) -> None:
    """Called after an article is read and parsed, before its rules run.

    A plugin can precompute a shared analysis here with ``article.derived``.
    """


@hookspec(firstresult=True)
def factcheck_check_article(
    article: Article,
    rules: Sequence[Rule],
    contexts: Mapping[str, RuleContext],
    failures: list[RuleFailure],
) -> list[Finding] | None:
    """Run ``rules`` on ``article`` and return the resolved findings.

    The host's implementation runs each rule in turn, isolates a rule that
    raises (its failure is appended to ``failures``, which the host carries
    into the run's results; the other rules still run) and resolves
    diagnostics into findings. Wrap it (``hookwrapper=True`` or
    ``wrapper=True``) to time or trace rules; replace it only with care.
    """


@hookspec(firstresult=True)
def factcheck_ignore_finding(finding: Finding, article: Article, settings: Settings) -> str | None:
    """Return a reason (such as ``"inline"`` or ``"baseline"``) to drop ``finding``, or None.

    The host implements inline suppressions and the baseline this way; a
    plugin can add its own (a newsroom's style exceptions, say).
    """


@hookspec
def factcheck_article_finish(
    article: Article, findings: Sequence[Finding], settings: Settings, result: FileResult
) -> None:
    """Called with the article's final findings, after suppressions and the baseline.

    Use it to collect statistics, write a per-article artefact, or add to the
    file's ``result`` (the host's suppressions plugin appends the markers that
    went unused to ``result.unused_suppressions``).
    """


@hookspec
def factcheck_run_finish(result: RunResult, settings: Settings) -> None:
    """Called once after every file is checked, before the report is written.

    Use it for run-level artefacts: the host's baseline plugin writes the
    baseline here on a ``--write-baseline`` run. Like ``pytest_sessionfinish``.
    """


# -- 5. knowledge ----------------------------------------------------------------


@hookspec
def factcheck_verify_claim(claim: Claim, settings: Settings) -> Verdict | Sequence[Verdict] | None:
    """Say what this plugin knows about a structured claim (a date, a quantity, a role).

    Return a :class:`~factcheck.contract.knowledge.Verdict` naming the source, or None when
    the plugin knows nothing about it. Every implementation is asked; rules
    report contradictions and verifications with the source as evidence.
    """
