"""Round 20e (issue 23, kinds 4, 5 and 2): denials and disputes on any story, stated weekdays
of pages with no publication date, the seed story's English figures. Sentences written for
these tests (other names, numbers and word order than the pages the kinds were seen on)."""
import pandas as pd
import pytest

from newsframe.annotate import sources
from newsframe.annotate.disputes import find_dispute


def _denials(body: str) -> list:
    table = sources.extract_attributions(pd.DataFrame(
        {"article_id": ["d"], "outlet": ["X"], "title": [""], "body": [body]}))
    return list(table.loc[table["verb_class"] == "denial", "source"])


def _kind(sentence: str) -> str | None:
    cue = find_dispute(sentence, 0, len(sentence))
    return None if cue is None else cue.kind


@pytest.mark.parametrize(("body", "speaker"), [
    # round 20e: an adverb of frequency between the denier and the verb (adverbs.csv)
    ("Jepang menuduh kapal itu mencuri ikan. Namun, pihak Vietnam selalu membantah.",
     "Vietnam government"),
    ("Kementerian Luar Negeri Filipina tetap membantah laporan tersebut.",
     "Kementerian Luar Negeri Filipina"),
    ("Serikat Pekerja Nasional kerap menepis tudingan itu.", "Serikat Pekerja Nasional"),
])
def test_a_denial_after_an_adverb_of_frequency(body, speaker):
    assert _denials(body) == [speaker]


@pytest.mark.parametrize(("body", "speaker"), [
    # round 20e: "tak sebanyak disebut X" without "yang" (denial_cues.csv, negated)
    ("Rina Wati meyakini jumlahnya tak sebanyak disebut Budi Santoso.", "Rina Wati"),
    ("Kepala dinas, Hasan Basri, menilai korban banjir tidak sebanyak diberitakan.",
     "Hasan Basri"),
    # a rebuke of a figure as an assumption
    ('"Cek saja laporan BPS, jadi ini jangan asumsi," kata Dedi Mulyana di Bandung.',
     "Dedi Mulyana"),
    # a speaker asking where a figure comes from (denial_cues.csv, provenance)
    ('"Kami juga heran, kenaikan 3 persen itu perhitungan dari mana," ujar Joko Susilo.',
     "Joko Susilo"),
    ('"Angka 40 ribu pengungsi itu dari mana? Kami tidak pernah mencatatnya," kata Wulan Sari.',
     "Wulan Sari"),
    ('"Dari mana data tersebut? Tolong tunjukkan," kata Slamet Riyadi, ketua kelompok tani.',
     "Slamet Riyadi"),
])
def test_a_dispute_in_other_words(body, speaker):
    assert speaker in _denials(body)


@pytest.mark.parametrize("body", [
    # a question somebody is asked, "dari mana saja", a place of origin: no dispute
    "Ketika ditanya dari mana data itu, Agus Salim menjawab dari BPS.",
    "Warga datang dari mana saja, kata Budi Hartono, termasuk 300 orang dari Bogor.",
    '"Saya tidak tahu mereka datang dari mana," kata Lurah Tono Wijaya.',
    # an assumption with no figure or claim in its sentence; "tidak sebanyak" a plain comparison
    '"Jangan berasumsi dulu, kita tunggu saja," kata Kapolres Dani Saputra.',
    "Menurut Dewi Lestari, panen tahun ini tidak sebanyak tahun lalu.",
])
def test_no_dispute(body):
    assert _denials(body) == []


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Angka itu darimana?", "provenance"),
    ("Jumlahnya tidak sebesar yang diklaim pemerintah.", "negated"),
    ("Angka itu hanya asumsi, belum ada survei.", "verdict"),
    ("Mereka datang dari mana saja.", None),
])
def test_dispute_kinds(sentence, kind):
    assert _kind(sentence) == kind


@pytest.mark.parametrize(("body", "wrong"), [
    # round 20e: a page with no publication date reads its year-less dates in the latest year
    # its body writes ("musim tanam 2019"): Rabu (14/8) is a Wednesday in 2019, Kamis is not
    ("Menjelang musim tanam 2019, gudang itu menerima 4.000 ton pupuk sejak Kamis (14/8) "
     "pagi.", True),
    ("Menjelang musim tanam 2019, gudang itu menerima 4.000 ton pupuk sejak Rabu (14/8) "
     "pagi.", False),
    # a year after this one (a target) is no anchor; no year at all: nothing is judged
    ("Target swasembada 2999 dibahas dalam rapat Kamis (14/8).", False),
    ("Gudang itu menerima pupuk sejak Kamis (14/8) pagi.", False),
])
def test_a_stated_weekday_without_a_publication_date(body, wrong):
    from newsframe.read.header import stated_weekday_wrong
    assert stated_weekday_wrong(body, "") is wrong
