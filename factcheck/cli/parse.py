"""``factcheck parse``: the parse a rule saw, to explain why it fired (or did not).

spaCy is imported only inside the command, so that ``factcheck --help``
stays fast.
"""

from __future__ import annotations

from pathlib import Path

import click

from factcheck.cli.options import EXIT_USAGE, fail
from factcheck.engine.knobs import KNOB


@click.command("parse")
@click.argument("text_or_file")
@click.option("--model", default=None, metavar=KNOB["model"].metavar, help="spaCy pipeline to use.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def parse_cmd(text_or_file: str, model: str | None, fmt: str) -> None:
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
    click.echo(explain_doc(nlp(text), fmt=fmt))
