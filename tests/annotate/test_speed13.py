"""Per-core speed, round 9 (issue 27): the shortcuts give what the plain computation gives.
Words and clauses written for the tests."""
from hypothesis import given
from hypothesis import strategies as st

from newsframe.annotate import mentions, statements
from newsframe.annotate.statements import _SPOKE_UP, _SPOKE_WORDS, _holds_any

_WORDS = ["M.Kes", "Sp.Ort", "S.T.", "Ph.D", "SE", "MM", "SpPD", "se", "Budi", "Dr.",
          "Kompas.com", "A.", "Jl.", "M.Si", "S.H", "", ".", "Rina", "BPBD"]


def _plain_degree(text: str) -> bool:
    """The round-8 test: the pattern, else the lexicon."""
    return bool(mentions._DEGREE.fullmatch(text)) or text in mentions._degrees()


def test_degree_test_as_before():
    degrees = mentions._degrees()
    for word in _WORDS:
        assert mentions._is_degree(word) == mentions._is_degree(word, degrees) == \
            _plain_degree(word), word


@given(st.text(alphabet="ABMSTPHDOrtKesihp.x ", max_size=8))
def test_degree_test_property(word):
    assert mentions._is_degree(word, mentions._degrees()) == _plain_degree(word)


_CLAUSES = [
    "Pihak pengelola pasar akhirnya buka suara dan",
    "Kepala dinas itu angkat bicara, dan",
    "Warga turut bersuara serta",
    "Ketua RW juga ANGKAT BICARA dan",
    "Camat pun buka \u017fuara dan",  # a long s IGNORECASE reads as s
    "Direktur itu berbicara dan",
    "Petugas gudang menjelaskan dan",
    "",
]


def _same(clause: str) -> None:
    start = max(0, len(clause) - 60)
    plain = _SPOKE_UP.search(clause, start)
    gated = _SPOKE_UP.search(clause, start) if _holds_any(clause, start, _SPOKE_WORDS) \
        else None
    assert (plain and plain.span()) == (gated and gated.span()), clause


def test_spoke_up_gate_keeps_every_match():
    for clause in _CLAUSES:
        _same(clause)
    assert _SPOKE_UP.search(_CLAUSES[0]) is not None


@given(st.lists(st.sampled_from(["akhirnya", "pun", "buka", "suara", "angkat", "bicara",
                                 "bersuara", "dan", "serta", ",", "Kepala", "BUKA", "SUARA",
                                 "\u017fuara", "Bicara"]), max_size=8))
def test_spoke_up_gate_property(words):
    _same("Ketua panitia " + " ".join(words))


def test_strip_adverbials_spoke_up():
    body = "Pengelola gedung akhirnya buka suara dan menegaskan"
    cursor = body.index(" menegaskan")
    assert body[:statements._strip_adverbials(body, 0, cursor)].rstrip() == \
        "Pengelola gedung"


def test_phrase_flags_keep_brackets_and_numbers():
    """_phrases searches for a bracket or a body's number only in a sentence holding "(" or a
    digit: the short form and the number are read as before."""
    texts = [m.text for m in mentions.find_mentions(
        "Ketua Komisi 3 DPRD Sukamaju, Hendra Wijaya, menyebut 40 sekolah rusak.")]
    assert any("Komisi 3" in t for t in texts), texts
    texts = [m.text for m in mentions.find_mentions(
        "Direktur Lembaga Kajian Pangan Nusantara (LKPN) Sari Dewi menyebut 12 gudang kosong.")]
    assert any("(LKPN)" in t for t in texts), texts
    texts = [m.text for m in mentions.find_mentions(
        "Direktur Lembaga Kajian Pangan Nusantara Sari Dewi menyebut gudang kosong.")]
    assert texts and "(" not in "".join(texts)
