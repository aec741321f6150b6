"""Dependency labels, entity labels and part-of-speech tags, for both label schemes.

A spaCy pipeline labels its parse in one of two schemes. The shipped model
(``factcheck/nlp/model``) is trained on Universal Dependencies: ``nsubj:pass``,
``obj``, ``nmod:poss``, ``compound:prt``, ``obl`` and entity labels PER, LOC,
ORG. The stock English models are trained on OntoNotes with ClearNLP labels:
``nsubjpass``, ``dobj``, ``poss``, ``prt``, ``pobj`` and entity labels PERSON,
GPE, LOC, FAC, ORG, NORP. Every set here holds the labels of both schemes,
so that a rule asks "is this a subject" once and works with either model.

Where rules need different sets for what looks like one concept, the
difference is a distinction of grammar and has its own name here: an
expletive "it" is a subject (:data:`SUBJECTS`) but refers to nothing
(:data:`REFERRING_SUBJECTS`), and the speaker of an attribution is a nominal
subject only (:data:`NOMINAL_SUBJECTS`).
"""

from __future__ import annotations

# -- dependency labels --------------------------------------------------------

#: A noun phrase as subject, active or passive: "*She* said", "*He* was elected".
NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
#: A clause as subject: "*What she said* surprised them".
CLAUSAL_SUBJECTS = frozenset({"csubj", "csubj:pass", "csubjpass"})
#: An expletive subject, which fills the slot but refers to nothing: "*it* is thought".
EXPLETIVES = frozenset({"expl", "expl:pass"})
#: Every kind of subject: what makes a finite verb a clause of its own.
SUBJECTS = NOMINAL_SUBJECTS | CLAUSAL_SUBJECTS | EXPLETIVES
#: Subjects that refer to something (not expletives): candidates for a pronoun's antecedent.
REFERRING_SUBJECTS = NOMINAL_SUBJECTS | CLAUSAL_SUBJECTS

#: Direct objects.
DIRECT_OBJECTS = frozenset({"obj", "dobj"})
#: Objects of a verb: direct, indirect and the ClearNLP dative.
OBJECTS = DIRECT_OBJECTS | frozenset({"iobj", "dative"})
#: Possessors: "*her* plan", "*the firm's* results".
POSSESSIVES = frozenset({"nmod:poss", "poss"})

#: Auxiliaries and copulas of a verb.
AUXILIARIES = frozenset({"aux", "aux:pass", "auxpass", "cop"})
#: Markers of the passive voice, on the auxiliary or the subject.
PASSIVES = frozenset({"aux:pass", "auxpass", "nsubj:pass", "nsubjpass", "csubj:pass", "csubjpass"})
#: A verb particle of a phrasal verb: "gave *up*".
PARTICLES = frozenset({"prt", "compound:prt"})
#: Relative clauses: "the plan *she described*".
RELATIVE_CLAUSES = frozenset({"relcl", "acl:relcl"})
#: Clauses that modify a noun: relative clauses and other adnominal clauses.
ADNOMINAL_CLAUSES = RELATIVE_CLAUSES | frozenset({"acl"})

# -- entity labels --------------------------------------------------------------

#: A person: PER (the shipped model), PERSON (OntoNotes models).
PERSON_LABELS = frozenset({"PER", "PERSON"})
#: A place, country, city or government seat. The shipped model uses LOC for all
#: places (countries and capitals carry an ``ent_id_`` such as ``country/KP``);
#: OntoNotes models use GPE, LOC and FAC.
PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
#: An organisation: companies, agencies, UN bodies, parties.
ORG_LABELS = frozenset({"ORG"})
#: Nationalities, religious and political groups (OntoNotes NORP): not a place, not
#: a person. The shipped model never emits it.
GROUP_LABELS = frozenset({"NORP"})
#: Names that are none of the above: titles of works (OntoNotes) and CoNLL's MISC.
OTHER_NAME_LABELS = frozenset({"WORK_OF_ART", "MISC"})

# -- Penn Treebank tags -----------------------------------------------------------

#: Finite verbs and modals: past, present third person, present other, modal.
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Every verb form, modals included.
VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})
