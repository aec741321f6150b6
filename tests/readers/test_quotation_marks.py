"""Wire and archive layouts of quotation marks: doubled apostrophes, misspaced marks,
lost paragraph breaks and hard-wrapped lines."""

from __future__ import annotations

from collections.abc import Callable

from factcheck import Article, Block
from factcheck.analysis.quotations import find_marks

Read = Callable[..., Article]
Quotes = Callable[[Article], list[str]]


def test_two_apostrophes_are_a_double_mark(read: Read, quotes: Quotes) -> None:
    article = read("''We will rebuild the bridge,'' the mayor said on Tuesday.\n")
    (q,) = article.quotations
    assert quotes(article) == ["''We will rebuild the bridge,''"]
    assert article.slice(q.content) == "We will rebuild the bridge,"
    assert (q.open_mark, q.close_mark, q.closed) == ("''", "''", True)


def test_backticks_open_and_apostrophes_close(read: Read, quotes: Quotes) -> None:
    article = read("The chairman said ``the figures speak for themselves'' and left.\n")
    (q,) = article.quotations
    assert quotes(article) == ["``the figures speak for themselves''"]
    assert q.open_mark == "``" and q.close_mark == "''"


def test_single_quotation_inside_doubled_apostrophes(read: Read, quotes: Quotes) -> None:
    text = "''Voters say the country is on the 'wrong track.' We hear it,'' she said.\n"
    article = read(text)
    assert quotes(article)[0].endswith("We hear it,''")
    assert "'wrong track.'" in quotes(article)
    assert all(q.closed for q in article.quotations)


def test_doubled_apostrophes_run_over_paragraphs(read: Read) -> None:
    text = (
        "The economist was upbeat.\n\n"
        "''Wages are finally rising. That is a big story.\n\n"
        "''It will not last unless productivity improves,'' he added.\n"
    )
    (q,) = read(text).quotations
    assert q.continued and q.closed and len(q.parts) == 2


def test_possessive_apostrophe_is_not_a_double_mark(read: Read) -> None:
    assert read("The officers' union and the teachers' pay deal were signed.\n").quotations == ()


def test_misspaced_closing_mark_closes_and_is_reported(read: Read, quotes: Quotes) -> None:
    article = read('"We expect a better harvest next year. " Hayes said on Monday.\n')
    (q,) = article.quotations
    assert q.closed
    assert article.slice(q.content) == "We expect a better harvest next year."
    marks = find_marks(article.text, article.prose, article.blocks)
    assert [(m.problem, article.text[m.start : m.end]) for m in marks] == [("misspaced", '"')]


def test_stray_closing_mark_is_reported(read: Read) -> None:
    article = read("The vote passed” narrowly, officials said.\n")
    assert article.quotations == ()
    (mark,) = find_marks(article.text, article.prose, article.blocks)
    assert mark.problem == "stray" and article.text[mark.start] == "”"


def test_reopened_after_a_sentence_end_is_a_continuation(read: Read) -> None:
    text = (
        "“We have waited long enough for this road. "
        "“Every winter the potholes get worse,” the mayor said.\n"
    )
    article = read(text)
    (q,) = article.quotations
    assert q.closed and q.continued and len(q.parts) == 2
    assert article.slice(q.parts[1]).startswith("“Every winter")
    assert article.slice(q.parts[0]).endswith("this road.")


def test_reopened_after_an_attribution_lost_its_closing_mark(read: Read) -> None:
    article = read("“We will appeal, the lawyer said. “The ruling is wrong.”\n")
    first, second = article.quotations
    assert not first.closed and second.closed and not first.continued


def test_hard_wrapped_line_closes_the_quotation(read: Read) -> None:
    text = (
        "The council met on Monday.\n"
        "“The budget is balanced and the reserves are healthy.\n"
        "We will not raise taxes,” the treasurer said.\n"
    )
    article = read(text)
    (q,) = article.quotations
    assert q.closed and not q.continued
    assert article.slice(q).endswith("taxes,”")


def test_separate_lines_without_a_close_stay_unclosed(read: Read) -> None:
    text = (
        "The council met on Monday.\n"
        "“The budget is balanced and the reserves are healthy.\n"
        "The treasurer left early.\n"
    )
    (q,) = read(text).quotations
    assert not q.closed


def test_blank_line_is_not_a_wrap(read: Read) -> None:
    text = (
        "“The budget is balanced and the reserves are healthy.\n\n"
        "Taxes will not rise,” she said, “nor will fees.”\n"
    )
    article = read(text)
    assert not article.quotations[0].closed


def test_find_marks_on_plain_blocks() -> None:
    text = 'He said " no comment " and left.'
    marks = find_marks(text, text, [Block(0, len(text))])
    assert [m.problem for m in marks] == ["misspaced", "misspaced"]
