"""Closed word classes the text-integrity rules reason with.

These are properties of English and of web pages, not lists of errors: the
abbreviations that end in a full stop and may be followed by a lower-case word,
the words that cannot end a sentence because they need a complement, and the
vocabulary of a web page's interface (the words of buttons, counters and
credits). No rule matches a whole furniture line against a fixed list.
"""

from __future__ import annotations


def _words(spaced: str) -> frozenset[str]:
    """A word set written as one space-separated string (easier to read and review)."""
    return frozenset(spaced.split())


#: Abbreviations written with a final full stop after which the sentence goes on
#: ("approx. 40", "vs. the champions", "e.g. the budget"). Lower-cased, no final stop.
CONTINUING_ABBREVIATIONS = _words(
    "approx vs v e.g eg i.e ie cf etc incl excl esp viz ca c al no nos fig figs p pp vol "
    "vols ed eds op cit ibid a.m p.m pm inc ltd co corp plc llc bros jr sr st mr mrs "
    "ms dr prof gen gov sen rep rev capt lt col sgt cpl maj adm cmdr supt insp det jan "
    "feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat "
    "sun min max est dept govt assn univ ave rd blvd mt ft approx. sq cu lb lbs oz pt pts "
    "hr hrs mins secs sec yr yrs mo mos wk wks tel ext intl int misc aka a.k.a re resp "
    "orig transl trans comp cca circa u.s u.k u.n e.u"
)

#: Determiners and possessives that always need a noun after them: a sentence
#: cannot end on them ("...was sent off for bringing down the.").
NEEDS_NOUN = _words("a an the their its our your every")

#: Conjunctions and other words that need a following clause or phrase.
NEEDS_CLAUSE = _words(
    "and or nor but because although whereas unless whether than including such if as per via"
)

#: Prepositions that need an object unless the object was moved away
#: (relative clause, question, passive, infinitival relative, phrasal verb).
STRANDABLE_PREPOSITIONS = _words(
    "of from with at to for into onto upon between among amongst towards toward about "
    "against across without within despite during until throughout beneath beside besides "
    "beyond"
)

#: Verbs after which "to" may end a sentence by verb-phrase ellipsis ("He had
#: promised to.", "She wanted to but could not."): weaker evidence of a cut.
ELLIPSIS_VERBS = _words(
    "want wants wanted wanting need needs needed like likes liked love loves loved hope "
    "hopes hoped plan plans planned intend intends intended try tries tried refuse "
    "refuses refused decline declines declined expect expects expected have has had ought "
    "used going able allowed forced tempted told asked agree agrees agreed promise "
    "promises promised mean means meant choose chose chosen prefer prefers preferred "
    "continue continues continued seem seems seemed appear appears appeared afford "
    "deserve deserves deserved got supposed due willing unable ready free happy set "
    "scheduled slated poised likely unlikely bound obliged required encouraged urged "
    "invited persuaded tipped"
)

#: Nouns after which "to" may end a sentence by ellipsis ("He had every right to.").
ELLIPSIS_NOUNS = _words(
    "reason reasons plan plans right chance need intention intentions desire opportunity "
    "obligation power ability permission licence license mandate wish"
)

#: Words that belong only to a web page's interface: on a short line of their
#: own they are page furniture ("Advertisement", "Comments (4)", "Related").
CHROME_INTERFACE = _words(
    "advertisement advertisements advert adverts sponsored newsletter newsletters "
    "subscription subscriptions unsubscribe login logout signup sign-up signin sign-in "
    "homepage permalink bookmark bookmarks sidebar playback slideshow caption captions "
    "copyright comments livestream podcasts hashtag hashtags javascript promoted click "
    "clicks"
)

#: Words of a web page's buttons and links that are also ordinary English
#: ("share", "video", "follow"): they count only together with other signals.
CHROME_ACTION = _words(
    "share shares sharing comment commenting subscribe subscribed subscriber subscribers "
    "tap tweet tweets retweet print printable email e-mail emails download reply replies "
    "downloads app apps video videos photo photos photograph photographs image images "
    "picture pictures pic pics gallery follow like likes sign log register join leave "
    "watch listen read view views see continue load show hide skip scroll close accept "
    "reject manage podcast cookie cookies alerts notifications updates feed rss facebook "
    "twitter whatsapp linkedin instagram pinterest youtube tiktok reddit telegram "
    "snapchat threads mastodon bluesky"
)

#: Words that point at the page itself or at a place on it ("this article",
#: "read more", "back to top"). Weak alone.
CHROME_DEIXIS = _words(
    "article articles story stories page pages post posts site website websites link "
    "links here below above more top next previous back latest popular most topics topic "
    "tags tag content conversation reading full now credit credits menu browser related "
    "recommended trending briefing briefings bulletin digest device experience settings "
    "preferences account inbox profile updated published posted filed ago min mins minute "
    "minutes read rights reserved terms privacy policy contact help faq partner also"
)

#: Verbs that open a call to action on a web page ("Share this", "Sign up").
CALL_TO_ACTION_VERBS = _words(
    "share click tap subscribe follow sign log register join leave post read view see "
    "watch listen download get print email e-mail skip scroll continue accept reject "
    "manage load show hide close send visit like comment tweet rate vote discover explore find "
    "browse install enable allow tell signup signin login logout"
)

#: Photo and news agencies that appear in image credits ("Photo: Reuters").
CREDIT_AGENCIES = _words(
    "getty reuters afp ap pa epa shutterstock alamy istock istockphoto corbis rex "
    "bloomberg xinhua anadolu"
)

#: Words that mark a site name glued to a headline ("... | Metro News").
SITE_NAME_WORDS = _words(
    "news online com net org magazine times post daily herald tribune journal gazette "
    "telegraph guardian independent observer chronicle press media tv radio network sport "
    "sports today weekly review standard mail express mirror star sun"
)
