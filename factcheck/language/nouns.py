"""Words that tell what a mention is: honorifics, role nouns, institution nouns.

These are the article-internal signals a check may use for gender and
animacy. A person's gender is never guessed from a first name: it comes from
an honorific ("Mrs", "Sir"), a gendered role noun ("widow", "king"), or
pronouns the article already uses for them. Gender-neutral role nouns
("minister", "striker") only say that a mention is a person. The lists are
data files (``data/honorifics-*.txt``, ``data/role-nouns-*.txt``,
``data/person-nouns.txt``, ``data/institution-nouns.txt``).
"""

from __future__ import annotations

from factcheck.language.words import word_list

#: Honorifics and titles before a name that state a man ("Mr", "Sir").
HONORIFICS_MALE = word_list("honorifics-male")
#: Honorifics and titles before a name that state a woman ("Mrs", "Dame").
HONORIFICS_FEMALE = word_list("honorifics-female")
#: Honorifics that say "a person" but not which gender ("Dr", "President").
HONORIFICS_NEUTRAL = word_list("honorifics-neutral")
#: Every honorific.
HONORIFICS = HONORIFICS_MALE | HONORIFICS_FEMALE | HONORIFICS_NEUTRAL
#: Role nouns that state a man ("widower", "king").
ROLE_MALE = word_list("role-nouns-male")
#: Role nouns that state a woman ("widow", "actress").
ROLE_FEMALE = word_list("role-nouns-female")
#: Nouns that denote people, gendered or not.
PERSON_NOUNS = word_list("person-nouns") | ROLE_MALE | ROLE_FEMALE
#: Nouns for institutions and places: "it"/"they", never "he"/"she".
INSTITUTION_NOUNS = word_list("institution-nouns")
#: Nouns of a measured quantity or its change ("the steepest fall"): a superlative
#: on one ranks data rather than judging.
RANKING_NOUNS = word_list("ranking-nouns")
#: Kicker labels that mark a piece as opinion ("Opinion:", "COMMENT |").
OPINION_LABELS = word_list("opinion-labels")
