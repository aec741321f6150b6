"""The English that factcheck's analyses and rules reason with, defined once.

Word classes (function words, calendar and number words, reporting verbs,
honorifics and role nouns), the dependency and entity labels of the two label
schemes a pipeline may use, and the Penn tags rules test for. Before this
package each rule family kept its own copy of these, with different contents;
one definition means a fix to "said" or to a label reaches every check.

Long word lists are data files in ``data/`` (one entry per line, ``#``
comments, a header saying what the class is and where it comes from), loaded
once by :func:`factcheck.language.words.word_list`, the way Vale keeps its
vocabularies; closed classes short enough to read at a glance stay Python.

It is part of the host (not of ``factcheck_rules``) because the shared news
analyses in :mod:`factcheck.analysis` need it too and the host never imports
the built-in rules. Importing it never imports spaCy.
"""
