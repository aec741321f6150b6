"""The plugin contract: every type and hook a plugin sees, and nothing else of the host.

Read it top to bottom in this order: :mod:`.markers` (the pluggy markers),
:mod:`.hookspecs` (every hook, in the order a run calls them), :mod:`.rule`
(what a rule is), :mod:`.settings` (what a run was asked to do, and the
rule and plugin options), :mod:`.findings` (what it reports), :mod:`.article`
(what it reads), :mod:`.source` (decoded input), :mod:`.knowledge` (claims and
verdicts), :mod:`.results` and :mod:`.reporter` (output formats). This package
imports nothing else of factcheck; an import-linter contract keeps it so.
Plugin authors import these names from :mod:`factcheck`.
"""
