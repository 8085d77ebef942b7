"""Round 20g (issue 23, kinds 1, 6): who a speaker is — an office's unit or place before a
comma and a police or military rank is the office's, the person the name after the rank.
Sentences written for the tests."""
import pytest

from tests.annotate.test_sources_forms import extract_attributions_of


def _rows(body: str, columns=("source", "role")) -> list:
    table = extract_attributions_of(body)
    return [list(r) for r in table[list(columns)].itertuples(index=False)]


@pytest.mark.parametrize(("body", "person", "not_person"), [
    # "Kasat Narkoba, AKP Wawan Setiadi": the unit an office heads, then a comma and a rank:
    # the unit is the office's, the person the name after the rank
    ('"Dua orang kami tahan," ujar Kasat Narkoba, AKP Wawan Setiadi.', "Wawan Setiadi",
     "Narkoba"),
    ('"Tiga orang masih kami buru," kata Kasat Reskrim, Iptu Andi Saputra, Senin.',
     "Andi Saputra", "Reskrim"),
    # a place nobody lists ("Pelabuhan Tanjung Emas") before the comma and the rank
    ('"Ada 40 gram sabu," ungkap Kapolres Pelabuhan Kalianget, AKBP Rudi Hartono.',
     "Rudi Hartono", "Kalianget"),
    # a rank missing from the lexicon so far (Kompol, Bripda)
    ('"Lima orang kami periksa," ujar Kapolsek Sukamaju, Kompol Dedi Kurnia.',
     "Dedi Kurnia", "Kompol"),
])
def test_a_unit_before_a_rank_is_the_offices(body, person, not_person):
    sources = [r[0] for r in _rows(body)]
    assert any(person in s for s in sources), _rows(body)
    assert not_person not in sources, _rows(body)


@pytest.mark.parametrize(("body", "person"), [
    # a name with its title, then a second person: both stay (a list, not a unit and a rank)
    ('"Kami periksa tujuh saksi," kata Rina Kartika, Kepala Dinas Sosial, Senin.',
     "Rina Kartika"),
    ('"Ada 40 gram sabu," ungkap Kapolres Cirebon, AKBP Rudi Hartono.', "Rudi Hartono"),
])
def test_a_name_before_its_title_stays(body, person):
    assert any(person in r[0] for r in _rows(body)), _rows(body)


def _pronoun_rows(body: str) -> list:
    """(source, how it was resolved) of the statements a pronoun or -nya speaks."""
    return [r for r in _rows(body, ("source", "resolved_by")) if r[1].startswith("pronoun")]


_EARLIER = ('"Air naik sejak subuh," ujar Kepala Desa Sukamaju, Darto Wiyono, Selasa. ')


@pytest.mark.parametrize(("body", "speaker"), [
    # a person who opens the sentence before with a verb of his own (no reporting verb) is
    # who "ia", "dia" or "-nya" in the next sentence means, not the last speaker before him
    (_EARLIER + "Kapolres Lembah Hijau, AKBP Heru Wibowo, meninjau tanggul yang jebol. "
     '"Kami kirim 40 personel malam ini," tegasnya.', "Heru Wibowo"),
    (_EARLIER + "Bupati Lembah Hijau Sri Wahyuni mengunjungi posko pengungsian. "
     "Ia mengatakan 120 keluarga akan menerima bantuan beras.", "Sri Wahyuni"),
    (_EARLIER + "Camat Kalibening Agus Salim kemudian menemui para pengungsi. "
     "Dia hanya menegaskan dapur umum dibuka sampai Jumat.", "Agus Salim"),
])
def test_a_pronoun_means_the_subject_of_the_sentence_before(body, speaker):
    rows = _pronoun_rows(body)
    assert rows and speaker in rows[-1][0], rows


@pytest.mark.parametrize(("body", "speaker"), [
    # a sentence with nobody at its head leaves the pronoun to the last speaker
    (_EARLIER + "Tanggul di tepi sungai itu jebol pada malam hari. "
     "Ia mengatakan 120 keluarga mengungsi ke balai desa.", "Darto Wiyono"),
    # two sentences back is too far: the speaker in between stays
    (_EARLIER + "Bupati Lembah Hijau Sri Wahyuni mengunjungi posko pengungsian. "
     '"Beras datang besok," kata Camat Kalibening Agus Salim. '
     "Ia menambahkan dapur umum dibuka sampai Jumat.", "Agus Salim"),
])
def test_a_pronoun_without_a_subject_before_keeps_the_last_speaker(body, speaker):
    rows = _pronoun_rows(body)
    assert rows and speaker in rows[-1][0], rows


def test_the_subject_reaches_a_quotation_of_two_sentences():
    body = (_EARLIER + "Kapolres Lembah Hijau, AKBP Heru Wibowo, meninjau tanggul yang jebol. "
            "“Kami kirim 40 personel malam ini. Dapur umum kami buka sampai Jumat,” "
            "tegasnya.")
    rows = _pronoun_rows(body)
    assert rows and "Heru Wibowo" in rows[-1][0], rows
