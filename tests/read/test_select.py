"""select_articles: the articles a page analyses (no errors, no duplicates, outlets, window)."""

import pandas as pd

from newsframe.read.select import select_articles


def _articles():
    return pd.DataFrame({
        "article_id": ["a", "b", "c", "d", "e"],
        "status": ["ok", "error", "warning", "ok", "ok"],
        "duplicate_of": ["", "", "", "a", ""],
        "outlet": ["Kabar Pagi", "Kabar Pagi", "Warta Sore", "Warta Sore", "Warta Sore"],
        "published": ["2023-03-01", "2023-03-02", "", "2023-05-01", "2024-01-09"],
    })


def test_errors_and_repeats_are_left_out_unless_asked():
    assert select_articles(_articles())["article_id"].tolist() == ["a", "c", "e"]
    assert select_articles(_articles(), include_duplicates=True)["article_id"].tolist() == [
        "a", "c", "d", "e"]


def test_outlets_and_a_window_select_and_a_window_drops_the_undated():
    assert select_articles(_articles(), outlets=["Warta Sore"])["article_id"].tolist() == [
        "c", "e"]
    assert select_articles(_articles(), start="2023-01-01", end="2023-12-31")[
        "article_id"].tolist() == ["a"]
    assert select_articles(_articles(), start="2024")["article_id"].tolist() == ["e"]
