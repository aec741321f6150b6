"""Layouts that give a quotation's speaker by position (FC401 at info, not warning), the
cues that are not reporting verbs, and source choices the parse makes hard."""

from __future__ import annotations

import pytest

from factcheck import Article, Severity
from factcheck.testing import assert_finds, assert_no_finding, check_text

HEAD = "Ferry service restored\n\n"


def _warnings(text: str, code: str = "FC401") -> list[str]:
    return [f.excerpt for f in check_text(text, select=[code]) if f.severity >= Severity.WARNING]


# -- FC401 layouts -------------------------------------------------------------------


def test_labelled_slogans_are_info() -> None:
    text = (
        HEAD
        + "The party ran two campaigns on the ferry subsidy.\n\n"
        + '"Keep the island moving, vote yes on the subsidy" (2019) and '
        + '"No island left behind by the mainland" (2021).\n\n'
        + "Both passed comfortably.\n"
    )
    found = assert_finds(check_text(text, select=["FC401"]), "FC401")
    assert all(f.severity == Severity.INFO for f in found)


def test_quotation_introduced_by_a_speech_noun_is_info() -> None:
    text = (
        HEAD
        + "The harbour master has been outspoken for months.\n\n"
        + "Perhaps the sharpest was a post last winter about the timetable - "
        + '"When the same boat breaks down every week, at what point do we ask why?"\n\n'
        + "The operator did not reply.\n"
    )
    assert _warnings(text) == []


def test_dialogue_scene_after_a_named_speaker_is_info() -> None:
    text = (
        HEAD
        + '"Good morning, this is the ferry office calling," Ms Lowe said into the phone. '
        + '"We have a seat for you on Friday."\n\n'
        + "She waits.\n\n"
        + '"Yes, the early crossing, that is right."\n\n'
        + "She smiles and hangs up.\n"
    )
    assert _warnings(text) == []


def test_lone_quotation_after_narrative_is_still_a_warning() -> None:
    text = (
        HEAD
        + "The council met on Tuesday to discuss the ferry timetable and the fares.\n\n"
        + "The meeting lasted three hours and ended without a vote on the proposal.\n\n"
        + '"We have no choice but to cut the winter sailings this year."\n'
    )
    assert _warnings(text) != []


def test_doubled_apostrophe_quotation_with_speaker() -> None:
    text = HEAD + "''The timetable works for everyone,'' the operator's chief executive said.\n"
    assert_no_finding(check_text(text, select=["FC401", "FC402"]))


def test_doubled_apostrophe_quotation_without_speaker_is_reported() -> None:
    text = (
        HEAD
        + "The council met on Tuesday to discuss the ferry timetable and the fares.\n\n"
        + "''We have no choice but to cut the winter sailings this year.''\n"
    )
    assert_finds(check_text(text, select=["FC401"]), "FC401")


# -- cues and sources ------------------------------------------------------------------


def parse_article(text: str) -> Article:
    """Read plain text and parse it with the shipped pipeline, the way the runner does."""
    from factcheck import Settings, Source
    from factcheck.host.readers.txt import read_txt
    from factcheck.nlp import load_pipeline

    article = read_txt(Source("test.txt", text, "txt"), Settings())
    article.doc = load_pipeline()(article.prose)
    return article


def _attributions(text: str) -> list[tuple[str, str, str | None]]:
    from factcheck.analysis.attribution.extractor import attributions

    article = parse_article(text)
    return [
        (
            a.kind,
            article.text[a.cue.start : a.cue.end],
            None if a.source is None else article.text[a.source.start : a.source.end],
        )
        for a in attributions(article)
    ]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The union called for a new vote on the ferry contract.\n", "called for", "The union"),
        ("Islanders are confident that the service will return.\n", "confident", "Islanders"),
        (
            "In a survey by the island council last month, most residents backed the plan.\n",
            "In",
            "a survey",
        ),
    ],
)
def test_cues_beyond_the_speech_verbs(text: str, cue: str, source: str) -> None:
    found = _attributions(text)
    assert any(c == cue and s is not None and source in s for _, c, s in found), found


def test_bracketed_source_tag() -> None:
    text = "Ferry fares will rise by a tenth in April. [Island Times.]\n\nMore below.\n"
    found = _attributions(text)
    assert ("tag", "[Island Times.]", "Island Times.") in found


def test_transcript_speaker_label() -> None:
    text = (
        "The interview was broadcast on Sunday.\n\n"
        "MORGAN: And do you think the service will survive the winter?\n"
    )
    found = _attributions(text)
    assert any(k == "colon" and s == "MORGAN" for k, _, s in found), found


def test_subject_of_the_complement_is_not_the_speaker() -> None:
    found = _attributions("Captain Reid, who is 58, said he would retire in the spring.\n")
    say = [s for _, c, s in found if c == "said"]
    assert say and say[0] is not None and "Reid" in say[0]


def test_hearer_and_time_are_not_the_speaker() -> None:
    text = '"The crossing is safe," Ms Lowe, 44, told the Island Times on Monday.\n'
    found = _attributions(text)
    told = [s for _, c, s in found if c == "told"]
    assert told and told[0] is not None and "Lowe" in told[0]


def test_award_shared_is_not_a_speech_act() -> None:
    found = _attributions("Two writers shared the prize for best screenplay.\n")
    assert not any(c == "shared" for _, c, _ in found)


def test_closing_mark_typed_after_a_space_is_a_note_not_an_unclosed_quotation() -> None:
    text = HEAD + '"We expect the crossing to reopen next year. " Hayes said on Monday.\n'
    findings = check_text(text, select=["FC402"])
    assert [f.severity for f in findings] == [Severity.INFO]
    assert "Misplaced closing mark" in findings[0].message
    assert_no_finding(check_text(text, select=["FC401"]), "FC401")


def test_any_verb_that_frames_a_quotation_is_a_cue() -> None:
    text = (
        HEAD
        + "The ferry pulled in late on Sunday night.\n\n"
        + "Ms Lowe thanked the crew and then boomed, "
        + '"Tonight, the island is connected again."\n'
    )
    assert_no_finding(check_text(text, select=["FC401"]), "FC401")


def test_relative_clause_object_is_no_speaker() -> None:
    text = (
        HEAD
        + "Anyone visiting the website it mentions will be asked for a password. "
        + '"The islanders deserve a service that runs on time every single day."\n'
    )
    assert_finds(check_text(text, select=["FC401"]), "FC401")


def test_title_line_is_not_an_unattributed_assertion() -> None:
    title = "Germany – France's Most Trusted Partner In The Bloc – Refuses To Sign Declaration."
    body = "The talks ended without agreement on Monday night.\n\n"
    end = "The summit ends on Friday.\n"
    as_title = check_text(title + "\n\n" + body + end, select=["FC404"])
    assert [f for f in as_title if f.severity >= Severity.WARNING] == []
    in_body = check_text(body + title + "\n\n" + end, select=["FC404"])
    assert [f for f in in_body if f.severity >= Severity.WARNING] != []
