"""FC502 title-conflict: one person given two offices that one person cannot hold at once."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck_rules.consistency.analysis.titles import Role, roles_by_cluster
from factcheck_rules.consistency.analysis.words import SCOPED_OFFICES

from factcheck import Applicability, Article, Diagnostic, Evidence, Fix, Rule, RuleContext, Severity


def _conflict(a: Role, b: Role) -> bool:
    if a.office == b.office or a.qualified or b.qualified or not (a.exclusive and b.exclusive):
        return False
    # Written together ("President and Prime Minister"): both are meant.
    if b.office in a.coexisting or a.office in b.coexisting:
        return False
    scoped = {a.office, b.office} & SCOPED_OFFICES
    # "President of the bank" and "chancellor of the university" belong to other bodies.
    return not (scoped and a.scope and b.scope and a.scope != b.scope)


class TitleConflict(Rule):
    """One person given two offices no one holds at once: "Prime Minister X" … "President X".

    ## What it does
    Collects the offices given to each person: a title right before the
    name ("Prime Minister Fumio Kishida", "the UN secretary-general,
    António Guterres,") and an appositive right after it ("Linda
    Thomas-Greenfield, the US ambassador to the UN,"). The mentions of one
    person are found by the shared name clustering (full names, and a
    surname alone when only one person has it). When one person is given two
    offices that exclude each other (president, prime minister, chancellor,
    monarch, pope, UN secretary-general, ambassador, and their deputies),
    the later one is reported with the earlier one as evidence.

    ## Why it matters
    A head of government promoted to head of state three paragraphs down,
    or an ambassador who becomes the UN secretary-general, is a plain error
    that readers catch and that casts doubt on everything else in the story.

    ## Example
    ```text
    Prime Minister Fumio Kishida met the delegation in Tokyo. Later,
    President Kishida said talks would continue.
    ```

    ## Use instead
    ```text
    Prime Minister Fumio Kishida met the delegation in Tokyo. Later,
    Prime Minister Kishida said talks would continue.
    ```

    ## Limitations
    Only offices that one person holds one at a time are compared; roles
    that legitimately coexist (party leader and prime minister, minister
    of two portfolios, chief executive and president of a company) are
    never reported. A title with "former", "ex-", "then-", "acting",
    "interim", "-elect" or a hypothetical "a President X" is no claim about
    the present and is skipped, as are two offices written together
    ("President and Prime Minister"), and a president or chancellor of two
    named, different bodies. A surname alone shared by two people named in
    full is not attributed to either.
    """

    code = "FC502"
    name = "title-conflict"
    category = "consistency"
    severity = Severity.WARNING

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        out = []
        for cluster, found in roles_by_cluster(article):
            reported: set[str] = set()
            for i, later in enumerate(found):
                earlier = next((r for r in found[:i] if _conflict(r, later)), None)
                if earlier is None or later.office in reported:
                    continue
                reported.add(later.office)
                fix = None
                if later.form == "title" and earlier.form == "title":
                    fix = Fix(
                        title=f"Use {earlier.written!r}",
                        replacement=earlier.written,
                        applicability=Applicability.UNSAFE,
                    )
                out.append(
                    Diagnostic(
                        start=later.span.start,
                        end=later.span.end,
                        message=(
                            f"Title conflict: {cluster.name} is called {later.written!r} here "
                            f"but {earlier.written!r} earlier ({earlier.office} and "
                            f"{later.office} are not held by one person at once). Check which "
                            "is right, or mark the earlier office as former."
                        ),
                        confidence=0.75,
                        fix=fix,
                        evidence=(
                            Evidence(
                                f"earlier title {earlier.written!r}",
                                earlier.span.start,
                                earlier.span.end,
                            ),
                            Evidence("the person", later.mention.start, later.mention.end),
                        ),
                        data={
                            "person": cluster.name,
                            "office": later.office,
                            "earlier_office": earlier.office,
                        },
                    )
                )
        return out
