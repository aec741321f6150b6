"""Analyses the date rules (FC3xx) share; none of these modules is a rule.

``patterns`` and ``cues`` (the news formats of dates and the words around
them), ``extract`` (temporal expressions, filtered with the parse),
``clause`` (the verb, tense and subject an expression dates), ``values``,
``normalise`` and ``normalise_more`` (TIMEX3 values against the publication
date), ``claims`` (the per-article analysis, :func:`.claims.date_analysis`) and
``common`` (how the rules describe a claim and ask knowledge plugins about it).
"""
