"""``factcheck archive``: an archive of articles on a Dask cluster.

A newsroom checks its whole archive (hundreds of thousands of articles) once,
when it adopts factcheck or adds a rule: more than one machine's work. This
package splits the inputs into partitions (:mod:`.plan`), checks each
partition on a Dask worker that loads the pipeline once (:mod:`.worker`),
and writes one Parquet or JSON Lines file per partition, so that a rerun
skips what is already written (:mod:`.driver`).

Dask, distributed, pyarrow and fsspec are the optional extra ``archive``
(``pip install "factcheck-news[archive]"``); nothing here imports them before a
command needs them.
"""

from __future__ import annotations

#: What to install when the optional dependencies are missing.
INSTALL_HINT = 'factcheck archive needs Dask: pip install "factcheck-news[archive]"'
