"""Round 22d (issue 23): the seed story, fifth pass — a newspaper's name of two words after
its description (*South Korean newspaper …*), proper adjectives joined by *and* before a
body's word (*South Korean and Western intelligence*), a platform's news button and a
site's domain beside its section under the headline. Sentences, names, places and outlets
written for these tests (other names, numbers and word order than the pages the kinds were
seen on)."""
import pytest

import newsframe as nf
from tests.annotate.test_sources_forms import extract_attributions_of

_ENGLISH_LEAD = ("Chile has sent its copper to Peru by sea, and the shipments are expected to "
                 "continue for the rest of the year. ")


def _sources(body: str, title: str = "") -> list[str]:
    return list(extract_attributions_of(body, title)["source"])


@pytest.mark.parametrize(("sentence", "medium"), [
    # round 22d: a newspaper's name of two capitalised words no lexicon lists, right after a
    # medium's description: the name grammar read it as a person's, so the description
    # itself ("Peruvian newspaper") was the source
    ("The next shipment, according to Peruvian newspaper Correo Andino, will leave in May.",
     "Correo Andino"),
    ("The next shipment, according to the Bolivian daily Hoy Paceno, will leave in May.",
     "Hoy Paceno"),
    # (guard: a medium's name before "reported" was read right before)
    ("Bolivian broadcaster Red Altiplano reported that the next shipment will leave in May.",
     "Red Altiplano"),
])
def test_22d_newspaper_named_after_its_description(sentence, medium):
    assert _sources(_ENGLISH_LEAD + sentence) == [medium]


def test_22d_newspaper_described_then_one_word_name_unchanged():
    # (guard: a one-word name after the description was read right before)
    body = _ENGLISH_LEAD + "The next shipment, according to Peruvian newspaper Correo, will leave."
    assert _sources(body) == ["Correo"]


def test_22d_reporter_of_a_newspaper_stays_the_person():
    # (guard: a title after the medium's word — "reporter" — makes the name a person's)
    body = _ENGLISH_LEAD + "Peruvian newspaper reporter Ana Paredes said 300 tonnes left the port."
    assert _sources(body) == ["Ana Paredes"]


@pytest.mark.parametrize(("sentence", "source"), [
    # round 22d: two proper adjectives joined by "and" before a body's word: one description
    # of both (the name grammar read "Peruvian and Chilean" as a person's name)
    ("According to Peruvian and Western intelligence and experts, Lima began buying copper "
     "around the end of May.", "Peruvian and Western intelligence"),
    ("According to Bolivian and Chilean officials, Lima began buying copper around the end "
     "of May.", "Bolivian and Chilean officials"),
])
def test_22d_joined_proper_adjectives_describe_one_body(sentence, source):
    assert _sources(_ENGLISH_LEAD + sentence) == [source]


def test_22d_a_name_before_and_keeps_its_own_reading():
    # (guard: a person's or a place's name before "and" is no proper adjective)
    body = _ENGLISH_LEAD + ("According to Ana Paredes and Chilean officials, Lima began buying "
                            "copper around the end of May.")
    assert "Ana Paredes and Chilean officials" not in _sources(body)


_PASAR = ("Harga telur ayam di pasar induk naik dua kali dalam sepekan. Seorang pedagang, "
          "Wartini, mengatakan pasokan dari peternak berkurang sejak hujan turun setiap hari.")


def _page(folder, text: str):
    (folder / "a.txt").write_text(text, encoding="utf-8")
    return nf.load_corpus(folder).iloc[0]


def test_22d_platform_news_button_is_no_masthead(tmp_path):
    # round 22d: "GOOGLE NEWS" (a follow button) alone under the headline was read as the
    # site's name; the site's domain beside its section on the next line is the site
    row = _page(tmp_path, f"Harga Telur Naik Lagi\nGOOGLE NEWS\nKABARPESISIR.COM, EKONOMI.\n"
                          f"{_PASAR}")
    assert row["outlet"] == "Kabarpesisir.com"


def test_22d_platform_news_alone_gives_no_outlet(tmp_path):
    row = _page(tmp_path, f"Harga Telur Naik Lagi\nGoogle News\n{_PASAR}")
    assert row["outlet"] != "Google News"


def test_22d_domain_beside_a_word_that_is_no_section_is_no_site_line(tmp_path):
    # (guard: only a section of data/lexicons/sections.csv after the domain's comma)
    row = _page(tmp_path, f"Harga Telur Naik Lagi\nKABARPESISIR.COM, WARTINI.\n{_PASAR}")
    assert row["outlet_evidence"] != "site line under the headline: KABARPESISIR.COM, WARTINI."
