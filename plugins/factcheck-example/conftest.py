"""Lets the tests import ``factcheck_house_style`` from a checkout, installed or not.

pytest puts the folder of a ``conftest.py`` on ``sys.path`` (its default
"prepend" import mode), which also covers a session started from the
factcheck repository root with ``pytest plugins/factcheck-example``.
"""
