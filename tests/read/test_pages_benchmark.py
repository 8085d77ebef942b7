"""benchmarks/bench_pages.py still runs: its pages are the fixture templates holding other
articles, and each page reads back as the article it holds."""

import importlib.util
import sys

import newsframe as nf
from newsframe import paths


def _bench():
    folder = paths.ROOT / "benchmarks"
    sys.path.insert(0, str(folder))
    try:
        spec = importlib.util.spec_from_file_location("bench_pages", folder / "bench_pages.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(folder))


def test_templated_pages_read_back_as_their_articles(tmp_path):
    pages, texts = _bench().write_pages(tmp_path, 6)
    from_pages, from_texts = nf.load_corpus(pages), nf.load_corpus(texts)
    assert set(from_pages["warnings"]) == {"html_extracted"}
    assert from_pages["title"].tolist() == from_texts["title"].tolist()
    assert from_pages["body"].tolist() == from_texts["body"].tolist()
