"""factcheck-house-style: a factcheck plugin that applies a newsroom's house-style terms.

Installed next to factcheck, it is found through the ``factcheck`` entry-point
group under the name ``house-style`` and adds rule HS101. It is also the
template for writing a plugin: see docs/writing-plugins.md in factcheck.
"""

from __future__ import annotations

__version__ = "0.1.0"
