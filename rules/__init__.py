"""factcheck_rules: the built-in rule plugins of factcheck.

Installed under the import name ``factcheck_rules`` and loaded through the
``factcheck`` entry-point group exactly like a third-party plugin. One
subpackage per family: ``garbled`` (FC1xx), ``pronouns`` (FC2xx), ``dates``
(FC3xx), ``attribution`` (FC4xx).
"""
