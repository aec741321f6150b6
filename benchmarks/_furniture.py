"""Web page furniture for ``benchmarks/plant.py``, generated from a small grammar.

Why a grammar and not a list: a rule tuned on a list of known lines (the dev set
has a handful) learns the list; lines combined from call-to-action verbs, page
objects, counters, photo credits, time stamps, social links and site names test
whether it learned the *shape* of furniture. No line equals one of the dev set.
"""

from __future__ import annotations

import random

from _planters import Draft, Plant, pick

_TOWNS = ("Northfield", "Harbourside", "Westbrook", "Kingsmere", "Ashdown", "Redcliffe", "Elmbury")
_PAPERS = ("Gazette", "Courier", "Chronicle", "Ledger", "Herald", "Observer", "Dispatch", "Post")
_AGENCIES = ("Reuters", "AFP", "AP", "PA Images", "EPA", "Shutterstock", "Alamy")
_FIRST = ("Anna", "Tomasz", "Grace", "Rahul", "Celine", "Owen", "Mirela", "Jonah", "Priya")
_LAST = ("Kowalski", "Okafor", "Lindqvist", "Hartley", "Moreau", "Bhatt", "Castellano", "Reyes")
_SOCIAL = ("Facebook", "Instagram", "LinkedIn", "YouTube", "Threads", "TikTok", "Bluesky")
_SECTIONS = ("Business", "Politics", "Sport", "Technology", "Culture", "World", "Money")
#: Lines of the dev set, kept only to make sure none is generated (compared case-folded).
_DEV_LINES = frozenset(
    line.casefold()
    for line in (
        "Image copyright Getty Images",
        "Related Articles",
        "Read more:",
        "Advertisement",
        "Leave a Comment",
        "Click here to subscribe to our newsletter",
        "Follow us on Twitter",
        "Share this article",
    )
)


def site_name(rng: random.Random) -> str:
    return f"{pick(rng, ('The ', '', ''))}{pick(rng, _TOWNS)} {pick(rng, _PAPERS)}"


def _newsletter(rng: random.Random) -> str:
    adj = pick(rng, ("free ", "morning ", "evening ", "weekly ", "daily ", ""))
    return f"{pick(rng, ('our', 'the'))} {adj}{pick(rng, ('newsletter', 'briefing', 'digest'))}"


def call_to_action(rng: random.Random) -> str:
    """A call-to-action verb with a page object it goes with."""
    section = pick(rng, _SECTIONS)
    options = (
        f"Sign up for {_newsletter(rng)}",
        f"Subscribe to {_newsletter(rng)}",
        f"Get {_newsletter(rng)} in your inbox",
        f"Download {pick(rng, ('our', 'the'))} {pick(rng, ('free app', 'news app', 'mobile app'))}",
        f"Listen to {pick(rng, ('the', 'our'))} {pick(rng, ('podcast', 'latest episode'))}",
        f"Watch {pick(rng, ('the video', 'the full interview', 'the highlights'))}",
        f"Tap here to {pick(rng, ('enable alerts', 'watch live', 'see all photos'))}",
        f"Click to {pick(rng, ('enlarge', 'play', 'expand the gallery'))}",
        f"More from {section}",
        f"Email this {pick(rng, ('story', 'page'))}",
        f"Print this {pick(rng, ('story', 'page'))}",
        f"Sign in to {pick(rng, ('comment', 'save this story'))}",
    )
    return pick(rng, options)


def counter(rng: random.Random) -> str:
    n = rng.randint(2, 480)
    return pick(
        rng,
        (
            f"{n} comments",
            f"Comments ({n})",
            f"{n} shares",
            f"View all {n} comments",
            f"{n} people are reading this now",
        ),
    )


def credit(rng: random.Random) -> str:
    name = f"{pick(rng, _FIRST)} {pick(rng, _LAST)}"
    agency = pick(rng, _AGENCIES)
    return pick(
        rng,
        (
            f"Photo: {name}/{agency}",
            f"Picture: {agency}",
            f"(Photo by {name}/{agency})",
            f"Image: {name} for {site_name(rng)}",
        ),
    )


def timestamp(rng: random.Random) -> str:
    n = rng.randint(2, 11)
    unit = pick(rng, ("hours", "minutes"))
    hh, mm = rng.randint(6, 22), rng.randint(0, 59)
    return pick(
        rng,
        (f"Updated {n} {unit} ago", f"Published {n} {unit} ago", f"Last updated {hh:02d}:{mm:02d}"),
    )


def social(rng: random.Random) -> str:
    net = pick(rng, _SOCIAL)
    return pick(
        rng, (f"Follow us on {net}", f"Like us on {net}", f"Find us on {net}", f"Share on {net}")
    )


def navigation(rng: random.Random) -> str:
    return pick(
        rng,
        (
            "Skip to main content",
            "Back to top",
            "Most read",
            "Top stories",
            "You may also like",
            "Continue reading",
            "Show more",
            "Next article",
            "More on this story",
            "Related stories",
        ),
    )


def furniture_line(rng: random.Random) -> tuple[str, str]:
    """(variant, line) with the line guaranteed not to be one of the dev set."""
    makers = (
        ("call-to-action", call_to_action),
        ("counter", counter),
        ("credit", credit),
        ("timestamp", timestamp),
        ("social", social),
        ("navigation", navigation),
    )
    while True:
        variant, make = makers[rng.randrange(len(makers))]
        line = make(rng)
        if line.casefold() not in _DEV_LINES:
            return variant, line


def plant_furniture(d: Draft, rng: random.Random) -> Plant | None:
    """A furniture line between paragraphs, under the headline or at the end; or a site name
    after the headline (" | Site", " - Site")."""
    blocks = d.blocks()
    if len(blocks) < 3:
        return None
    head = blocks[0]
    if rng.random() < 0.2 and d.free(head) and "|" not in d.text[head.start : head.end]:
        sep = pick(rng, (" | ", " | ", " - "))
        tail = f"{sep}{site_name(rng)}"
        if rng.random() < 0.3:
            tail = f"{sep}{pick(rng, _SECTIONS)}{sep}{site_name(rng)}"
        return Plant(
            "furniture",
            "site-name",
            head.end,
            head.end,
            tail,
            head.end + 1,
            head.end + len(tail),
            "Site name left in the headline by a copy from a web page.",
        )
    variant, line = furniture_line(rng)
    where = rng.random()
    if where < 0.15:
        at = head.end
    elif where < 0.3:
        at = blocks[-1].end
    else:
        at = blocks[rng.randrange(1, len(blocks) - 1)].end
    rep = f"\n\n{line}"
    return Plant(
        "furniture",
        variant,
        at,
        at,
        rep,
        at + 2,
        at + len(rep),
        "Web page furniture left in the copy.",
    )
