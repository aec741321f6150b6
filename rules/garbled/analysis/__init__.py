"""Analyses the text-integrity rules (FC1xx) share; none of these modules is a rule.

``layout`` (paragraphs and lines, from the reader's blocks), ``clauses``
(finite verbs and subjects in the parse), ``restarts`` (where a sentence
restarts in lower case, shared by FC102 and FC103) and ``vocab`` (the word
classes the rules reason with).
"""
