"""The long-lived checker: the one place the servers touch the engine.

``factcheck run`` builds a :class:`~factcheck.engine.session.Session` per
run, loads the spaCy pipeline and reads files from disk. A server cannot pay
for a pipeline load per request (seconds) and must not write the copy it is
sent to disk, so :class:`Checker` builds one session, loads the pipeline once,
and checks a text held in memory: the text becomes a
:class:`~factcheck.contract.source.Source` that the reader plugins turn into an
article through ``factcheck_read_article``, exactly as for a file, and the
session's own parse and check steps run on it. The result is a
:class:`~factcheck.contract.results.RunResult` with one file, so every
reporter (the versioned JSON contract included) renders it unchanged.

Everything the HTTP server and the language server need from the engine goes
through this module; when the session API changes, only this file follows.
A :class:`Checker` is not thread-safe (spaCy pipelines are not): the servers
call it from one worker thread.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePath

from factcheck import __version__
from factcheck.contract.findings import Fix, Severity
from factcheck.contract.results import FileResult, RuleFailure, RunResult, ToolInfo
from factcheck.contract.settings import ConfigError, Settings
from factcheck.contract.source import InputError, Source
from factcheck.engine import config, selection
from factcheck.engine.budget import Budget, BudgetExceeded
from factcheck.engine.inputs import SUPPORTED_SUFFIXES, decode_bytes, sniff_format
from factcheck.engine.registry import RegisteredRule
from factcheck.engine.session import RunOptions, Session

#: Configuration keys a request may set (``options`` of ``POST /api/v1/check``).
#: Keys that name files on the server (facts, baseline) or change the
#: process (model, plugins) are the server operator's, not the client's.
REQUEST_KEYS = ("select", "ignore", "extend-select", "severity", "published", "rule-options")


class RequestError(ValueError):
    """A request option the checker cannot honour; the message says which and why."""


@dataclass(frozen=True)
class ServerOptions:
    """How the checker is built: the run-wide part of ``factcheck run``'s options."""

    model: str | None = None
    config_file: str | None = None
    isolated: bool = False
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    published: dt.date | None = None


@dataclass(frozen=True)
class CheckRequest:
    """One text to check and the per-request options.

    ``filename`` names the text in the report and, through its suffix, the
    reader (``format`` overrides it; neither: sniffed). ``config_path`` is a
    real file whose nearest configuration governs the check, as the CLI would
    find it (the language server passes the document's path); None means the
    server's own configuration, since an HTTP client's filename is not a path
    on the server.
    """

    text: str
    filename: str = "article.txt"
    format: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)
    published: dt.date | None = None
    rule_options: Mapping[str, Mapping[str, object]] = field(default_factory=dict)
    config_path: str | None = None

    @property
    def overrides_selection(self) -> bool:
        return self.select is not None or bool(self.ignore or self.extend_select)


@dataclass(frozen=True)
class RuleInfo:
    """What the servers say about a rule: listing, hover text, LanguageTool's ``rule``."""

    code: str
    name: str
    category: str
    severity: Severity
    summary: str
    docs: str
    plugin: str


def request_from_options(text: str, filename: str, options: Mapping[str, object]) -> CheckRequest:
    """A request from configuration-style options (``{"select": ["FC1"], ...}``).

    Options are validated as configuration is (same messages); keys outside
    :data:`REQUEST_KEYS` are refused with the list of those allowed.
    """
    unknown = sorted(k for k in options if k not in REQUEST_KEYS)
    if unknown:
        raise RequestError(
            f"option {unknown[0]!r} cannot be set per request (allowed: {', '.join(REQUEST_KEYS)})"
        )
    try:
        values = config.validate(options, None)
    except ConfigError as exc:
        raise RequestError(str(exc).replace("command line: ", "options: ", 1)) from None
    return CheckRequest(
        text=text,
        filename=filename,
        select=tuple(values["select"]) if "select" in values else None,
        ignore=tuple(values.get("ignore", ())),
        extend_select=tuple(values.get("extend-select", ())),
        severity=dict(values.get("severity", {})),
        published=values.get("published"),
        rule_options=dict(values.get("rule-options", {})),
    )


class Checker:
    """One session, its pipeline loaded once, checking one text at a time.

    Raises :class:`~factcheck.engine.config.ConfigError`,
    :class:`~factcheck.engine.selection.SelectorError`,
    :class:`~factcheck.nlp.ModelError` or a plugin load error when built, as
    ``factcheck run`` would exit 2 or 3 for them.
    """

    def __init__(self, options: ServerOptions | None = None, *, warm: bool = True) -> None:
        self.options = options or ServerOptions()
        o = self.options
        self._session = Session(
            RunOptions(
                select=list(o.select) if o.select is not None else None,
                ignore=list(o.ignore),
                model=o.model,
                published=o.published,
                config_file=Path(o.config_file) if o.config_file else None,
                isolated=o.isolated,
            )
        )
        self._rules: dict[str, RegisteredRule] = dict(self._session.rules)
        self._metadata = {code: reg.metadata() for code, reg in self._rules.items()}
        if warm:
            self.warm_up()

    # -- what the servers show -------------------------------------------------
    def rules(self) -> list[RuleInfo]:
        """Every registered rule, in code order."""
        return [
            RuleInfo(
                code=code,
                name=reg.name,
                category=reg.cls.category,
                severity=reg.cls.severity,
                summary=str(self._metadata[code]["summary"]),
                docs=str(self._metadata[code]["docs"]),
                plugin=reg.plugin,
            )
            for code, reg in self._rules.items()
        ]

    def rule_metadata(self) -> list[dict[str, object]]:
        """``factcheck rules --format json``: code first, then the rule's metadata."""
        return [{"code": code, **meta} for code, meta in self._metadata.items()]

    @property
    def model(self) -> str:
        return self._session.model_name()

    @property
    def formats(self) -> list[str]:
        """The report formats registered by plugins (``--format`` values)."""
        return sorted(self._session.reporters)

    def render(self, result: RunResult, fmt: str) -> str:
        """``result`` in report format ``fmt``, as ``factcheck run --format`` writes it."""
        reporter = self._session.reporters.get(fmt)
        if reporter is None:
            raise RequestError(f"unknown format {fmt!r} (available: {', '.join(self.formats)})")
        out = io.StringIO()
        reporter(color=False).render(result, out)
        return out.getvalue()

    # -- checking ----------------------------------------------------------------
    def warm_up(self) -> None:
        """Load the pipeline and run every rule once, so the first request is not slow."""
        self._session.nlp  # noqa: B018 - loading is the point
        self.check(CheckRequest(text=_WARM_UP_TEXT, filename="warm-up.txt"))

    def forget_configuration(self) -> None:
        """Re-read configuration files on the next check (one was edited)."""
        self._session._file_configs.clear()

    def check(self, request: CheckRequest) -> RunResult:
        """Check one text; an unreadable text is reported in the file's ``error``."""
        s = self._session
        result = RunResult(
            tool=ToolInfo("factcheck", __version__, s.model_name(), s.plugin_list()),
            rules=self._metadata,
            fail_on=None if s.settings.fail_on == "never" else Severity.parse(s.settings.fail_on),
        )
        fr = FileResult(path=request.filename)
        result.files.append(fr)
        try:
            rules, settings = self._rules_for(request)
            source = Source(
                path=request.filename, text=self._admit(request.text), format=self._format(request)
            )
            article = s.pm.hook.factcheck_read_article(source=source, settings=settings)
            if article is None:
                raise InputError(f"no reader accepts format {source.format!r}")
        except (InputError, ConfigError) as exc:
            fr.error = str(exc)
            return result
        fr.path, fr.text, fr.words = article.path, article.text, article.words
        if any(r.cls.needs_parse for r in rules):
            error = s._parse([article]).get(id(article))
            if error is not None:  # as the CLI does: report it, run the rules that need no parse
                fr.failures.append(RuleFailure(fr.path, "(pipeline)", "factcheck.core", error))
                rules = [r for r in rules if not r.cls.needs_parse]
        budget = Budget(settings.file_timeout)
        budget.start()
        try:
            s._check(fr, article, rules, settings, budget)
        except BudgetExceeded as exc:  # the text's error, as for a file; nothing half-done kept
            fr.error, fr.findings = str(exc), []
        finally:
            budget.stop()
        result.tool.model = s.model_name()
        return result

    def _admit(self, text: str) -> str:
        """Refuse what ``load_source`` refuses for a file: too large, empty."""
        limit = self._session.settings.max_file_size
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > limit:
            raise InputError(
                f"text too large: {size:,} bytes, over the limit of {limit:,} bytes "
                f"(raise the max-file-size setting to check it)"
            )
        text = text.removeprefix("\ufeff")
        if not text.strip():
            raise InputError("empty text")
        return text

    @staticmethod
    def _format(request: CheckRequest) -> str:
        if request.format is not None:
            return request.format
        suffix = PurePath(request.filename).suffix.lower()
        return SUPPORTED_SUFFIXES.get(suffix) or sniff_format(request.text)

    def _rules_for(self, request: CheckRequest) -> tuple[list[RegisteredRule], Settings]:
        """The session's rules and settings for the file, then the request's options on top."""
        s = self._session
        path = request.config_path or "-"
        rules, settings = s.rules_for(path)
        if not (
            request.overrides_selection
            or request.severity
            or request.rule_options
            or request.published
        ):
            return rules, settings
        if request.overrides_selection:
            fc, o = s.config_for(path), s.options
            selectors = [*(request.select or ()), *request.ignore, *request.extend_select]
            try:
                selection.check_selectors(selectors, self._rules.values(), "options")
            except selection.SelectorError as exc:
                raise RequestError(str(exc)) from None
            sel = selection.build_selection(
                fc.get("select"),
                fc.get("ignore", []),
                fc.get("extend-select", []),
                request.select if request.select is not None else o.select,
                [*o.ignore, *request.ignore],
                [*o.extend_select, *request.extend_select],
            )
            ignored = selection.per_file_ignores(path, fc.get("per-file-ignores", {}), fc.root)
            dropped = selection.Selection(tuple(ignored)) if ignored else None
            rules = [
                r
                for r in sel.filter(self._rules.values())
                if dropped is None or not dropped.enabled(r)
            ]
        overrides = {**s.config_for(path).get("severity", {}), **request.severity}
        severities = {r.code: selection.severity_for(r, overrides) for r in rules}
        rule_options = settings.rule_options
        if request.rule_options:
            rule_options = {
                **rule_options,
                **{k: dict(v) for k, v in request.rule_options.items()},
            }
        published = request.published if request.published is not None else settings.published
        return rules, replace(
            settings, severities=severities, rule_options=rule_options, published=published
        )


def fix_is_safe(fix: Fix) -> bool:
    """True when a fix may be applied without review (offered as the preferred action)."""
    return fix.safe


#: Checked once at start-up: every rule family runs, so nothing is loaded lazily later.
_WARM_UP_TEXT = """\
Harbour board approves the new ferry timetable

The harbour board voted on Monday 3 June 2024 to add two evening crossings, the chair said.

"We listened to the islanders," said Ana Ruiz, who leads the board. She said it would help.
"""


def decode(data: bytes) -> str:
    """Uploaded bytes as text, by the rules ``factcheck run`` applies to a file.

    UTF-8 with or without BOM and UTF-16 with BOM; binary formats and other
    encodings are an :class:`~factcheck.contract.source.InputError` that says why.
    """
    return decode_bytes(data)[0]
