"""Loading the English pipeline that factcheck rules run on.

The project ships its own small spaCy pipeline (``factcheck/nlp/model``, trained by
``training/train.sh``) so that checks work offline with no model download. Any other
spaCy pipeline (an installed package such as ``en_core_web_sm`` or a directory) can be
used instead; the entity label sets (defined in :mod:`factcheck.language.labels`,
re-exported here) let rules ask "is this a person / place / organisation" without
caring which model produced the entities.

This module must stay import-light: spaCy is imported inside functions only, because
``factcheck --help`` must not pay for loading spaCy.
"""

from __future__ import annotations

import functools
import json
import pathlib
from typing import TYPE_CHECKING, Any

from factcheck.language.labels import GROUP_LABELS, ORG_LABELS, PERSON_LABELS, PLACE_LABELS

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language
    from spacy.tokens import Span, Token

#: The name that means "the pipeline shipped inside the factcheck package".
DEFAULT_MODEL: str = "factcheck-news"

#: ``ent_id_`` prefixes written by the shipped entity ruler (see training/README.md).
KB_COUNTRY = "country/"
KB_CAPITAL = "capital/"
KB_CITY = "city/"
KB_REGION = "region/"
KB_INTL_ORG = "intl_org/"

_MODEL_DIRNAME = "model"

__all__ = [
    "DEFAULT_MODEL",
    "GROUP_LABELS",
    "ORG_LABELS",
    "PERSON_LABELS",
    "PLACE_LABELS",
    "ModelError",
    "is_org",
    "is_person",
    "is_place",
    "load_pipeline",
    "model_info",
    "shipped_model_path",
]


class ModelError(Exception):
    """The requested spaCy pipeline is missing or was built for another spaCy version.

    The message always names the model and says how to fix the problem.
    """


def shipped_model_path() -> pathlib.Path:
    """Directory of the pipeline shipped inside the package (may be absent in a bare checkout)."""
    return pathlib.Path(__file__).resolve().parent / _MODEL_DIRNAME


def is_person(label: str) -> bool:
    """True if an entity label (from either model family) denotes a person."""
    return label in PERSON_LABELS


def is_place(label: str) -> bool:
    """True if an entity label denotes a place, country, city or government seat."""
    return label in PLACE_LABELS


def is_org(label: str) -> bool:
    """True if an entity label denotes an organisation."""
    return label in ORG_LABELS


def entity_kind(span: Span) -> str | None:
    """``"person"``, ``"place"``, ``"org"`` or None for an entity span of either model family."""
    label = span.label_
    if label in PERSON_LABELS:
        return "person"
    if label in PLACE_LABELS:
        return "place"
    if label in ORG_LABELS:
        return "org"
    return None


def ents_in(span: Span) -> list[Span]:
    """The entities inside ``span``, as ``span.ents`` gives them, in time linear in the span.

    spaCy's ``Span.ents`` walks every entity of the document, so asking it for
    each sentence costs time quadratic in a long article's length.
    """
    doc, end = span.doc, span.end
    out: list[Span] = []
    for tok in span:
        if tok.ent_iob_ != "B":
            continue
        j = tok.i + 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
        if j > end:
            break  # an entity running past the span ends the list, as in spaCy
        out.append(_ent_span(doc, tok.i, j))
    return out


def ent_at(token: Token) -> Span | None:
    """The entity covering ``token`` (None outside entities), found from the token's
    IOB tags: asking ``doc.ents`` builds every entity of the document each time."""
    if not token.ent_iob_ or token.ent_iob_ == "O":
        return None
    doc, start = token.doc, token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return _ent_span(doc, start, end)


def _ent_span(doc: Any, start: int, end: int) -> Span:
    from spacy.tokens import Span as SpacySpan

    first = doc[start]
    return SpacySpan(
        doc, start, end, label=first.ent_type_, kb_id=first.ent_kb_id_, span_id=first.ent_id_
    )


def _check_meta(name: str, path: pathlib.Path) -> None:
    """Raise ModelError if the pipeline at ``path`` was built for an incompatible spaCy."""
    from spacy.about import __version__ as installed
    from spacy.util import get_minor_version_range, is_compatible_version

    meta_file = path / "meta.json"
    if not meta_file.is_file():
        raise ModelError(
            f"Model {name!r}: {path} is not a spaCy pipeline directory (no meta.json). "
            "Pass --model with a directory written by nlp.to_disk(), or an installed "
            "package name such as en_core_web_sm."
        )
    try:
        meta: dict[str, Any] = json.loads(meta_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"Model {name!r}: cannot read {meta_file}: {exc}") from exc
    wanted = str(meta.get("spacy_version", "")).strip()
    if wanted:
        try:
            ok = is_compatible_version(installed, wanted)
        except Exception:  # malformed specifier in meta.json
            ok = None
        if ok is False:
            fix = (
                "reinstall factcheck to get a matching pipeline"
                if name == DEFAULT_MODEL
                else f'install a spaCy in that range (pip install "spacy{wanted}") or '
                "retrain/download the model for your spaCy"
            )
            raise ModelError(
                f"Model {name!r} was trained for spaCy {wanted}, but spaCy {installed} is "
                f"installed (needs {get_minor_version_range(installed)}); {fix}."
            )


def _resolve(name_or_path: str) -> tuple[str, pathlib.Path | None]:
    """Map a model name to (display name, directory) — directory None for package names."""
    if name_or_path == DEFAULT_MODEL:
        path = shipped_model_path()
        if not (path / "meta.json").is_file():
            raise ModelError(
                f"Model {DEFAULT_MODEL!r}: the shipped pipeline is missing at {path}. "
                "Reinstall factcheck, rebuild it with training/train.sh, or pass "
                "--model en_core_web_sm (after: pip install en_core_web_sm) or --model PATH."
            )
        return DEFAULT_MODEL, path
    candidate = pathlib.Path(name_or_path).expanduser()
    if candidate.exists() or "/" in name_or_path or name_or_path.startswith("."):
        if not candidate.is_dir():
            raise ModelError(
                f"Model {name_or_path!r}: no such directory. Pass --model with a spaCy "
                "pipeline directory or an installed package name (e.g. en_core_web_sm)."
            )
        return name_or_path, candidate
    return name_or_path, None


def load_pipeline(name_or_path: str | None = None) -> Language:
    """Load (once per process) the shipped pipeline, an installed package, or a directory.

    ``None`` or :data:`DEFAULT_MODEL` means the shipped pipeline. Raises
    :class:`ModelError` with a fix-it message if the model is missing or incompatible.
    """
    return _load_cached(name_or_path or DEFAULT_MODEL)


@functools.lru_cache(maxsize=8)
def _load_cached(name: str) -> Language:
    display, path = _resolve(name)
    import spacy
    from spacy.util import get_package_path, is_package

    # Custom factories must be registered before a pipeline that uses them is loaded.
    from factcheck.nlp import components as _components  # noqa: F401

    if path is None:
        if not is_package(name):
            raise ModelError(
                f"Model {name!r} is not installed. Install it (e.g. pip install {name}, "
                f"or python -m spacy download {name}), pass --model PATH to a pipeline "
                f"directory, or omit --model to use the shipped {DEFAULT_MODEL!r} pipeline."
            )
        path = get_package_path(name)
        # Installed packages keep meta.json one level down, in <pkg>/<pkg>-<version>/.
        inner = [p for p in path.iterdir() if p.is_dir() and (p / "meta.json").is_file()]
        if not (path / "meta.json").is_file() and inner:
            path = inner[0]
    _check_meta(display, path)
    try:
        return spacy.load(path)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"Model {display!r} could not be loaded from {path}: {exc}") from exc


def model_info(nlp: Language) -> dict[str, str]:
    """Name, version, language and spaCy version of a loaded pipeline, for reports."""
    meta = nlp.meta
    lang = str(meta.get("lang", nlp.lang))
    name = str(meta.get("name", "pipeline"))
    return {
        "name": f"{lang}_{name}" if not name.startswith(f"{lang}_") else name,
        "version": str(meta.get("version", "")),
        "lang": lang,
        "spacy_version": str(meta.get("spacy_version", "")),
        "pipeline": ",".join(nlp.pipe_names),
    }
