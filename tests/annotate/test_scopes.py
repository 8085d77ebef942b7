"""Speaker scopes: which sentences each statement covers."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsframe.annotate import scopes


def _covering(body):
    analysis, _ = scopes.analyse(body)
    return {index: [s.speaker.canonical for s in found]
            for index, found in analysis.covering.items()}


def test_a_quote_over_several_sentences_is_covered_by_its_speaker():
    body = '"Kami siap. Semua gudang penuh," kata Marlina Siregar. Cuaca cerah.'
    assert _covering(body) == {0: ["Marlina Siregar"], 1: ["Marlina Siregar"]}


def test_a_forward_anaphor_covers_the_sentence_before():
    body = "Sebanyak 40 truk tiba di pelabuhan. Hal itu disampaikan oleh Budi Santosa."
    analysis, _ = scopes.analyse(body)
    statement = analysis.statements[0]
    assert statement.speaker.canonical == "Budi Santosa"
    assert statement.covers == {0: "next_sentence"}


def test_menurutnya_means_the_person_its_sentence_names_before_it():
    body = ("Kirby tiba. Di desa itu, warga bernama Yanti Saragih mengamati rumahnya yang "
            "menurutnya hancur akibat banjir.")
    analysis, _ = scopes.analyse(body)
    assert [(s.speaker.canonical, s.verb, s.resolved_by) for s in analysis.statements] == [
        ("Yanti Saragih", "menurut", "pronoun: menurutnya")]


def test_the_actor_of_a_sentence_no_statement_covers():
    body = ("PALU - Dinas Kehutanan Sulawesi Tengah telah memadamkan api di 40 titik.\n\n"
            "Kepala Dinas Rina Wulan mengatakan petugas menyita 3 gergaji mesin.\n\n"
            "Kebakaran itu menghanguskan 120 hektare lahan.")
    analysis, _ = scopes.analyse(body)
    actors = {index: (s.speaker.canonical, s.verb, s.form)
              for index, s in analysis.actors.items()}
    # a statement's sentence has no actor; a verb of harm names no source
    assert actors == {0: ("Dinas Kehutanan Sulawesi Tengah", "memadamkan", "actor")}
    # actors are no statements: the attributions table never sees them
    assert all(s.form != "actor" for s in analysis.statements)


@given(st.lists(st.sampled_from(["Enggak", "nggak", "tidak", "Tak", ",", "(", "\"", "“", " ",
                                 "sampai", "13", "juta", "cuma", "dua", "jumlahnya", "kontak",
                                 "ribuan", "orang", ":"]), max_size=14))
@settings(deadline=None)  # the first example loads the lexicons
def test_the_no_to_a_figure_is_found_as_the_scan_of_every_match_finds_it(words):
    sentence = " ".join(words)

    def scanned():  # every match of the sentence, the first that opens it or a quote
        for found in scopes._no_to_figure().finditer(sentence):
            before = sentence[:found.start()]
            if not before.strip(" \"“”'‘’(") or re.search(r":\s*[\"“]\s*$", before):
                return found.span()
        return None

    found = scopes._no_to_figure_in(sentence, 0, len(sentence))
    assert (found.span() if found else None) == scanned()


def test_an_english_headline_in_sentence_case_keeps_its_speakers_whole_name():
    body = ("PADANG (Warta Pesisir) - The Fisheries Agency said on Monday that 4,120 boats "
            "stayed in port in March. Its head Dewi Lanang said fuel prices were to blame.")
    sentence_case = scopes.analyse(body, "Fisheries Agency reports 4,120 boats idle in March")[1]
    assert [s.speaker.text for s in sentence_case.statements] == ["Fisheries Agency"]
    # a Title Case headline is read as before: only words the lexicons know make the name
    title_case = scopes.analyse(body, "Fisheries Agency Reports 4,120 Boats Idle in March")[1]
    assert [s.speaker.text for s in title_case.statements] == ["Agency"]


def test_an_article_is_analysed_once_for_claims_and_attributions():
    # claims and attributions both ask for the analysis of the same text: the second is
    # handed the first's (a decorator placed above a new helper once left it unremembered)
    body = '"Gudang kami penuh," ujar Darmawan Lubis, Selasa (3/2).'
    first = scopes.analyse(body, "Gudang penuh")
    assert scopes.analyse(body, "Gudang penuh") is first
    assert scopes.analyse(body, "Gudang kosong") is not first


def test_the_object_of_a_headlines_first_verb_is_no_speaker_of_its_second():
    # round 15b: "Kemlu Panggil Dubes X, Kecam …": the ambassador is called, not condemning
    body = "Kementerian Luar Negeri memanggil Duta Besar Norwegia pada Senin."
    called = scopes.analyse(body, "Kemlu Panggil Dubes Norwegia, Kecam Unggahan di Media")[1]
    assert [s.speaker.text for s in called.statements] == []
    # the name that opens the headline still speaks through its comma
    alone = scopes.analyse(body, "Dubes Norwegia, Kecam Unggahan di Media")[1]
    assert [s.speaker.text for s in alone.statements] == ["Dubes Norwegia"]
