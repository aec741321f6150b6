"""Shared news analyses over an article's text: structure (headline, standfirst, blocks),
quotations and datelines. Readers build articles with them; rules may use them too.
"""
