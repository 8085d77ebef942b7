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


def _seed_claims(body: str) -> list:
    import newsframe as nf
    from newsframe import paths
    from newsframe.stories import load_story
    story = load_story(paths.ROOT / "data" / "stories" / "korea-russia-arms")
    articles = pd.DataFrame({"article_id": ["a"], "title": [""], "published": ["2024-10-24"],
                             "outlet": ["X"], "status": ["ok"], "body": [body]})
    found = nf.extract_claims(articles, story=story)
    return list(zip(found["value"], found["unit"], found["qualifier"], strict=True))


_FAR = ("Lawmakers were told that the plants work around the clock and that the staff sleep "
        "inside them. Several of the plants were enlarged last year, the ministry said, and a "
        "new rail line links them to the port. Analysts say output has grown since the spring, "
        "though nobody outside knows by how much. ")


@pytest.mark.parametrize(("body", "expected"), [
    # round 20e: an English modifier in brackets between the numeral and its noun
    ("Officials said Pyongyang had shipped more than 250,000 (artillery) rounds by rail.",
     [(250000.0, "shell", "more_than")]),
    ('"Tehran has delivered about 90,000 (artillery) rounds," the envoy said.',
     [(90000.0, "shell", "about")]),
    # a bare "rounds" with the munition named paragraphs before, out of the sentence before's
    # reach, still counts that munition
    ("The ministry said Minsk keeps its factories busy making mortar shells for Moscow. " + _FAR
     + '"They have sent three million rounds so far," the minister said.',
     [(3000000.0, "shell", "exact")]),
    # English "ammunition" named before a bare "rounds" in the sentence (units.csv row);
    # "ammunition depots" still counts depots
    ("If they fill them with 122mm ammunition, that is more than four million rounds, Kim "
     "told reporters.", [(4000000.0, "shell", "more_than")]),
    ("Kyiv said its drones hit 2 ammunition depots near Belgorod.", [(2.0, "depot", "exact")]),
    # "rounds of talks" stays a count of talks
    ("The ministry said Minsk makes mortar shells for Moscow. " + _FAR
     + "The envoys met for 4 rounds of talks in Geneva.", [(4.0, "talk", "exact")]),
])
def test_english_seed_story_rounds(body, expected):
    assert _seed_claims(body) == expected


_FILLER_EN = (" The statement was published on the website of the ministry and it was shared by "
              "the newspapers of the region this week.")


@pytest.mark.parametrize(("body", "speaker"), [
    # round 20e: an English adverb of frequency or manner between the denier and the verb
    ("Tehran has repeatedly denied the reports.", "Iran government"),
    ("Minsk has always denied the reports about the trains.", "Belarus government"),
    ("The ministry flatly rejected the figure of 40,000.", "ministry"),
    ("Iran has consistently denied sending any drones.", "Iran government"),
])
def test_an_english_denial_after_an_adverb(body, speaker):
    assert _denials(body + _FILLER_EN) == [speaker]
