"""The host's own plugins: the core check loop, readers, reporters, suppressions and the baseline.

They are registered through the same plugin manager and hooks as a third party's, and can be
listed and blocked the same way. They import the contract and the shared analyses, never the
engine's session.
"""
