"""A file too large, or too slow, to check is that file's error, never a stalled run.

Generated inputs (the generators of ``benchmarks/input_scaling.py``) stand in for
the ones fuzzing found: a long article, thousands of quotations. The run is real;
the limits are set low through configuration so the tests stay fast, and the
other file of each run must still be checked.
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

from factcheck.contract.settings import Settings
from tests.conftest import CLEAN_ARTICLE, RunCli, plugin_module, write

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

import input_scaling  # noqa: E402 - the benchmark's generators, from its folder


def _files(stdout: str) -> dict[str, dict[str, Any]]:
    return {f["path"]: f for f in json.loads(stdout)["files"]}


def test_an_input_over_the_size_limit_is_that_files_error(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "factcheck.toml", "max-file-size = 50000\n")
    write(tmp_path / "long.txt", input_scaling.prose(60_000)[1])
    write(tmp_path / "short.txt", CLEAN_ARTICLE)
    proc = run_cli("run", "--select", "FC101", "--format", "json", "long.txt", "short.txt")
    assert proc.returncode == 2, proc.stderr
    files = _files(proc.stdout)
    assert files["long.txt"]["error"].startswith("file too large: 60,")
    assert (
        "over the limit of 50,000 bytes (raise the max-file-size setting"
        in (files["long.txt"]["error"])
    )
    assert files["short.txt"]["error"] is None


def test_a_file_over_the_time_budget_is_that_files_error(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "factcheck.toml", "file-timeout = 1\n")
    write(tmp_path / "long.txt", input_scaling.prose(120_000)[1])
    write(tmp_path / "short.txt", CLEAN_ARTICLE)
    proc = run_cli("run", "--format", "json", "long.txt", "short.txt")
    assert proc.returncode == 2, proc.stderr
    files = _files(proc.stdout)
    error = files["long.txt"]["error"]
    assert error.startswith("stopped after "), error
    assert "over the time limit of 1 s of processor time per file" in error
    assert "file-timeout" in error
    assert files["long.txt"]["findings"] == []
    assert files["short.txt"]["error"] is None


SLOW_RULES = textwrap.dedent(
    '''
    import time

    from factcheck import Diagnostic, Rule, Severity, hookimpl

    DOC = """A rule for the budget test.

    ## What it does

    Takes its time before it reports anything.

    ## Why it matters

    It stands for a rule that is slow on one input.

    ## Example

    Any article at all will do here.

    ## Use instead

    Nothing: the article is fine as it is.

    ## Limitations

    It is slow on purpose, for the test.
    """


    class Slow(Rule):
        __doc__ = DOC
        code, name, category, severity, needs_parse = (
            "SL101", "slow-rule", "consistency", Severity.INFO, False
        )

        def check(self, article, ctx):
            began = time.process_time()
            while time.process_time() - began < 1.5:  # the budget counts processor time
                pass
            yield Diagnostic(0, 3, "Slow, but finished.")


    class Next(Rule):
        __doc__ = DOC
        code, name, category, severity, needs_parse = (
            "SL102", "next-rule", "consistency", Severity.INFO, False
        )

        def check(self, article, ctx):
            raise AssertionError("the budget must stop the file before this rule")


    @hookimpl
    def factcheck_register_rules():
        return [Slow, Next]
    '''
)


def test_the_budget_is_checked_between_rules(run_cli: RunCli, tmp_path: Path) -> None:
    """A slow rule is never cut in the middle; the file stops before the next rule."""
    env = plugin_module(tmp_path, "slow_rules", SLOW_RULES)
    write(tmp_path / "factcheck.toml", "file-timeout = 1\n")
    write(tmp_path / "story.txt", CLEAN_ARTICLE)
    proc = run_cli(
        "run", "-p", "slow_rules", "--select", "SL1", "--format", "json", "story.txt", env=env
    )
    assert proc.returncode == 2, proc.stderr
    [file] = json.loads(proc.stdout)["files"]
    assert re.match(r"stopped after \d+ s \(in SL101\)", file["error"]), file["error"]
    assert file["failures"] == []  # SL102 never started


def test_nesting_of_quotations_is_not_a_comparison_of_every_pair() -> None:
    """The O(quotations^2) hot spot: 165 KB of quotation marks took minutes.

    Counting reads of the positions keeps the test exact and fast where timing
    would be neither: every pair of 2,000 quotations is 4 million comparisons.
    """
    from factcheck.analysis.attribution.paragraphs import top_level
    from factcheck.contract.article import Article, Quotation, Span

    reads = [0]

    class Counted(Quotation):
        def __getattribute__(self, name: str) -> Any:
            if name in ("start", "end", "content"):
                reads[0] += 1
            return super().__getattribute__(name)

    n = 2000
    quotes = tuple(
        Counted(10 * i, 10 * i + 8, content=Span(10 * i + 1, 10 * i + 7)) for i in range(n)
    )
    nested = Counted(3, 6, content=Span(4, 5))  # inside the first quotation's content
    article = Article(path="quotes.txt", text="x" * (10 * n), quotations=(*quotes, nested))
    assert top_level(article) == list(quotes)
    assert reads[0] < 40 * n, f"{reads[0]} position reads for {n} quotations"


def test_the_default_limits_are_documented() -> None:
    defaults = Settings()
    doc = (REPO / "docs" / "input.md").read_text(encoding="utf-8")
    assert f"default {defaults.max_file_size:,} bytes" in doc
    assert f"default {defaults.file_timeout:g} seconds" in doc
