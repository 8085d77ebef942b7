"""Per-core speed, round 8 (issue 27): the shortcuts give what the plain computation gives.
Sentences written for the tests."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsframe.annotate import mentions, statements
from newsframe.annotate.statements import _ADVERBIAL_REACH, _adverbial_from, _adverbial_scan


def _same_match(clause: str, reach: int) -> None:
    """The adverbial scan from where _adverbial_from says finds what it finds from reach."""
    plain = _adverbial_scan().search(clause, reach)
    earliest = _adverbial_from(clause, reach)
    bounded = _adverbial_scan().search(clause, earliest) if earliest is not None else None
    assert (plain and plain.span()) == (bounded and bounded.span())
    if earliest is not None:
        assert earliest >= reach

_CLAUSES = [
    "Kepala dinas itu pada Kamis (4/1/2024),",
    "Juru bicara Bulog, Rahmat Hidayat, dalam keterangan tertulisnya",
    "Camat Sukamaju secara terbuka",
    "Ketua koperasi itu dengan tegas",
    "Warga yang juga Ketua RT Budi",
    "Pedagang itu kepada Radar Kota",
    "Data Dinas Pertanian hingga 23 April 2025",
    "Laporan itu per akhir Juni",
    "Koordinator lapangan, awal tahun ini,",
    "Kepala gudang selaku penanggung jawab stok",
    "Petugas kebersihan koper",  # "per" inside a word
    "Pengelola pasar tadi malam",  # no word of the alternatives
    "Bupati Sukamaju\n",
    "Direktur PT Maju Jaya langsung\n",  # "$" before a last newline
    "Ketua kelompok tani SELASA,",
    "Kepala desa \u212aamis,",  # the kelvin sign IGNORECASE reads as k
    "Sekretaris daerah ſenin",  # a long s
    "Wakil bupati (12/3)",
    "Menteri itu juga",
    "",
]


@pytest.mark.parametrize("clause", _CLAUSES)
def test_the_adverbial_scan_from_its_earliest_start_finds_the_same(clause):
    _same_match(clause, max(0, len(clause) - _ADVERBIAL_REACH))


def test_the_adverbial_scan_is_skipped_in_clauses_without_its_words():
    for clause in ("Pengelola pasar tadi malam", "Petugas kebersihan", "Bupati Sukamaju\n"):
        assert _adverbial_from(clause, 0) is None
        assert _adverbial_scan().search(clause, 0) is None


_WORDS = st.sampled_from(["Kepala", "dinas", "Budi", ",", "(4/1)", "pada", "Senin", "per",
                          "koper", "yang", "juga", "Ketua", "kepada", "Antara.com", "hingga",
                          "Mei", "2025", "lalu", "tahun", "secara", "resmi", "selaku", "Pak",
                          "dengan", "bangga", "\n", "SABTU", "pekan", "langsung", "sekali",
                          "lagi", "tegas", "di", "hadapan", "awak", "media", "awal", "hari",
                          "Kamis", ",,", "\u212a", "keterangan", "tertulisnya", "(12/3)", "kali",
                          "kerap"])


@given(st.lists(_WORDS, max_size=14), st.integers(0, 60))
def test_the_adverbial_scan_from_its_earliest_start_never_moves_a_match(words, reach):
    clause = " ".join(words)
    _same_match(clause, min(reach, len(clause)))


def _data_cited_scanned(reader, s_start, s_end):
    """_data_cited without its cheap rejection: every sentence is scanned."""
    found = []
    for match in statements._DATA_CITED.finditer(reader.lowered, s_start, s_end):
        if reader.quoted.inside(match.start()) or match.group(1) and \
                reader.lowered[s_start:match.start()].strip() and not \
                reader.lowered[s_start:match.start()].rstrip().endswith(","):
            continue
        found.append(match)
    return found


@pytest.mark.parametrize("body", [
    "Berdasarkan DATA Dinas Sosial, 120 keluarga menerima bantuan.",
    "Menurut hasil audit Inspektorat, kerugian mencapai Rp 2 miliar.",
    "Stok menipis, data dari Bulog mencatat 40 ton tersisa.",
    "Panel Harga Badan Pangan mencatat cabai Rp 60.000 per kg.",
    "Harga cabai turun tajam pekan ini, kata pedagang.",
])
def test_data_cited_skips_only_sentences_without_its_words(body):
    reader = statements.Reader(body, title_case=False)
    got = [m.span() for m in reader._data_cited(0, len(body))]
    assert got == [m.span() for m in _data_cited_scanned(reader, 0, len(body))]


@pytest.mark.parametrize("text", ["WhatsApp", "media sosial  Facebook", "aplikasi\nTelegram",
                                  "Facebook", "Kepala Dinas", "grup WhatsApp warga"])
def test_platform_phrase_is_the_uncached_test(text):
    phrase, _ = mentions._platforms()
    assert mentions._platform_phrase(text) == bool(phrase.fullmatch(" ".join(text.split())))


_CLAUSE_WORDS = st.sampled_from([
    "Kepala", "dinas", "Budi", ",", ", ", "yang", "berkunjung", "ke", "Eropa", "di", "Kota",
    "Serang", "kantornya", "dalam", "saat", "ketika", "seusai", "usai", "sela-sela", "melalui",
    "lewat", "data", "seperti", "sebagaimana", "dilansir", "DIKUTIP", "dari", "Antara.com",
    "Jawa", "Tengah", "perwakilan", "termasuk", "\n", "rapat", "Senin", "audit"])


@given(st.lists(_CLAUSE_WORDS, max_size=16), st.integers(0, 200))
def test_the_literal_tests_before_the_clause_searches_never_hide_a_match(words, back):
    clause = " ".join(words)
    reach = max(0, len(clause) - back)
    if statements._RELATIVE_BEFORE_VERB.search(clause, reach):
        assert clause.rstrip().endswith(",")
    if statements._RELAY_APPOSITIVE.search(clause, reach):
        assert statements._holds_any(clause, reach, statements._RELAY_WORDS)
    if statements._PLACE_APPOSITIVE.search(clause, reach):
        assert clause.find(",", reach) != -1
    if statements._LOCATED.search(clause, reach):
        assert clause.find("di", reach) != -1
    if statements._SETTING.search(clause, reach):
        assert statements._SETTING_WORDS.search(clause, reach)


@pytest.mark.parametrize("clause", [
    "Juru bicara itu, seperti dikutip Antara,", "Ketua RT, SEBAGAIMANA DILANSIR Radar Kota",
    "Ketua RT, seperti di\u212autip Radar Kota",  # the kelvin sign read as k
])
def test_the_relay_test_passes_relays_in_any_case(clause):
    assert statements._RELAY_APPOSITIVE.search(clause)
    assert statements._holds_any(clause, 0, statements._RELAY_WORDS)


@pytest.mark.parametrize("head, cursor", [
    ("Kepala Dinas Sosial Budi Santoso, yang berkunjung ke Eropa pekan lalu, mengatakan", 70),
    ("Camat Sukamaju, seperti dikutip Radar Kota, menyebut", 44),
    ("Petugas gudang di kantornya, Senin, menjelaskan", 36),
    ("Pemerintah Kabupaten Sukamaju, Jawa Tengah, menyatakan", 44),
    ("Rina Hartono, perwakilan dari dinas itu, mengatakan", 41),
    ("Kepala bidang dalam rapat tertutup pada Rabu mengemukakan", 46),
    ("Bupati Sukamaju melalui juru bicaranya mengatakan", 39),
    ("Direktur itu kepada wartawan di Jakarta, Selasa (12/3), menegaskan", 56),
])
def test_strip_adverbials_on_clauses_of_each_kind(head, cursor):
    # the cursor before the verb; what is stripped is left to the rules (these only check
    # that the literal tests let every kind through to its search)
    stripped = statements._strip_adverbials(head, 0, cursor)
    assert 0 < stripped <= cursor
