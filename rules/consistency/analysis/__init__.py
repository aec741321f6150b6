"""Shared analyses of the consistency rules: names and clusters, titles, quantities, quotations.

Each analysis is computed once per article through ``article.derived`` with a
:class:`~factcheck.DerivedKey` declared in its module, so rules and plugins share it.
"""
