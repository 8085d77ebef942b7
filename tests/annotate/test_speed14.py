"""Per-core speed, round 10 (issue 27): the shortcuts give what the plain computation gives.
Words, sentences and numbers written for the tests."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsframe.annotate import mentions
from newsframe.lang import numerals

# the capitals scanner's consuming pattern as round 9 wrote it: the separator or the full
# stop typed without its space, as an alternation tried at every position
_WORD = r"(?:[A-Z]|\d+[A-Z]|(?:al|el|ad|ash|as|an|ar|ul)-[A-Z])" + mentions._INNER + "*"
_PLAIN_CONSUMING = re.compile(r"(?:[^\w'’.-]|(?<=[a-z]{2})\.(?=[A-Z][a-z]{2}))(" + _WORD + ")")

_PIECES = ["Menteri", "menteri", "Kepala", "di", "al-", "el-", "ul-", "ash-", "Qa", "Mil",
           "ju.", "pa.", "A.", "7B", "12", "\u0663", "\u0663B", "x", "e", "u", " ", "-", "'",
           "’", ".", ",", "(", "\n", "İ", "Sukamaju", "BPBD", "dr", "a", "_"]


def _plain_scan(text: str) -> list[tuple[int, int]]:
    _, capitals, _ = mentions._scanners()
    first = capitals.pattern.match(text)
    spans, position = [], 0
    if first is not None:
        spans.append(first.span())
        position = first.end()
    return spans + [m.span(1) for m in _PLAIN_CONSUMING.finditer(text, position)]


@given(st.lists(st.sampled_from(_PIECES), max_size=30))
@settings(deadline=None)  # the first example loads the lexicons
def test_capitals_scan_as_round_9(pieces):
    text = "".join(pieces)
    _, capitals, _ = mentions._scanners()
    assert mentions._scan(capitals, text) == _plain_scan(text) == \
        [m.span() for m in capitals.pattern.finditer(text)]


def test_capitals_scan_written():
    text = ("Di Pulau Jeju.Militer al-Julani dan 7B serta \u0663Kota, (Dinkes) "
            "kata ju.Mil di Rina’s pa.Bud, Zia ul-Haq, el-Sisi, ash-Sharif")
    _, capitals, _ = mentions._scanners()
    found = [text[s:e] for s, e in mentions._scan(capitals, text)]
    assert found == [text[s:e] for s, e in _plain_scan(text)]
    assert {"Di", "Pulau", "Jeju", "Militer", "al-Julani", "7B", "Dinkes", "ul-Haq", "el-Sisi",
            "ash-Sharif"} <= set(found)


def test_scan_without_a_match_at_the_start():
    _, capitals, _ = mentions._scanners()
    assert mentions._scan(capitals, "kata Budi") == [(5, 9)]
    assert mentions._scan(capitals, "") == []


# every match of the four digit scans of find_numbers opens with a digit
_DIGIT_SCANS = (numerals._ABOUT_SUFFIX, numerals._ENGLISH_DECIMAL, numerals._SPACE_GROUPS,
                numerals._DIGIT_SCAN)


@given(st.text(alphabet="abcdefijklmnorstu -.,/:\n\u00a0\u00b2\u00bd\u0663\u2153IVX%", max_size=40))
def test_digit_scans_need_a_digit(text):
    if numerals._A_DIGIT.search(text) is None:
        assert not any(p.search(text) for p in _DIGIT_SCANS), text


def test_numbers_with_and_without_digits():
    read = [(n.text, n.value) for n in numerals.find_numbers(
        "Sekitar tiga ratus ribu warga dan seribu relawan; one-point-six million visits")]
    assert read == [("tiga ratus ribu", 300000), ("seribu", 1000),
                    ("one-point-six million", 1600000)]
    read = [(n.text, n.value) for n in numerals.find_numbers(
        "Harga naik 1.500 rupiah, 2,5 juta ton, 10 000 people, 4.8 million, 1990-an")]
    assert ("1.500", 1500) in read and ("2,5 juta", 2500000) in read
    assert ("10 000", 10000) in read and ("4.8 million", 4800000) in read


@given(st.text(alphabet=" \t\n\r\x0b\x0c\u00a0\u2003\u3000\u200b\u180e.,a", max_size=6))
def test_space_gap_as_strip(gap):
    """_phrases lets a word join at once where joins() would: a gap of spaces only."""
    assert (not gap.strip()) == (not gap or gap.isspace())


_SENTENCES = [
    "Kepala Dinas Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak (DKBP3A) "
    "Kabupaten Sukamaju Rina Wati mengatakan hal itu.",
    "Kepala Pusat Data, Informasi, dan Komunikasi Badan Pangan Nasional Rina Wati hadir.",
    "Ketua Komisi 3 DPRD Sukamaju, Hendra Wijaya, M.Si, menyebut 40 sekolah rusak.",
    "Maya Puspita, M.Kes dan Hadi, Sp.Ort dari Rumah Sakit Umum Daerah Sukamaju datang.",
    "Kabid Logistik BPBD Sukamaju Rini Astuti di Gudang Utama menyebut stok aman.",
    "Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil Lahadalia berkata demikian.",
]


def test_phrase_length_never_exceeds_its_words():
    for text in _SENTENCES:
        for phrase in mentions._phrases(text, 0, len(text)):
            assert mentions._phrase_length(phrase) <= len(phrase.words), phrase


def test_phrases_read_as_before():
    texts = [m.text for m in mentions.find_mentions(_SENTENCES[1])]
    assert any(t.startswith("Kepala Pusat Data, Informasi, dan Komunikasi") for t in texts)
    texts = [m.text for m in mentions.find_mentions(_SENTENCES[2])]
    assert any("Komisi 3" in t for t in texts), texts
    names = [m.name for m in mentions.find_mentions(_SENTENCES[3])]
    assert "Maya Puspita" in names and "Hadi" in names, names
    roles = [m.role for m in mentions.find_mentions(_SENTENCES[5]) if m.name]
    assert any("Energi dan Sumber Daya Mineral" in r for r in roles), roles


def test_a_table_without_arguments_is_remembered_per_held_version(monkeypatch):
    """lexicons.cached's wrapper of a function without arguments keeps the held version's
    value beside its cache: the same object as the cache's, built once per version."""
    from newsframe import lexicons

    built = []

    @lexicons.cached()
    def table():
        built.append(1)
        return [len(built)]

    monkeypatch.setattr(lexicons, "_held", 7)
    first = table()
    assert table() is first and len(built) == 1
    monkeypatch.setattr(lexicons, "_held", 8)
    second = table()
    assert second is not first and second == [2] and table() is second
    monkeypatch.setattr(lexicons, "_held", 7)
    assert table() is first and len(built) == 2  # the cache's own value for version 7
    table.cache_clear()
    assert table() == [3] and len(built) == 3
    monkeypatch.setattr(lexicons, "_held", None)  # outside a batch: the file versions
    outside = table()
    assert table() is outside


def test_functions_with_arguments_keep_the_plain_cache():
    from newsframe import lexicons

    @lexicons.cached()
    def doubled(x):
        return [x * 2]

    with lexicons.held_version():
        assert doubled(2) == [4] and doubled(2) is doubled(2)
    assert doubled.__wrapped__(3) == [6]


def test_a_line_break_in_a_gap_is_left_to_joins():
    """_phrases answers only a gap of spaces on one line itself; a gap holding a line break
    goes to joins() (which a rule may read: a title closing a paragraph). A name broken over
    two lines still reads as one phrase here."""
    text = "Kepala Dinas Sukamaju\nRina Wati hadir."
    phrases = mentions._phrases(text, 0, len(text))
    assert [(p.start, p.end) for p in phrases][:1] == [(0, text.index(" hadir"))]
