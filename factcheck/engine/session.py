"""One run: read the files, parse them in batches, run the selected rules, collect results.

The pipeline is loaded once per run and only when a selected rule needs the
parse; articles are parsed with ``nlp.pipe`` in batches, so a folder of
articles costs little more than parsing alone.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck import __version__
from factcheck.contract.article import Article
from factcheck.contract.findings import Finding, Severity
from factcheck.contract.results import FileResult, RuleFailure, RunResult, ToolInfo
from factcheck.contract.rule import RuleContext
from factcheck.contract.settings import ConfigError, Settings
from factcheck.contract.source import InputError
from factcheck.engine import config, selection, validation
from factcheck.engine.budget import Budget, BudgetExceeded
from factcheck.engine.config import FileConfig
from factcheck.engine.fingerprints import assign_fingerprints
from factcheck.engine.inputs import (
    expand_argument,
    nothing_to_check,
)
from factcheck.engine.isolation import HookCalls, describe
from factcheck.engine.knobs import resolve_settings
from factcheck.engine.outcome import exit_code as exit_code
from factcheck.engine.outcome import render as render
from factcheck.engine.plugin_manager import (
    FactcheckPluginManager,
    make_plugin_manager,
    parse_disabled,
)
from factcheck.engine.reading import read_article, suffixes_of
from factcheck.engine.registry import RegisteredRule, collect_reporters, collect_rules, instantiate

if TYPE_CHECKING:
    from spacy.language import Language

BATCH_SIZE = 32
#: Documents per ``nlp.pipe`` batch: 4 parses as fast as 32 and peaks at a third of the memory.
PIPE_BATCH_SIZE = 4


@dataclass
class RunOptions:
    """What the command line (or the testing kit) asks of a run.

    The fields that are knobs (:mod:`factcheck.engine.knobs`) carry the knob's
    name; None or empty means "not given": configuration, then the default on
    :class:`Settings`, decides. ``settings_overrides`` (field names of
    :class:`Settings`) win over everything, for tests.
    """

    paths: Sequence[str] = ()
    select: Sequence[str] | None = None
    ignore: Sequence[str] = ()
    extend_select: Sequence[str] = ()
    fail_on: str | None = None
    checklist: str | None = None
    model: str | None = None
    published: dt.date | None = None
    disabled_plugins: Sequence[str] = ()
    plugin_modules: Sequence[str] = ()
    config_file: Path | None = None
    isolated: bool = False
    baseline: str | None = None
    write_baseline: bool = False
    report_unused_suppressions: bool | None = None
    extra_plugins: Sequence[tuple[str, object]] = ()
    load_entry_points: bool = True
    stdin_filename: str | None = None
    facts: Sequence[str] = ()
    #: Checking no file, or running no rule, is fine (exit 0) instead of an error.
    allow_empty: bool = False
    settings_overrides: Mapping[str, object] = field(default_factory=dict)
    jobs: int | str | None = None
    cache_dir: str | None = None
    #: Read and write the result cache (the command line turns it on; ``--no-cache`` off).
    cache: bool = False
    #: Draw a progress bar on standard error (the command line decides: a terminal, text).
    progress: bool = False
    #: Print speed, cache use and memory per worker on standard error.
    stats: bool = False


@dataclass
class Prepared:
    """One file of a batch between reading and checking."""

    fr: FileResult
    article: Article | None
    rules: list[RegisteredRule]
    settings: Settings
    budget: Budget


class Session:
    """A fresh plugin manager, rule set and configuration for one run."""

    def __init__(self, options: RunOptions) -> None:
        self.options = options
        self.global_config = self._global_config()
        disabled = parse_disabled(
            [*self.global_config.get("disable-plugins", []), *options.disabled_plugins]
        )
        self.pm: FactcheckPluginManager = make_plugin_manager(
            disabled,
            options.extra_plugins,
            load_entry_points=options.load_entry_points,
            modules=options.plugin_modules,
        )
        self.rules: dict[str, RegisteredRule] = collect_rules(self.pm)
        self.reporters = collect_reporters(self.pm)
        self.suffixes = suffixes_of(self.pm)
        self.settings: Settings = resolve_settings(options, self.global_config)
        self._check_names(self.global_config)
        selection.check_selectors(
            [*(options.select or []), *options.ignore, *options.extend_select],
            self.rules.values(),
            "command line",
        )
        self._check_some_rule_runs()
        self.pm.hook.factcheck_configure.call_historic(kwargs={"settings": self.settings})
        self._nlp: Language | None = None
        #: The model label reported by workers or cached results (see engine.parallel).
        self.model_label: str | None = None
        self._file_configs: dict[Path, FileConfig] = {}

    # -- configuration -------------------------------------------------------
    def _global_config(self) -> FileConfig:
        if self.options.isolated:
            return FileConfig(path=None)
        if self.options.config_file is not None:
            return config.load_file(self.options.config_file)
        return config.discover(Path.cwd())

    def _check_some_rule_runs(self) -> None:
        fc, o = self.global_config, self.options
        sel = selection.build_selection(
            fc.get("select"), fc.get("ignore", []), fc.get("extend-select", []),
            o.select, o.ignore, o.extend_select,
        )  # fmt: skip
        if not o.allow_empty:
            validation.check_some_rule_runs(sel.filter(self.rules.values()), fc.path)

    def _check_names(self, fc: FileConfig) -> None:
        validation.check_config(fc.values, fc.path, self.rules, self.pm.infos)

    def config_for(self, path: str) -> FileConfig:
        """The configuration that governs ``path`` (nearest file, or the global one)."""
        if self.options.isolated or self.options.config_file is not None or path == "-":
            return self.global_config
        directory = Path(path).resolve().parent
        if directory not in self._file_configs:
            found = config.discover(directory)
            if found.path != self.global_config.path:
                self._check_names(found)
            self._file_configs[directory] = found
        return self._file_configs[directory]

    def output_format(self, given: str | None) -> str:
        """The output format: ``--format``, else ``format`` in configuration, else text."""
        return validation.output_format(given, self.global_config, list(self.reporters))

    def rules_for(self, path: str) -> tuple[list[RegisteredRule], Settings]:
        """The rules enabled for ``path`` and the file's settings (severities included)."""
        fc = self.config_for(path)
        o = self.options
        sel = selection.build_selection(
            fc.get("select"),
            fc.get("ignore", []),
            fc.get("extend-select", []),
            o.select,
            o.ignore,
            o.extend_select,
        )
        enabled = sel.filter(self.rules.values())
        # Per-file ignores always win, whatever the specificity of the selection (as in ruff).
        ignored = selection.per_file_ignores(path, fc.get("per-file-ignores", {}), fc.root)
        if ignored:
            dropped = selection.Selection(tuple(ignored))
            enabled = [r for r in enabled if not dropped.enabled(r)]
        overrides = fc.get("severity", {})
        rule_options = self.settings.rule_options
        if fc is not self.global_config:
            rule_options = {**rule_options, **fc.get("rule-options", {})}
        severities = {r.code: selection.severity_for(r, overrides) for r in enabled}
        chosen = {r.code: selection.severity_override(r, overrides) for r in enabled}
        return enabled, replace(
            self.settings,
            severities=severities,
            severity_overrides={code: sev for code, sev in chosen.items() if sev is not None},
            rule_options=rule_options,
        )

    # -- the pipeline --------------------------------------------------------
    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use through the load/prepare hooks."""
        if self._nlp is None:
            from factcheck.nlp import ModelError

            try:
                nlp = self.pm.hook.factcheck_load_pipeline(
                    model=self.settings.model, settings=self.settings
                )
            except ModelError as exc:
                if self.options.model or self.global_config.get("model") is None:
                    raise
                where = self.global_config.path or "configuration"
                raise ModelError(f"{where}: bad value for 'model': {exc}") from exc
            self.pm.hook.factcheck_prepare_pipeline(nlp=nlp, settings=self.settings)
            self._nlp = nlp
        return self._nlp

    def model_name(self) -> str:
        if self._nlp is None:
            return self.model_label or self.settings.model
        meta = self._nlp.meta
        return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '')}"

    # -- reading ---------------------------------------------------------------
    def read(
        self, path: str, failures: list[RuleFailure] | None = None, text: str | None = None
    ) -> Article:
        """Read one input; raises :class:`InputError` (see :mod:`factcheck.engine.reading`).

        ``text``, when given, stands for the file's content: the fix loop
        re-checks an edited text before anything is written.
        """
        shown = self.options.stdin_filename if path == "-" and self.options.stdin_filename else path
        failures = [] if failures is None else failures
        data = None if text is None else text.encode("utf-8")
        return read_article(self.pm, self.settings, self.suffixes, path, shown, failures, data)

    # -- the run ---------------------------------------------------------------
    def run(self) -> RunResult:
        """Check every input; never raises for a bad file or a failing rule."""
        result = RunResult(
            tool=ToolInfo("factcheck", __version__, self.settings.model, self.plugin_list()),
            rules={code: reg.metadata() for code, reg in self.rules.items()},
            fail_on=None
            if self.settings.fail_on == "never"
            else Severity.parse(self.settings.fail_on),
        )
        paths: list[str] = []
        excluded = 0
        for given in list(self.options.paths) or ["-"]:
            try:
                found, dropped = self._expand(given)
            except InputError as exc:
                result.files.append(FileResult(path=given, error=str(exc)))
                continue
            paths.extend(p for p in found if p not in paths)
            excluded += dropped
        if not paths and not result.files and not self.options.allow_empty:
            # Checking nothing would read "All clear" and exit 0: a false pass in CI.
            result.files.extend(
                FileResult(path=given, error=nothing_to_check(excluded, self.suffixes))
                for given in self.options.paths
            )
        from factcheck.engine.parallel import run_files

        result.files.extend(run_files(self, paths))
        result.tool.model = self.model_name()
        self.pm.hook.factcheck_run_finish(result=result, settings=self.settings)
        return result

    def _expand(self, given: str) -> tuple[list[str], int]:
        """The files ``given`` stands for, and how many ``exclude`` dropped."""
        return expand_argument(given, list(self.global_config.get("exclude", [])), self.suffixes)

    def check_texts(self, texts: Mapping[str, str]) -> list[FileResult]:
        """Check each path as if it held the given text (the fix loop's re-check)."""
        results: list[FileResult] = []
        for batch in _chunks(list(texts), BATCH_SIZE):
            results.extend(self._run_batch(batch, texts))
        return results

    def _run_batch(
        self, paths: Sequence[str], texts: Mapping[str, str] | None = None
    ) -> list[FileResult]:
        prepared: list[Prepared] = []
        for path in paths:
            fr = FileResult(path=path)
            budget = Budget(self.settings.file_timeout)
            budget.start()
            try:
                rules, settings = self.rules_for(path)
                article = self.read(path, fr.failures, (texts or {}).get(path))
            except (InputError, ConfigError, selection.SelectorError) as exc:
                fr.error = str(exc)
                continue
            except Exception as exc:  # a bug reading one file must not take the run down
                fr.error = f"could not be read: {describe(exc)}; please report it"
                fr.failures.append(RuleFailure(path, "(reader)", "factcheck.core", describe(exc)))
                continue
            finally:
                budget.stop()
                if fr.error is not None:
                    prepared.append(Prepared(fr, None, [], self.settings, budget))
            fr.path, fr.text, fr.words = article.path, article.text, article.words
            fr.prose, fr.blocks = article.prose, article.blocks
            prepared.append(Prepared(fr, article, rules, settings, budget))
        to_parse = [p for p in prepared if p.article and any(r.cls.needs_parse for r in p.rules)]
        unparsed: dict[int, str] = {}
        if to_parse:
            began = time.process_time()
            unparsed = self._parse([p.article for p in to_parse if p.article])
            # Each file is charged its share of the batch's parse, by length.
            took, total = time.process_time() - began, sum(len(p.fr.text) for p in to_parse)
            for p in to_parse:
                p.budget.charge(took * len(p.fr.text) / max(1, total))
        for p in prepared:
            if p.article is None:
                continue
            rules = p.rules
            error = unparsed.get(id(p.article))
            if error is not None:
                # Report the failure, and still run the rules that need no parse.
                p.fr.failures.append(RuleFailure(p.fr.path, "(pipeline)", "factcheck.core", error))
                rules = [r for r in rules if not r.cls.needs_parse]
            p.budget.start()
            try:
                p.budget.check("after parsing")
                self._check(p.fr, p.article, rules, p.settings, p.budget)
            except BudgetExceeded as exc:  # the file's error; nothing half-done is kept
                p.fr.error, p.fr.findings, p.fr.text, p.fr.words = str(exc), [], "", 0
            finally:
                p.budget.stop()
        return [p.fr for p in prepared]

    def _parse(self, articles: Sequence[Article]) -> dict[int, str]:
        """Parse the articles in one batch; on a pipeline error, one by one.

        A pipeline component that fails on one text must not take the other
        articles down: those are parsed again alone, and only the article that
        still fails is reported (keyed by ``id(article)``).
        """
        nlp = self.nlp
        nlp.max_length = max(nlp.max_length, *(len(a.prose) + 1 for a in articles))
        try:
            docs = list(nlp.pipe([a.prose for a in articles], batch_size=PIPE_BATCH_SIZE))
        except Exception:
            failed: dict[int, str] = {}
            for article in articles:
                try:
                    article.doc = nlp(article.prose)
                except Exception as exc:
                    failed[id(article)] = (
                        f"the language pipeline failed: {type(exc).__name__}: {exc}"
                    )
            return failed
        for article, doc in zip(articles, docs, strict=True):
            article.doc = doc
        return {}

    def _check(
        self,
        fr: FileResult,
        article: Article,
        regs: list[RegisteredRule],
        settings: Settings,
        budget: Budget,
    ) -> None:
        """Run the per-article hooks and the rules, each plugin's failure isolated."""
        calls = HookCalls(self.pm, article.path, fr.failures)
        rules = [budget.guard(rule) for rule in instantiate(regs)]
        contexts = {
            r.code: RuleContext(
                options=settings.rule_options_for(r.code, r.name),
                settings=settings,
                verify_hook=calls.caller("factcheck_verify_claim"),
            )
            for r in rules
        }
        calls.each("factcheck_article_start", article=article, settings=settings)
        findings: list[Finding] = (
            calls.first(
                "factcheck_check_article",
                article=article,
                rules=rules,
                contexts=contexts,
                failures=fr.failures,
            )
            or []
        )
        # Over the prose: markup and suppression comments do not change a fingerprint.
        findings = assign_fingerprints(sorted(findings, key=lambda f: f.sort_key), article.prose)
        kept = [
            f
            for f in findings
            if not calls.first(
                "factcheck_ignore_finding", finding=f, article=article, settings=settings
            )
        ]
        calls.each(
            "factcheck_article_finish", article=article, findings=kept, settings=settings, result=fr
        )
        fr.findings = kept

    def plugin_list(self) -> list[dict[str, str]]:
        """Name and version of every active plugin, for report headers."""
        return [
            {"name": i.name, "version": i.version} for i in self.pm.infos.values() if not i.blocked
        ]


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
