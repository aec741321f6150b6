"""``factcheck parse``: the parse a rule saw, to explain why it fired (or did not).

spaCy is imported only inside the command, so that ``factcheck --help``
stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from factcheck.cli.options import EXIT_USAGE, fail
from factcheck.engine.knobs import KNOB


@click.command("parse")
@click.argument("text_or_file")
@click.option("--model", default=None, metavar=KNOB["model"].metavar, help="spaCy pipeline to use.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.option(
    "--coref",
    is_flag=True,
    help="Show the coreference chains and why each pronoun was resolved as it was.",
)
def parse_cmd(text_or_file: str, model: str | None, fmt: str, coref: bool) -> None:
    """Show tokens, tags, dependencies and entities, to see why a rule fired."""
    from factcheck.contract.source import InputError
    from factcheck.engine.inputs import load_source
    from factcheck.nlp import ModelError, load_pipeline
    from factcheck.nlp.explain import explain_doc

    text = text_or_file
    if text_or_file == "-" or Path(text_or_file).is_file():
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
