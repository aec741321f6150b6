"""The readers as a plugin: registration through pluggy and dispatch by format."""

from __future__ import annotations

import pluggy

from factcheck import PROJECT_NAME, Article, Settings, Source, hookimpl
from factcheck.contract import hookspecs


def manager() -> pluggy.PluginManager:
    import factcheck.host.readers

    pm = pluggy.PluginManager(PROJECT_NAME)
    pm.add_hookspecs(hookspecs)
    pm.register(factcheck.host.readers, name="factcheck.readers")
    return pm


def test_dispatch_by_format() -> None:
    pm = manager()
    for fmt in ("txt", "md", "html"):
        source = Source(path=f"a.{fmt}", text="Headline words\n\nBody text.\n", format=fmt)
        article = pm.hook.factcheck_read_article(source=source, settings=Settings())
        assert isinstance(article, Article) and article.format == fmt


def test_unknown_format_passes() -> None:
    source = Source(path="a.docx", text="x", format="docx")
    assert manager().hook.factcheck_read_article(source=source, settings=Settings()) is None


def test_a_plugin_can_take_over_a_builtin_format() -> None:
    class Custom:
        @hookimpl
        def factcheck_read_article(self, source: Source, settings: object) -> Article | None:
            return Article(path=source.path, text=source.text, format="custom")

    pm = manager()
    pm.register(Custom())
    source = Source(path="a.txt", text="Body.\n", format="txt")
    assert pm.hook.factcheck_read_article(source=source, settings=Settings()).format == "custom"
