"""Statements of one sentence: speakers, verbs, forms (before coreference)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newsframe.annotate import statements
from newsframe.annotate.mentions import find_mentions


def _read(body):
    return statements.Reader(body, False).statements((0, len(body)), find_mentions(body))


def test_forms_of_one_sentence():
    found = _read('"Gudang itu penuh," kata Marlina Siregar, seperti dilansir Reuters.')
    assert [(s.speaker.canonical, s.verb, s.form, s.post) for s in found] == [
        ("Marlina Siregar", "kata", "post_verb", True)]
    assert [r.canonical for r in found[0].relays] == ["Reuters"]
    found = _read("Baik Kremlin maupun Pyongyang membantah tuduhan itu.")
    assert [(s.speaker.canonical, s.verb_class) for s in found] == [
        ("Russia government", "denial"), ("North Korea government", "denial")]


def test_a_negated_verb_is_no_statement_but_its_subject_stays_salient():
    reader = statements.Reader("Pejabat itu enggan mengungkapkan sumbernya.", False)
    body = reader.body
    assert reader.statements((0, len(body)), find_mentions(body)) == []
    assert [m.text for m in reader.salient] == ["Pejabat itu"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([
    "Korea", "Utara", "sebelumnya", "secara", "resmi", "pada", "xpada", "bulan", "Oktober",
    "2023", "Senin", "kemarinSenin", "(14/10)", "hari", ",", " ,", "pekan", "lalu", "bersama-sama",
    "\n", "  ", "kata", "pun"]), max_size=8).map(" ".join), st.sampled_from(["", " ", ",", " , "]))
def test_adverbial_quick_check_never_hides_an_adverbial(head, end):
    head = (head + end).rstrip()
    if statements._ADVERBIAL.search(head):
        assert statements._may_end_in_adverbial(head)


def test_pattern_matches_of_a_sentence_are_those_inside_it():
    body = '"Kami mengutuk," kata Kirby. Korea Utara membantah, kata Peskov, kata AS.'
    reader = statements.Reader(body, False)
    pattern = statements._patterns()["post"]
    every = list(pattern.finditer(reader.lowered))
    for start, end in [(0, 28), (29, len(body)), (5, 40), (30, 31), (0, len(body))]:
        assert [m.span() for m in reader.matches("post", pattern, start, end)] == [
            m.span() for m in every if start <= m.start() and m.end() <= end]


def test_a_place_before_the_verb_stands_for_the_person_or_body_it_locates():
    # round 7b: the person whose role a place locates, the body whose address it is
    found = _read("Darmawan, salah satu petani di Desa Sukorejo mengatakan panen gagal.")
    assert [s.speaker.text for s in found] == ["Darmawan"]
    found = _read("Ratna, pedagang di Pasar lama Jember mengatakan harga naik.")
    assert [s.speaker.text for s in found] == ["Ratna"]
    found = _read("Dinas Pertanian Kabupaten Sampang, Madura, Jawa Timur, mencatat 1.200 "
                  "hektare sawah gagal panen.")
    assert [s.speaker.text for s in found] == ["Dinas Pertanian Kabupaten Sampang"]
    # a person after a body with no known place after them still speaks
    found = _read("BPBD Sukamaju, Darmawan, mengatakan 40 rumah rusak.")
    assert [s.speaker.text for s in found] != ["BPBD Sukamaju"]


def test_a_web_address_cited_as_the_source_of_a_figure():
    # round 7b: a lower-case address after "berdasarkan" or "menurut" is who speaks
    found = _read("Perlu diketahui, berdasarkan panelharga.lensa.go.id, per 3 Maret harga "
                  "bawang Rp 30.000 per kg.")
    assert [(s.speaker.name, s.form) for s in found] == [
        ("panelharga.lensa.go.id", "document")]
    found = _read("Menurut sipangan.sukamaju, harga gula Rp 17.000 per kg.")
    assert [(s.speaker.name, s.form) for s in found] == [("sipangan.sukamaju", "menurut")]
    # an address that nobody cites is no speaker; "berdasarkan data" stays a document cue
    assert _read("Daftar lengkap ada di sipangan.sukamaju setiap pagi.") == []
