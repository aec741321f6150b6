"""Range and containment lookups over a list of character spans, in logarithmic time.

Why: the analyses ask the same questions once per cue, quotation or block
("which attributions start in this paragraph?", "is this offset inside a
quotation?", "which sentence comes first after this offset?"). Answering each
by scanning every span made a long article quadratic: 800 short quoted
paragraphs cost seconds. :class:`SpanIndex` sorts the spans by start once and
keeps the running maximum of their ends, so each question is a bisection.

The answers are exactly those of the scans they replace: positions come back
as positions in the list the index was built from, in that list's order, so
"the first match" (or, scanning backwards, the last) of a loop over the list
is the same match. The spans need not be sorted, disjoint or unnested.

It lives in the contract because ``Article`` itself answers such questions
(``in_quotation``, ``quotation_at``); the analyses and rules use it too.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class SpanIndex:
    """Half-open ``(start, end)`` spans, indexed by start, with the furthest end so far.

    Built from ``(start, end)`` pairs in some list's order; every method answers
    with positions in that list (ascending) or a yes/no.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        pairs = list(spans)
        #: List positions sorted by start (stable: equal starts keep the list's order).
        self._order = sorted(range(len(pairs)), key=lambda i: pairs[i][0])
        self._starts = [pairs[i][0] for i in self._order]
        self._ends = [pairs[i][1] for i in self._order]
        #: The furthest end among the spans sorted up to here (never decreases).
        self._reach: list[int] = []
        #: The smallest list position among the spans sorted from here on.
        self._first_after: list[int] = [0] * len(pairs)
        furthest = -(1 << 62)
        for end in self._ends:
            furthest = max(furthest, end)
            self._reach.append(furthest)
        smallest = len(pairs)
        for k in range(len(pairs) - 1, -1, -1):
            smallest = min(smallest, self._order[k])
            self._first_after[k] = smallest

    def __len__(self) -> int:
        return len(self._order)

    def starting_in(self, lo: int, hi: int) -> list[int]:
        """Positions of the spans with ``lo <= start < hi``, in list order."""
        a = bisect.bisect_left(self._starts, lo)
        b = bisect.bisect_left(self._starts, hi)
        return sorted(self._order[a:b])

    def any_starting_in(self, lo: int, hi: int) -> bool:
        """True when some span has ``lo <= start < hi``."""
        return bisect.bisect_left(self._starts, lo) < bisect.bisect_left(self._starts, hi)

    def first_starting_from(self, lo: int) -> int | None:
        """The first position (in list order) of a span with ``start >= lo``; None if none."""
        a = bisect.bisect_left(self._starts, lo)
        return self._first_after[a] if a < len(self._starts) else None

    def last_starting_in(self, lo: int, hi: int) -> int | None:
        """The last position (in list order) of a span with ``lo <= start < hi``; None if none."""
        a = bisect.bisect_left(self._starts, lo)
        b = bisect.bisect_left(self._starts, hi)
        return max(self._order[a:b], default=None)

    def covers(self, lo: int, hi: int) -> bool:
        """True when some span has ``start <= lo`` and ``hi <= end``."""
        k = bisect.bisect_right(self._starts, lo)
        return k > 0 and self._reach[k - 1] >= hi

    def containing(self, lo: int, hi: int) -> list[int]:
        """Positions of the spans with ``start <= lo`` and ``hi <= end``, in list order.

        Walks back from the last span starting at or before ``lo`` and stops where
        no earlier span reaches ``hi``: the cost is the spans that could contain it.
        """
        out = []
        k = bisect.bisect_right(self._starts, lo) - 1
        while k >= 0 and self._reach[k] >= hi:
            if self._ends[k] >= hi:
                out.append(self._order[k])
            k -= 1
        return sorted(out)

    def touching(self, lo: int, hi: int) -> list[int]:
        """Positions of the spans with ``start <= hi`` and ``end >= lo``, in list order.

        Both bounds are inclusive. The spans that start in range but end before
        ``lo`` are skipped one by one, so this is fast when few spans reach over
        many others (quotations, sentences, blocks).
        """
        k = bisect.bisect_right(self._starts, hi)
        i = bisect.bisect_left(self._reach, lo, 0, k)
        return sorted(self._order[j] for j in range(i, k) if self._ends[j] >= lo)
