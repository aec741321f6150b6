"""Analyses only the attribution rules (FC4xx) use; none of these modules is a rule.

``assertions`` (evaluative phrases in the writer's voice) and ``checkworthy``
(how much a sentence states a checkable fact) serve FC404; ``layout`` (the
layouts that give a quotation's speaker by position) serves FC401. Who says
what, which the pronoun rules need too, is the shared analysis
:mod:`factcheck.analysis.attribution`.
"""
