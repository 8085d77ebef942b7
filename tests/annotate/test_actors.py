"""Actor lookup through data/lexicons/actors.csv."""

import hypothesis
import pytest
from hypothesis import strategies as st

from newsframe.annotate import actors


def test_case_sensitive_short_aliases():
    found = [(m.text, m.canonical) for m in actors.find_actors(
        "AS menuduh; as a rule. Kirby dan para analis.")]
    assert found == [("AS", "US government"), ("Kirby", "John Kirby"),
                     ("para analis", "analysts")]


def test_longest_alias_wins_and_offsets_point_at_text():
    text = "Dalam lembar fakta Departemen Luar Negeri Amerika Serikat (AS) yang dirilis"
    matches = actors.find_actors(text)
    assert matches[0].canonical == "US Department of State"
    assert all(text[m.start:m.end] == m.text for m in matches)


def test_normalise_prefers_the_person_in_a_title():
    assert actors.normalise_actor("Juru bicara Kementerian Pertahanan Korea Selatan Jeon Ha "
                                  "Gyu")["canonical"] == "Jeon Ha-gyu"
    assert actors.normalise_actor("Kim Il Sung")["canonical"] == "Kim Il Sung"
    assert actors.normalise_actor("Yonhap News Agency")["type"] == "wire"
    assert actors.normalise_actor("Budi") is None


# words that make overlapping and nested mentions: aliases inside longer aliases, prefixes
# of aliases, and words glued to alias ends
_PIECES = ["Korea", "Utara", "Selatan", "Korea Utara", "Korut", "AS", "as", "Kirby", "John",
           "Gedung", "Putih", "Gedung Putih", "Departemen Luar Negeri AS", "Amerika Serikat",
           "para", "analis", "Menteri Pertahanan Nasional Korea Selatan Shin Won Sik", "Shin",
           "Won", "Sik", "Rusia", "Moskow", "Putin", "Kim", "Jong", "Un", "X", "yang", "ASX"]
_GLUE = [" ", " ", " ", "  ", "\n", ", ", ". ", "-", "", "(", ")"]


@hypothesis.settings(max_examples=400, deadline=None)
@hypothesis.given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GLUE)),
                           max_size=14),
                  st.integers(0, 120), st.integers(0, 120))
def test_windows_answered_from_the_whole_text_scan_equal_a_window_scan(pieces, a, b):
    text = "".join(word + glue for word, glue in pieces)
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    assert actors.find_actors(text, start, end) == actors._window(text, start, end)
    assert actors.find_actors(text) == actors._window(text, 0, len(text))


def test_seed_windows_equal_window_scans(seed_articles):
    for body in seed_articles["body"]:
        for start in range(0, len(body), 37):
            for end in (start + 15, start + 120, start + 400):
                assert actors.find_actors(body, start, end) == actors._window(
                    body, start, min(end, len(body)))


def test_window_ending_inside_a_word_matches_a_window_scan():
    # "AS" is an alias; ASX is not. A window cut after "AS" sees the word end there.
    assert [m.text for m in actors.find_actors("ASX dan Korutnya", 0, 2)] == ["AS"]
    assert [m.text for m in actors.find_actors("ASX dan Korutnya", 8, 13)] == ["Korut"]
    assert actors.find_actors("ASX dan Korutnya") == []


@pytest.mark.parametrize("text", [
    "Polres menahan seorang kurir berinisial AS di terminal.",
    "Penyidik memeriksa dua saksi berinisial MK dan AS pekan ini.",
    "Pengemudi ojek itu, AS (27), dibawa ke rumah sakit.",
    "Seorang remaja (AS) terluka di pasar.",
    "Police named the driver, initialled AS, on Monday.",
])
def test_initials_of_a_person_are_no_actor(text):
    """*AS* as someone's initials is not the United States."""
    assert [m.text for m in actors.find_actors(text)] == []


@pytest.mark.parametrize("text", [
    "Amerika Serikat (AS) menolak usulan itu.",
    "Menurut AS, perundingan tertunda.",
    "Bantuan AS (sekitar 40 ton) tiba kemarin.",
])
def test_the_united_states_as_as_stays_an_actor(text):
    assert "US government" in [m.canonical for m in actors.find_actors(text)]


@pytest.mark.parametrize(("text", "canonical"), [
    # English spellings of the states' capitals and abbreviations stand for their governments,
    # as "Pyongyang" and "Moskow" do
    ("Moscow has rejected the accusation again.", "Russia government"),
    ("N. Korea dismissed the report as a smear campaign.", "North Korea government"),
    ("On Friday S.Korea summoned the ambassador.", "South Korea government"),
])
def test_english_capitals_and_abbreviations_name_the_state(text, canonical):
    assert [m.canonical for m in actors.find_actors(text)] == [canonical]


def test_an_abbreviated_state_denying_is_that_states_denial():
    import pandas as pd

    from newsframe.annotate.sources import extract_attributions

    body = ("SEOUL (Reuters) - N. Korea on Wednesday rejected the report that it had sold "
            "rockets to Moscow, its state media said.")
    rows = extract_attributions(pd.DataFrame({
        "article_id": ["a"], "title": [""], "body": [body], "published": ["2024-05-01"],
        "outlet": [""], "status": ["ok"]}))
    denials = rows[rows["verb_class"] == "denial"]
    assert denials[["source", "source_type"]].values.tolist() == [
        ["North Korea government", "kp_government"]]
