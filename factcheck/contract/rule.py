"""The rule contract: what every rule plugin, built-in or third-party, provides.

A rule is a class with a stable code, a kebab-case name, a category, a default
severity and documentation in fixed sections (taken from its docstring, the way
ruff documents its rules). Its :meth:`Rule.check` yields :class:`Diagnostic`
objects for one article. Rules are plain Python: they must not import spaCy at
module import time, so listing rules stays fast.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from factcheck.contract.findings import Diagnostic, Severity
from factcheck.contract.knowledge import Verdict
from factcheck.contract.settings import Options, Settings

if TYPE_CHECKING:
    from factcheck.contract.article import Article
    from factcheck.contract.knowledge import Claim

#: ``FC`` + family digit + two digits. Families: 1 text integrity, 2 pronouns,
#: 3 dates, 4 attribution and quotes, 5 consistency. Third-party plugins use the
#: same shape with their own prefix of two to four capital letters (``HS101``).
CODE_PATTERN = re.compile(r"^[A-Z]{2,4}[0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
FAMILIES: Mapping[str, str] = {
    "1": "text integrity",
    "2": "pronouns",
    "3": "dates",
    "4": "attribution and quotes",
    "5": "consistency",
}

#: The fixed documentation sections, in order. Every rule documents all of them.
DOC_SECTIONS: tuple[str, ...] = (
    "What it does",
    "Why it matters",
    "Example",
    "Use instead",
    "Limitations",
)

_SECTION_RE = re.compile(r"^##\s+(?P<title>.+?)\s*$", re.MULTILINE)


#: The kinds of value a rule option can hold, with their JSON Schema.
OPTION_KINDS: Mapping[str, Mapping[str, object]] = {
    "bool": {"type": "boolean"},
    "int": {"type": "integer"},
    "number": {"type": "number"},
    "string": {"type": "string"},
    "strings": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
    "path": {"type": "string", "minLength": 1},
    "table": {"type": "object"},
}


@dataclass(frozen=True)
class RuleOption:
    """One option a rule reads from ``[tool.factcheck.rule-options.CODE-OR-NAME]``.

    ``key`` is the kebab-case key; ``kind`` is one of :data:`OPTION_KINDS`
    (``bool``, ``int``, ``number``, ``string``, ``strings``, ``path``,
    ``table``); ``help`` says what it does.
    """

    key: str
    kind: str
    help: str

    def accepts(self, value: object) -> bool:
        """True when ``value`` (as TOML gives it) has this option's kind."""
        if self.kind == "bool":
            return isinstance(value, bool)
        if self.kind in ("int", "number"):
            if isinstance(value, bool):
                return False
            return isinstance(value, int) or (self.kind == "number" and isinstance(value, float))
        if self.kind in ("string", "path"):
            return isinstance(value, str) and (self.kind == "string" or bool(value.strip()))
        if self.kind == "strings":
            return isinstance(value, str) or (
                isinstance(value, list) and all(isinstance(v, str) for v in value)
            )
        return isinstance(value, Mapping)


class RuleDefinitionError(ValueError):
    """A rule class is malformed: bad code, bad name, missing doc sections."""


@dataclass(frozen=True)
class RuleDocs:
    """A rule's documentation, split into the fixed sections."""

    summary: str
    sections: Mapping[str, str]

    @classmethod
    def parse(cls, docstring: str | None) -> RuleDocs:
        """Split a docstring into its summary line and ``## Section`` blocks."""
        text = textwrap.dedent(docstring or "").strip()
        if not text:
            return cls(summary="", sections={})
        # The first line is indented differently from the rest in a class docstring.
        first, _, rest = text.partition("\n")
        text = first.strip() + "\n" + textwrap.dedent(rest)
        matches = list(_SECTION_RE.finditer(text))
        head = text[: matches[0].start()] if matches else text
        sections: dict[str, str] = {}
        for i, m in enumerate(matches):
            end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
            sections[m.group("title")] = text[m.end() : end].strip()
        return cls(summary=" ".join(head.split()), sections=sections)

    def missing(self) -> list[str]:
        """The fixed sections this rule does not document (empty when complete)."""
        return [s for s in DOC_SECTIONS if not self.sections.get(s)]

    def render(self) -> str:
        """Markdown for ``factcheck rule CODE`` and the docs site."""
        parts = [self.summary, ""]
        for title in DOC_SECTIONS:
            if title in self.sections:
                parts += [f"## {title}", "", self.sections[title], ""]
        return "\n".join(parts).rstrip() + "\n"


#: The ``factcheck_verify_claim`` hook caller: every knowledge plugin's answer, None included.
VerifyHook = Callable[..., Sequence[Verdict | Sequence[Verdict] | None]]


@dataclass
class RuleContext:
    """What the host hands a rule besides the article.

    ``options`` are this rule's options from configuration
    (``[tool.factcheck.rule-options.CODE-OR-NAME]``), read with typed getters
    such as ``ctx.options.get_float("min-confidence", 0.5)``; ``settings`` are
    the resolved settings for this file; ``verify`` asks every knowledge
    plugin about a structured claim.
    """

    options: Options = field(default_factory=Options)
    settings: Settings = field(default_factory=Settings)
    verify_hook: VerifyHook | None = None

    def verify(self, claim: Claim) -> list[Verdict]:
        """Ask the knowledge plugins (``factcheck_verify_claim``) about ``claim``."""
        if self.verify_hook is None:
            return []
        results = self.verify_hook(claim=claim, settings=self.settings)
        verdicts: list[Verdict] = []
        for result in results:
            if result is None:
                continue
            if isinstance(result, Verdict):
                verdicts.append(result)
            else:
                verdicts.extend(result)
        return verdicts


class Rule:
    """Base class for rules. Subclass it, set the class attributes, write ``check``.

    The class docstring is the rule's documentation: a one-line summary, then
    ``## What it does``, ``## Why it matters``, ``## Example``,
    ``## Use instead`` and ``## Limitations``.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    #: False for rules that only look at characters and lines: the host may
    #: then skip the spaCy parse when no selected rule needs it.
    needs_parse: ClassVar[bool] = True
    #: Set by the host when the rule is registered: the plugin that provided it.
    plugin_name: str = ""
    #: The options the rule reads (``ctx.options``). Declared, they are checked before
    #: any file is read: an unknown key or a value of the wrong kind is a configuration
    #: error naming the file and key, with a "did you mean". None (the default, for
    #: rules written before options were declared) leaves them unchecked.
    config_options: ClassVar[tuple[RuleOption, ...] | None] = None

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        """Yield every problem of this kind in ``article``."""
        raise NotImplementedError

    @classmethod
    def docs(cls) -> RuleDocs:
        """The parsed documentation of this rule."""
        return RuleDocs.parse(cls.__doc__)

    @classmethod
    def summary(cls) -> str:
        """One line for tables: the docstring's first sentence."""
        return cls.docs().summary

    @classmethod
    def validate(cls) -> None:
        """Raise :class:`RuleDefinitionError` when the class breaks the contract."""
        where = f"{cls.__module__}.{cls.__qualname__}"
        for attr in ("code", "name", "category"):
            if not isinstance(getattr(cls, attr, None), str):
                raise RuleDefinitionError(f"{where}: missing class attribute {attr!r}")
        if not CODE_PATTERN.match(cls.code):
            raise RuleDefinitionError(
                f"{where}: rule code {cls.code!r} must be 2-4 capital letters and 3 digits "
                "(for example FC101)"
            )
        if cls.code.startswith("FC") and cls.code[2] not in FAMILIES:
            raise RuleDefinitionError(f"{where}: FC family digit of {cls.code!r} is not one of 1-5")
        if not NAME_PATTERN.match(cls.name):
            raise RuleDefinitionError(f"{where}: rule name {cls.name!r} must be kebab-case")
        if not isinstance(cls.severity, Severity):
            raise RuleDefinitionError(f"{where}: severity must be a factcheck.Severity")
        for option in cls.config_options or ():
            if not NAME_PATTERN.match(option.key) or option.kind not in OPTION_KINDS:
                raise RuleDefinitionError(
                    f"{where}: option {option.key!r} needs a kebab-case key and a kind among "
                    f"{', '.join(OPTION_KINDS)}"
                )
        missing = cls.docs().missing()
        if missing:
            raise RuleDefinitionError(f"{where}: docstring lacks the sections {', '.join(missing)}")
