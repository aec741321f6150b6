"""Who says so: attributions and the speakers of quotations, read off the parse.

A shared news analysis, like quotations and datelines: the attribution rules
(FC4xx) report on it and the pronoun rules (FC2xx) use its quote-speaker
pairing to know who speaks inside a quotation, so it lives in the host
rather than in either family. ``extractor`` finds every attribution (cue,
source, content) and :func:`.extractor.attributions` shares them per
article; ``speakers`` pairs each body quotation with its speaker
(:func:`.speakers.speakers`). ``cues``, ``phrase_cues`` and ``source_finder``
read cues and sources off the parse; ``paragraphs`` answers the block and
quotation questions they ask. The vocabulary is :mod:`factcheck.language.reporting`.
"""
