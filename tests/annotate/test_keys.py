"""newsframe.annotate.keys: a row's stable key names its words, survives annotating unchanged
text again, and changes when the words change."""

import pandas as pd

import newsframe as nf
from newsframe.annotate.keys import fingerprint, parse_key, review_key

TEXT = ("Menurut Badan Pangan, pemerintah mengimpor 12 ribu ton beras bulan lalu. "
        "Kepala dinas mengatakan 48 orang meninggal.")


def _articles(body: str, title: str = "Banjir di Kota") -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["k1"], "title": [title], "body": [body],
                         "outlet": ["X"], "published": ["2024-01-02"], "status": ["ok"]})


def test_every_key_names_its_words_and_parses_back(seed_articles):
    tables = nf.annotate(seed_articles, ["claims", "attributions"])
    texts = seed_articles.set_index("article_id")
    for name in ("claims", "attributions"):
        table = tables[name]
        assert table["key"].is_unique and (table["review"] == "").all(), name
        for row in table.itertuples():
            key = parse_key(row.key)
            words = texts.at[row.article_id, "title" if row.in_title else "body"][
                row.start:row.end]
            assert (key.article_id, key.in_title, key.start, key.end) == (
                row.article_id, row.in_title, row.start, row.end)
            assert key.fingerprint == fingerprint(words)
    claim = tables["claims"].set_index("claim_id").loc["000_aa34f2be23785672:b01"]
    assert claim["key"] == "000_aa34f2be23785672:b106-162:b64df220"


def test_annotating_unchanged_text_again_keeps_every_key(seed_articles):
    first = nf.annotate(seed_articles, ["claims", "attributions"])
    again = nf.annotate(seed_articles.iloc[::-1], ["claims", "attributions"])  # other order
    for name in first:
        assert sorted(first[name]["key"]) == sorted(again[name]["key"]), name


def test_a_change_elsewhere_keeps_a_key_and_a_change_of_the_words_does_not():
    before = nf.annotate(_articles(TEXT), ["claims"])["claims"]
    later = nf.annotate(_articles(TEXT + "\n\nTambahan di akhir."), ["claims"])["claims"]
    assert set(before["key"]) <= set(later["key"])  # appended text: the same keys
    edited = nf.annotate(_articles(TEXT.replace("48 orang", "49 orang")), ["claims"])["claims"]
    assert len(set(before["key"]) & set(edited["key"])) == 1  # the tonnes keep theirs


def test_title_keys_say_title_and_repeats_are_numbered():
    assert review_key("a", True, 0, 5, "Banjir").startswith("a:t0-5:")
    assert review_key("a", False, 0, 5, "Banjir", repeat=2).endswith("~2")
    assert parse_key("no key") is None and parse_key("a:b5-1x:0123abcd") is None
    assert parse_key("x:y:b0-5:0123abcd~3").repeat == 3
