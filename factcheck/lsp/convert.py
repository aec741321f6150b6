"""Findings as the Language Server Protocol describes them: diagnostics, hovers, code actions.

Pure functions over lsprotocol types, so the mapping is tested without a
client. Positions are converted from factcheck's code points into the
encoding negotiated with the client (UTF-16 unless it offers another), lines
counted as LSP counts them (CR LF, CR and LF all end a line).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from lsprotocol import types

from factcheck.contract.findings import Finding, Severity
from factcheck.server.checker import RuleInfo, fix_is_safe
from factcheck.server.offsets import Encoding, TextIndex

SOURCE = "factcheck"
SEVERITIES: Mapping[Severity, types.DiagnosticSeverity] = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
#: Document languages (``languageId``) and file endings, by the reader they need.
_LANGUAGE_FORMATS = {"markdown": "md", "html": "html", "plaintext": "txt"}
_SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".txt": "txt"}


def document_format(path: str, language_id: str | None) -> str:
    """The reader for a document: by file ending, then by language, else plain text."""
    by_suffix = _SUFFIX_FORMATS.get(PurePath(path).suffix.lower())
    return by_suffix or _LANGUAGE_FORMATS.get(language_id or "", "txt")


def encoding_of(kind: object) -> Encoding:
    """The negotiated ``PositionEncodingKind`` as an :data:`Encoding`."""
    value = str(getattr(kind, "value", kind) or "utf-16").lower()
    if value == "utf-8":
        return "utf-8"
    return "utf-32" if value == "utf-32" else "utf-16"


@dataclass(frozen=True)
class Published:
    """One published diagnostic and the finding it came from (for hovers and code actions)."""

    diagnostic: types.Diagnostic
    finding: Finding


def lsp_range(index: TextIndex, start: int, end: int, encoding: Encoding) -> types.Range:
    (sl, sc), (el, ec) = index.position(start, encoding), index.position(end, encoding)
    return types.Range(types.Position(sl, sc), types.Position(el, ec))


def diagnostics(
    findings: Sequence[Finding], text: str, uri: str, encoding: Encoding
) -> list[Published]:
    """One LSP diagnostic per finding; evidence becomes related information."""
    index = TextIndex(text)
    out: list[Published] = []
    for f in findings:
        related = [
            types.DiagnosticRelatedInformation(
                location=types.Location(uri, lsp_range(index, e.start, e.end, encoding)),
                message=f"{e.kind}: {e.text}",
            )
            for e in f.evidence
        ]
        diag = types.Diagnostic(
            range=lsp_range(index, f.start, f.end, encoding),
            message=f.message,
            severity=SEVERITIES[f.severity],
            code=f.rule,
            source=SOURCE,
            related_information=related or None,
            data={"fingerprint": f.fingerprint, "name": f.name},
        )
        out.append(Published(diag, f))
    return out


def _before(a: types.Position, b: types.Position) -> bool:
    return (a.line, a.character) < (b.line, b.character)


def touches(rng: types.Range, pos_range: types.Range) -> bool:
    """True when the two ranges overlap or one is empty and inside (or at an edge of) the other."""
    return not (_before(rng.end, pos_range.start) or _before(pos_range.end, rng.start))


def hover(published: Sequence[Published], rules: Mapping[str, RuleInfo]) -> types.Hover | None:
    """The findings under the cursor, each with its rule's documentation."""
    if not published:
        return None
    parts: list[str] = []
    for p in published:
        f = p.finding
        rule = rules.get(f.rule)
        parts.append(f"**{f.rule} {f.name}** ({f.category}, {f.severity.label})\n\n{f.message}")
        if f.fix is not None:
            parts.append(f"Fix: {f.fix.title}: `{f.fix.replacement}`")
        if rule is not None:
            parts.append(_demote_headings(rule.docs))
    return types.Hover(
        contents=types.MarkupContent(types.MarkupKind.Markdown, "\n\n---\n\n".join(parts)),
        range=published[0].diagnostic.range,
    )


def _demote_headings(markdown: str) -> str:
    """Rule docs use ``##`` sections; in a hover they read better one level down."""
    return "\n".join("#" + line if line.startswith("##") else line for line in markdown.split("\n"))


def code_actions(
    published: Sequence[Published], uri: str, version: int | None, versioned: bool
) -> list[types.CodeAction]:
    """Each fix as a quick fix; safe fixes are marked preferred.

    With ``versioned`` (the client supports ``documentChanges``), the edit
    names the document version it was computed for, so a client never
    applies it to text that has changed since.
    """
    actions: list[types.CodeAction] = []
    for p in published:
        fix = p.finding.fix
        if fix is None:
            continue
        edit = types.TextEdit(range=p.diagnostic.range, new_text=fix.replacement)
        if versioned:
            workspace_edit = types.WorkspaceEdit(
                document_changes=[
                    types.TextDocumentEdit(
                        text_document=types.OptionalVersionedTextDocumentIdentifier(
                            uri=uri, version=version
                        ),
                        edits=[edit],
                    )
                ]
            )
        else:
            workspace_edit = types.WorkspaceEdit(changes={uri: [edit]})
        actions.append(
            types.CodeAction(
                title=f"{fix.title} ({p.finding.rule})",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[p.diagnostic],
                edit=workspace_edit,
                is_preferred=fix_is_safe(fix) or None,
            )
        )
    return actions
