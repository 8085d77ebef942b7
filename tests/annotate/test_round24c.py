"""Round 24c (issue 23): Indonesian police and court pages. A chief's one-word title before
his name (*Kapolresta*, *Kasatreskrim*, *Kajari* …, data/lexicons/mention_words.csv) is his
office, not part of his name, so the person is the source and a later bare office or surname
is him; a bare title closing a paragraph takes no word of the next; a suspect known by
initials only who *mengaku* is no named source; a court that sentences and a prosecutor that
demands (data/lexicons/actor_verbs.csv) act, cited and claiming the fine they name.
Sentences written for the tests."""
import pytest

from newsframe.annotate.actors import given_as_initials
from newsframe.annotate.mentions import find_mentions
from tests.annotate.test_sources_forms import extract_attributions_of


def _named(body: str) -> list:
    table = extract_attributions_of(body)
    return [source for source, anonymous in zip(table["source"], table["anonymous"],
                                                strict=True) if not anonymous]


@pytest.mark.parametrize(("phrase", "name", "office"), [
    ("Kapolresta Magelang Kombes Pol Joko Waluyo", "Joko Waluyo", "Kapolresta Magelang"),
    ("Kapolrestabes Medan Kombes Teddy Marbun", "Teddy Marbun", "Kapolrestabes Medan"),
    ("Kasatreskrim Polresta Banyumas AKP Dwi Haryanto", "Dwi Haryanto",
     "Kasatreskrim Polresta Banyumas"),
    ("Kasipidum Kejari Sleman Rina Ayu Lestari", "Rina Ayu Lestari", "Kasipidum Kejari Sleman"),
    ("Kanit Reskrim Polsek Ngaglik Iptu Sugeng Riyadi", "Sugeng Riyadi",
     "Kanit Reskrim Polsek Ngaglik"),
    ("Dirresnarkoba Polda Riau Kombes Pol Hadi Wibowo", "Hadi Wibowo",
     "Dirresnarkoba Polda Riau"),
])
def test_a_one_word_chiefs_title_is_the_office_before_the_name(phrase, name, office):
    body = f'"Semua barang bukti kami sita," ujar {phrase}, Selasa.'
    found = [m for m in find_mentions(body) if m.kind == "person"]
    assert [m.canonical for m in found] == [name], found
    assert found[0].role.startswith(office), found


def test_the_bare_title_and_the_surname_later_are_the_same_chief():
    body = ('"Kami menyita 40 gram sabu," ujar Kapolresta Magelang Kombes Pol Joko Waluyo, '
            'Selasa. Waluyo mengatakan bandarnya masih dicari. "Kami terus memburu," '
            'lanjut Kapolresta.')
    assert set(_named(body)) == {"Joko Waluyo"}, _named(body)


def test_the_agent_of_a_passive_with_his_name_after_a_comma_is_the_chief():
    body = ("Pengungkapan itu disampaikan oleh Kapolrestabes Medan, Kombes Teddy Marbun, "
            "dalam jumpa pers di Medan.")
    assert _named(body) == ["Teddy Marbun"], _named(body)


def test_a_bare_title_ending_a_paragraph_takes_no_word_of_the_next():
    body = ('"Kasus ini masih kami kembangkan," kata Kapolres Wonogiri AKBP Rina Astuti.\n\n'
            '"Pelaku lain masih kami kejar," lanjut Kapolres\n\n'
            'Kasus serupa pernah terjadi di Wonogiri tahun lalu.')
    assert set(_named(body)) == {"Rina Astuti"}, _named(body)
    # a hard-wrapped page's name over two lines (the reader makes each line a paragraph)
    wrapped = ('"Pelaku lain masih kami kejar," kata Kapolres Wonogiri\n\nAKBP Rina Astuti '
               'kepada wartawan.')
    assert _named(wrapped) == ["Rina Astuti"], _named(wrapped)


@pytest.mark.parametrize("body", [
    # a suspect's confession, after the page gave his initials with his age
    ("Petugas menangkap dua pemuda berinisial RK (24) dan DS (31) di Wates. Dalam "
     "pemeriksaan, RK mengaku membeli sabu itu seharga Rp2 juta."),
    # initials after a person noun in brackets, then his account
    ("Seorang sopir (HN) diamankan di terminal. HN menjelaskan paket itu titipan temannya, "
     "kata Kasat Narkoba Polres Kulon Progo AKP Bayu Prasetyo."),
])
def test_a_suspect_known_by_initials_is_no_named_source(body):
    assert not any(len(s) <= 4 and s.isupper() for s in _named(body)), _named(body)


def test_an_acronym_the_page_never_gives_as_initials_still_speaks():
    body = "Menurut IPW, jumlah kasus narkoba naik tahun ini."
    assert _named(body) == ["IPW"], _named(body)
    assert not given_as_initials(body, "IPW")
    assert given_as_initials("Tersangka berinisial IPW ditahan.", "IPW")


def _actors(body: str) -> list:
    table = extract_attributions_of(body)
    return [source for source, form in zip(table["source"], table["form"], strict=True)
            if form == "actor"]


def _claimants(body: str) -> dict:
    import pandas as pd

    from newsframe.annotate.claims import extract_claims
    claims = extract_claims(pd.DataFrame({"article_id": ["a"], "title": [""],
                                          "outlet": ["Kabar Uji"], "body": [body]}))
    return dict(zip(claims["value"], claims["claimant"], strict=True))


@pytest.mark.parametrize(("body", "actor"), [
    # a district court hands down the fine: the panel and its court, never a person
    # named "Negeri Boyolali"
    ("Majelis hakim Pengadilan Negeri Boyolali menjatuhkan vonis enam tahun penjara dan "
     "denda Rp750 juta kepada terdakwa Slamet, Rabu (5/6/2024).",
     "Majelis hakim Pengadilan Negeri Boyolali"),
    # the court's province between commas before its verb
    ("Pengadilan Negeri Karanganyar, Jawa Tengah, memvonis dua terdakwa dengan denda "
     "Rp250 juta.", "Pengadilan Negeri Karanganyar"),
    # the prosecutor's office asks for its sentence
    ("Kejaksaan Negeri Wonosobo menuntut terdakwa membayar uang pengganti Rp1,8 miliar.",
     "Kejaksaan Negeri Wonosobo"),
])
def test_a_court_or_prosecutor_that_sentences_or_demands_is_a_source_and_claimant(body, actor):
    assert _actors(body) == [actor], _actors(body)
    assert set(_claimants(body).values()) == {actor}, _claimants(body)


def test_bombs_dropped_are_no_verdict():
    body = "Angkatan Udara Israel menjatuhkan 200 bom di Gaza utara."
    assert not _actors(body), _actors(body)


def test_a_body_then_a_person_between_commas_is_no_place():
    body = "Polres Sragen, AKBP Andi Santoso, menangkap tiga pengedar sabu."
    assert "Polres Sragen" not in _actors(body), _actors(body)
