"""What a knowledge plugin says about a person's pronouns.

A newsroom facts file may know that a named person is "she". That fact
outranks everything the article suggests: FC202 stays silent on a pronoun the
fact confirms, and reports one it contradicts even when the article itself
gives no gender. The ask is one :class:`~factcheck.Claim` of kind
``ClaimKind.PRONOUN`` per (name, pronoun) pair: ``subject`` the person's
fullest name in the article, ``predicate`` "pronouns", ``value`` the pronoun
used in lower case, ``entities`` every name of the person's chain. A provider
answers VERIFIED, or CONTRADICTED with ``expected`` the pronoun that is right.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck_rules.pronouns.analysis.resolver import Analysis

from factcheck import Claim, ClaimKind, Outcome, RuleContext, Verdict

#: A resolution this sure (share of the top two candidates) is asked about.
SURE_LINK = 0.8


@dataclass
class PronounFacts:
    """Cached asks for one article and run."""

    an: Analysis
    ctx: RuleContext
    _seen: dict[tuple[int, str], Verdict | None] = field(default_factory=dict)

    def names(self, entity: int) -> list[str]:
        """The chain's names, fullest first."""
        ms = self.an.entities[entity].mentions
        names = {self.an.mentions[i].text for i in ms if self.an.mentions[i].named}
        return sorted(names, key=lambda n: (-len(n), n))

    def ask(self, entity: int, pronoun: str) -> Verdict | None:
        """The first decisive verdict on ``pronoun`` for the person of ``entity``."""
        key = (entity, pronoun.lower())
        if key not in self._seen:
            names = self.names(entity)
            verdict = None
            if names:
                claim = Claim(
                    kind=ClaimKind.PRONOUN,
                    subject=names[0],
                    predicate="pronouns",
                    value=pronoun.lower(),
                    entities=tuple(names),
                )
                verdicts = self.ctx.verify(claim)
                verdict = next(
                    (v for v in verdicts if v.outcome != Outcome.UNKNOWN),
                    None,
                )
            self._seen[key] = verdict
        return self._seen[key]
