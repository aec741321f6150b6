"""The engine: session and run options, the read-parse-check pipeline, the plugin manager
and rule registry, selection, configuration, input expansion and decoding, fingerprints.

Only the command line, the servers and the testing kit import it; plugins never do.
"""
