"""LanguageTool's HTTP API, spoken over factcheck: request parsing and the response shape.

The LanguageTool browser extension (set to "other server"), LTeX
(``ltex.languageToolHttpServerUri``), Emacs, Obsidian and LibreOffice clients
all send ``POST /v2/check`` and read LanguageTool's JSON, so a server that
answers in that shape works with all of them unchanged. This module is pure
(no web framework): it turns the request's fields into a
:class:`~factcheck.server.checker.CheckRequest` and a finished check into the
response document.

Offsets: LanguageTool is a Java server and reports ``offset``/``length`` (and
the context's) as Java string indices, UTF-16 code units, which is also what
its JavaScript clients index with; factcheck's code-point offsets are
converted here. With ``data`` (LanguageTool's markup annotation), the checked
text is the text parts plus each markup's ``interpretAs``, and offsets are
mapped back into the original document (text and markup together), as
LanguageTool's ``AnnotatedText`` does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from factcheck import __version__
from factcheck.contract.findings import CATEGORIES, Finding, Severity
from factcheck.contract.results import RunResult
from factcheck.server.checker import CheckRequest, RuleInfo
from factcheck.server.offsets import TextIndex, units

#: factcheck checks English copy; these are the variants it answers for.
LANGUAGES: Sequence[tuple[str, str, str]] = (
    ("English", "en", "en"),
    ("English (US)", "en", "en-US"),
    ("English (GB)", "en", "en-GB"),
    ("English (Australian)", "en", "en-AU"),
    ("English (Canadian)", "en", "en-CA"),
    ("English (New Zealand)", "en", "en-NZ"),
    ("English (South African)", "en", "en-ZA"),
)
_NAMES = {long.lower(): name for name, _, long in LANGUAGES}

#: Severity -> LanguageTool issue type. Clients colour by issue type: a
#: "misspelling" is red and offers "add to dictionary" (wrong for a date
#: error), "style" is a blue hint, the rest are shown as errors. An error is
#: "grammar", a warning "inconsistency" (both shown as errors), and info, a
#: claim to verify, the quiet blue "style".
ISSUE_TYPES: Mapping[Severity, str] = {
    Severity.ERROR: "grammar",
    Severity.WARNING: "inconsistency",
    Severity.INFO: "style",
}
_CONTEXT = 40  # characters either side, as LanguageTool's server sends
_SENTENCE_END = re.compile(r"[.!?…][”’\"')\]]*\s+|\n\s*\n")


class LanguageToolError(ValueError):
    """A request LanguageTool would answer with 400; the message is sent as plain text."""


@dataclass(frozen=True)
class Segment:
    """One piece of the annotated document: where it is in the original and in the checked text."""

    original: int  # UTF-16 offset in the original document
    original_length: int  # UTF-16 units in the original document
    plain: int  # code-point offset in the checked text
    plain_text: str  # what it contributes to the checked text
    is_markup: bool


@dataclass(frozen=True)
class Document:
    """The text to check and how its offsets map back to the client's document."""

    text: str
    segments: tuple[Segment, ...]
    length: int  # UTF-16 length of the original document

    @classmethod
    def plain(cls, text: str) -> Document:
        return cls(text, (Segment(0, units(text), 0, text, False),), units(text))

    @classmethod
    def annotated(cls, data: str) -> Document:
        """Parse ``data``: ``{"text": ...}`` or LanguageTool's markup annotation.

        The annotation is ``{"annotation": [{"text": ...}, {"markup": ...,
        "interpretAs": ...}]}``: text is checked, markup is checked as its
        ``interpretAs`` (nothing by default) and only counts for offsets.
        """
        try:
            parsed = json.loads(data)
        except json.JSONDecodeError as exc:
            raise LanguageToolError(f"'data' is not valid JSON: {exc}") from None
        if isinstance(parsed, dict) and isinstance(parsed.get("text"), str):
            return cls.plain(parsed["text"])  # the browser extension's plain form
        items = parsed.get("annotation") if isinstance(parsed, dict) else None
        if not isinstance(items, list):
            raise LanguageToolError(
                "'data' must be a JSON object with a 'text' string or an 'annotation' list"
            )
        segments: list[Segment] = []
        original = plain = 0
        pieces: list[str] = []
        for n, item in enumerate(items):
            if not isinstance(item, dict):
                raise LanguageToolError(f"annotation item {n} is not an object")
            text, markup = item.get("text"), item.get("markup")
            if isinstance(text, str) and markup is None:
                shown, source, is_markup = text, text, False
            elif isinstance(markup, str) and text is None:
                # Whitespace markup without interpretAs keeps its whitespace, so that
                # words either side of a bare line break do not run together.
                interpret = item.get("interpretAs", markup if markup.isspace() else "")
                if not isinstance(interpret, str):
                    raise LanguageToolError(f"annotation item {n}: 'interpretAs' is not a string")
                shown, source, is_markup = interpret, markup, True
            else:
                raise LanguageToolError(
                    f"annotation item {n} must have either 'text' or 'markup' (a string)"
                )
            segments.append(Segment(original, units(source), plain, shown, is_markup))
            pieces.append(shown)
            original += units(source)
            plain += len(shown)
        return cls("".join(pieces), tuple(segments), original)

    def to_original(self, offset: int, *, end: bool) -> int:
        """Map a code-point offset of the checked text to a UTF-16 offset of the document.

        A start inside a markup's ``interpretAs`` maps to the markup's start,
        an end to its end, so a finding never splits a tag.
        """
        for seg in self.segments:
            seg_end = seg.plain + len(seg.plain_text)
            inside = seg.plain < offset <= seg_end if end else seg.plain <= offset < seg_end
            if not inside:
                continue
            if seg.is_markup:
                return seg.original + seg.original_length if end else seg.original
            return seg.original + units(seg.plain_text[: offset - seg.plain])
        return self.length if offset > 0 else 0


@dataclass(frozen=True)
class Query:
    """The LanguageTool fields factcheck honours.

    Others are accepted and ignored: ``level``, ``motherTongue``,
    ``preferredVariants``, and ``mode``, since every factcheck rule reads the
    whole text, so the matches are the same whichever part a client asks for.
    """

    document: Document
    language: str
    enabled_rules: tuple[str, ...]
    disabled_rules: tuple[str, ...]
    enabled_categories: tuple[str, ...]
    disabled_categories: tuple[str, ...]
    enabled_only: bool


def _list(fields: Mapping[str, str], key: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in fields.get(key, "").split(",") if v.strip())


def parse_query(fields: Mapping[str, str]) -> Query:
    """Read the form (or query string) of ``/v2/check``; raise :class:`LanguageToolError`."""
    if "text" in fields:
        document = Document.plain(fields["text"])
    elif "data" in fields:
        document = Document.annotated(fields["data"])
    else:
        raise LanguageToolError("missing parameter: 'text' or 'data'")
    language = fields.get("language", "").strip()
    if not language:
        raise LanguageToolError("missing parameter: 'language' (for example en-US, or auto)")
    if language.lower() != "auto" and language.lower().split("-")[0] != "en":
        raise LanguageToolError(
            f"language {language!r} is not supported: factcheck checks English copy "
            f"(use en, en-US, en-GB or auto)"
        )
    enabled_only = fields.get("enabledOnly", "false").strip().lower() == "true"
    enabled = _list(fields, "enabledRules")
    categories = _list(fields, "enabledCategories")
    if enabled_only and not (enabled or categories):
        raise LanguageToolError("enabledOnly=true needs enabledRules or enabledCategories")
    return Query(
        document=document,
        language=language,
        enabled_rules=enabled,
        disabled_rules=_list(fields, "disabledRules"),
        enabled_categories=categories,
        disabled_categories=_list(fields, "disabledCategories"),
        enabled_only=enabled_only,
    )


def check_request(query: Query, rules: Sequence[RuleInfo]) -> CheckRequest:
    """The factcheck request: rule ids are rule codes, category ids upper-case categories.

    Ids of other servers' rules (LTeX forwards the user's LanguageTool
    settings) match no factcheck rule and are ignored, as LanguageTool ignores
    unknown ids.
    """
    codes = {r.code for r in rules}

    def by_category(ids: Sequence[str]) -> list[str]:
        wanted = {i.upper() for i in ids}
        return [r.code for r in rules if category_id(r.category) in wanted]

    enabled = [i for i in query.enabled_rules if i.upper() in codes]
    enabled += by_category(query.enabled_categories)
    disabled = [i for i in query.disabled_rules if i.upper() in codes]
    disabled += by_category(query.disabled_categories)
    return CheckRequest(
        text=query.document.text,
        filename="languagetool.txt",
        format="txt",
        select=tuple(enabled) if query.enabled_only else None,
        ignore=tuple(disabled),
        extend_select=() if query.enabled_only else tuple(enabled),
    )


def category_id(category: str) -> str:
    """LanguageTool's category ids are upper case with underscores (``TYPOS``)."""
    return category.upper().replace("-", "_")


def language_object(requested: str) -> dict[str, object]:
    """The ``language`` member: the variant asked for, or en-US when asked to detect."""
    code = "en-US" if requested.lower() == "auto" else requested
    name = _NAMES.get(code.lower(), "English")
    return {
        "name": name,
        "code": code,
        "detectedLanguage": {
            "name": name,
            "code": code,
            "confidence": 1.0,
            "source": "factcheck",
        },
    }


def languages() -> list[dict[str, str]]:
    """``GET /v2/languages``."""
    return [{"name": name, "code": code, "longCode": long} for name, code, long in LANGUAGES]


def response(
    query: Query, result: RunResult, rules: Mapping[str, RuleInfo], docs_url: str | None = None
) -> dict[str, object]:
    """LanguageTool's ``/v2/check`` response for a finished check."""
    fr = result.files[0]
    text = query.document.text
    index = TextIndex(text)
    matches = [
        _match(f, text, index, query.document, rules.get(f.rule), docs_url) for f in fr.findings
    ]
    return {
        "software": {
            "name": "factcheck",
            "version": __version__,
            "buildDate": None,
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": bool(fr.failures)},
        "language": language_object(query.language),
        "matches": matches,
    }


def _match(
    f: Finding,
    text: str,
    index: TextIndex,
    document: Document,
    rule: RuleInfo | None,
    docs_url: str | None,
) -> dict[str, object]:
    start = document.to_original(f.start, end=False)
    end = max(start, document.to_original(f.end, end=True))
    ctx_start, ctx_end = max(0, f.start - _CONTEXT), min(len(text), f.end + _CONTEXT)
    prefix = "..." if ctx_start > 0 else ""
    suffix = "..." if ctx_end < len(text) else ""
    context = prefix + text[ctx_start:ctx_end].replace("\n", " ") + suffix
    rule_doc: dict[str, object] = {
        "id": f.rule,
        "subId": f.name,
        "description": rule.summary if rule else f.name,
        "issueType": ISSUE_TYPES[f.severity],
        "category": {"id": category_id(f.category), "name": _category_name(f.category)},
    }
    if docs_url is not None:
        rule_doc["urls"] = [{"value": f"{docs_url}{f.rule}"}]
    return {
        "message": f.message,
        "shortMessage": f.name.replace("-", " ").capitalize(),
        "replacements": []
        if f.fix is None
        else [{"value": f.fix.replacement, "shortDescription": f.fix.title}],
        "offset": start,
        "length": end - start,
        "context": {
            "text": context,
            "offset": units(prefix) + index.utf16(f.start) - index.utf16(ctx_start),
            "length": index.utf16(f.end) - index.utf16(f.start),
        },
        "sentence": _sentence(text, f.start, f.end),
        "type": {"typeName": "Hint" if f.severity is Severity.INFO else "Other"},
        "rule": rule_doc,
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def _category_name(category: str) -> str:
    return CATEGORIES.get(category, category.replace("-", " ").capitalize())


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``[start, end)``: from the last sentence end before it to the next."""
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    after = _SENTENCE_END.search(text, max(end, begin))
    stop = after.start() + len(after.group().rstrip()) if after else len(text)
    return " ".join(text[begin:stop].split())
