"""``factcheck parse``: the parse a rule saw, to explain why it fired (or did not).

spaCy is imported only inside the command, so that ``factcheck --help``
stays fast.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click

from factcheck.cli.options import EXIT_USAGE, fail
from factcheck.engine.knobs import KNOB


@click.command("parse")
@click.argument("text_or_file")
@click.option("--model", default=None, metavar=KNOB["model"].metavar, help="spaCy pipeline to use.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.option("--text", "as_text", is_flag=True, help="Parse the argument as text, never a file.")
@click.option(
    "--coref",
    is_flag=True,
    help="Show the coreference chains and why each pronoun was resolved as it was.",
)
def parse_cmd(text_or_file: str, model: str | None, fmt: str, as_text: bool, coref: bool) -> None:
    """Show tokens, tags, dependencies and entities, to see why a rule fired."""
    from factcheck.contract.source import InputError
    from factcheck.engine.inputs import SUPPORTED_SUFFIXES, load_source
    from factcheck.nlp import ModelError, load_pipeline
    from factcheck.nlp.explain import explain_doc

    text = text_or_file
    looks_like_a_path = _looks_like_a_path(text_or_file, SUPPORTED_SUFFIXES)
    if not as_text and looks_like_a_path and not Path(text_or_file).is_file():
        # A mistyped file name used to be parsed as if it were the sentence to explain.
        fail(f"no such file: {text_or_file} (pass --text to parse it as text)", EXIT_USAGE)
    if not as_text and (text_or_file == "-" or Path(text_or_file).is_file()):
        try:
            text = load_source(text_or_file).text
        except InputError as exc:
            fail(str(exc), EXIT_USAGE)
    try:
        nlp = load_pipeline(model)
    except ModelError as exc:
        fail(str(exc), EXIT_USAGE)
    if not coref:
        click.echo(explain_doc(nlp(text), fmt=fmt))
        return
    click.echo(_coref(text, nlp, fmt))


def _looks_like_a_path(arg: str, suffixes: Mapping[str, str]) -> bool:
    """One word with a folder separator or a file ending factcheck reads (``typo.txt``)."""
    if arg == "-" or any(ch.isspace() for ch in arg):
        return False
    return "/" in arg or "\\" in arg or Path(arg).suffix.lower() in {*suffixes, ".docx"}


def _coref(text: str, nlp: Any, fmt: str) -> str:
    """The chains of ``text`` read as a plain-text article (the installed resolver's)."""
    from factcheck.analysis.coref import coreference
    from factcheck.contract.settings import Settings
    from factcheck.contract.source import Source
    from factcheck.engine.plugin_manager import make_plugin_manager
    from factcheck.host.readers.txt import read_txt
    from factcheck.nlp.explain import explain_coref

    make_plugin_manager()  # loading the plugins registers the coreference resolver
    article = read_txt(Source("<text>", text, "txt"), Settings())
    article.doc = nlp(article.prose)
    return explain_coref(coreference(article), fmt=fmt)
