"""Knowledge plugins of the built-in rules: sources that confirm or contradict claims.

``facts`` reads a newsroom's facts files and answers ``factcheck_verify_claim``
for the date claims the FC3xx rules send (FC307 and FC308 report its
verdicts). It is registered under its own entry point, ``factcheck-facts``,
because it is a provider of knowledge, not a rule: another plugin can answer
the same hook, and a newsroom can turn this one off without losing the date
rules. ``people`` (entry point ``factcheck-people``) answers for people (roles,
pronouns, birth dates) and named quantities, which the FC5xx rules send.
"""
