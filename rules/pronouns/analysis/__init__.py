"""Analyses the pronoun rules (FC2xx) share; none of these modules is a rule.

``mentions`` (names, noun phrases and pronouns with kind, number and stated
gender), ``gazetteer`` (countries, large cities, organisation-shaped names),
``entities`` (mentions grouped into referents), ``quotes`` (who speaks each
quotation, how far quoted speech runs), ``salience``, ``ranker`` (a trained
re-ordering of the candidates, weights in ``data/ranker.json``), ``resolver``
(the antecedent resolver, shared per article) and ``judge`` (the pronouns that
cannot mean their best antecedent, which FC201 and FC202 report); ``chains``
publishes the resolver as the shared :mod:`factcheck.analysis.coref`. The word
lists they read (honorifics, role nouns) are :mod:`factcheck.language.nouns`.
"""
