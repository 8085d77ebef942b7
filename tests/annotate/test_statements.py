"""Statements of one sentence: speakers, verbs, forms (before coreference)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newsframe.annotate import statements
from newsframe.annotate.mentions import find_mentions
from newsframe.lang import text


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


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([
    "Dinas", "Pertanian", "kemarin", "pada", "xpada", "Rabu", "tanggal", "9", "Maret", "2024",
    "hingga", "akhir", "April", "per", "(2/3)", "pekan", "depan", "minggu", "ini", "sejak",
    "juga", "secara", "tegas", ",", " ,", "\n", "Hari", "sampai", "malam"]), max_size=9).map(
    " ".join))
def test_the_adverbial_scan_finds_what_the_adverbial_pattern_finds(head):
    head = head.rstrip()
    start = max(0, len(head) - 80)
    found = statements._adverbial().search(head, start)
    scanned = statements._adverbial_scan().search(head, start)
    assert (found and found.span()) == (scanned and scanned.span())


def test_only_a_sentence_without_any_cue_is_given_up():
    body = ("Harga gabah naik lagi. Kepala Bulog Sulawesi Selatan menyatakan stok aman. "
            "Dikatakan, pasokan datang dari Sidrap. Berdasarkan data Dinas Pertanian, panen "
            "maju sebulan. Rudi Hartono: \"Kami siap.\" Dalam wawancara dengan Kompas, Rudi "
            "menyebut harga turun. Pasar Terong ramai sejak pagi.")
    reader = statements.Reader(body, False)
    sentences = text.split_sentences(body)
    assert [reader._may_state(s) for s in sentences] == [
        False, True, True, True, True, True, False]
    mentions = [find_mentions(body, *s) for s in sentences]
    gated = [[(x.speaker.text, x.verb, x.form) for x in reader.statements(s, m)]
             for s, m in zip(sentences, mentions, strict=True)]
    open_reader = statements.Reader(body, False)
    open_reader._may_state = lambda sentence: True
    assert gated == [[(x.speaker.text, x.verb, x.form) for x in open_reader.statements(s, m)]
                     for s, m in zip(sentences, mentions, strict=True)]
    assert gated[0] == gated[-1] == []
    assert [g[-1] for g in gated[1:-1]] == [
        ("Kepala Bulog Sulawesi Selatan", "menyatakan", "pre_verb"),
        ("Dikatakan", "dikatakan", "impersonal"), ("data Dinas Pertanian", "data", "document"),
        ("Rudi Hartono", "", "colon"), ("Rudi", "menyebut", "pre_verb")]
    assert [m.text for m in reader.last_relays] == []  # the last sentence relays nothing


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "Data", "itu", "dirilis", "disampaikan", "kemarin", "oleh", "OLEH", "Badan", "Pusat",
    "seperti", "dilansir", "DİLANSİR", "mengutip", "dikutip", "Dikuti", "dari", "Antara", ",",
    "\u212aompas", "ſeperti", "pada", "2024"]), max_size=10).map(" ".join))
def test_a_text_without_the_words_a_pattern_needs_has_no_match_of_it(body):
    reader = statements.Reader(body, False)
    patterns = {"late_passive": statements._patterns()["late_passive"],
                "relay": statements._RELAY_CUE}
    for name, pattern in patterns.items():
        assert [m.span() for m in reader.matches(name, pattern, 0, len(body), False)] == [
            m.span() for m in pattern.finditer(body)], name


def test_the_gate_knows_every_pattern_the_reader_looks_up():
    """A pattern :meth:`Reader.statements` or ``_relays`` reads with ``self.matches`` must be
    one :meth:`Reader._cue_spans` scans, else the gate would give up its sentences."""
    import inspect
    import re

    source = inspect.getsource(statements.Reader)
    looked_up = set(re.findall(r'self\.matches\("(\w+)"', source))
    body = "Kata orang, dilansir Antara."
    reader = statements.Reader(body, False)
    reader._cue_spans()
    assert looked_up | {"pre"} == set(reader._found)  # "pre" (or "headline") by a variable
    assert looked_up == {"post", "menurut", "passive", "late_passive", "relay", "interview",
                         "relay_passive", "report_of", "credit", "agent_passive",
                         "comes_from", "credit_initials", "estimate", "unverified",
                         "echoed", "judged_passive", "briefing",
                         "document_clause"}  # (round 26f, second part)
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


def test_an_english_relay_survives_the_statement_gate():
    """The gate that skips texts without the Indonesian relay words (dilansir, mengutip …)
    must not skip an English article's relays (citing, carried by)."""
    import pandas as pd

    from newsframe import lexicons
    from newsframe.annotate.sources import extract_attributions

    body = ("Officials in Seoul are worried about the convoys. The Harbour Times, citing the "
            "Maritime Watch Institute, said the ships had carried at least 2,000 containers "
            "since March. The ministry has not commented on the report, which was carried by "
            "the Northern Wire on Friday, and the embassy said it would answer questions next "
            "week.")
    lexicons.forget_texts()
    table = extract_attributions(pd.DataFrame([{
        "article_id": "e1", "title": "Ships carried 2,000 containers, paper says", "body": body,
        "outlet": "Example Daily", "published": "2025-06-04", "status": "ok",
        "boilerplate": ""}]))
    assert list(zip(table["source"], table["relayed_by"], strict=True)) == [
        ("Maritime Watch Institute", "The Harbour Times"), ("embassy", "Northern Wire")]


def test_a_speaker_after_a_role_no_lexicon_holds():
    found = _read('"Hujan turun deras," kata prakirawan BMKG Ambon Yohana Latu, Rabu.')
    assert [(s.speaker.name, s.form) for s in found] == [("Yohana Latu", "post_verb")]
    # a role ending in a demonstrative describes the person who spoke before: a pronoun
    found = _read('"Data kami lengkap," ujar kader Partai Surya Baru (PSB) itu.')
    assert [(s.speaker.kind, s.speaker.text) for s in found] == [
        ("pronoun", "kader Partai Surya Baru (PSB) itu")]
    # words that make a clause are no role
    assert _read('"Stok aman," kata dia kepada Rina Lestari.')[0].speaker.kind == "pronoun"


def test_an_english_verb_that_is_a_plural_noun_too_is_no_statement_there():
    """*states* after a name is often the plural noun (*Assam and Meghalaya states over the
    past week*): the figure is the officials' who speak after it, not the states'."""
    import pandas as pd

    from newsframe import lexicons
    from newsframe.annotate.claims import extract_claims
    from newsframe.annotate.sources import extract_attributions

    body = ("GUWAHATI, India - Floods have displaced at least 4,500 people in Assam and "
            "Meghalaya states over the past week, relief officials said on Friday. The Health "
            "and Family Welfare Ministry states that 12 clinics are closed.")
    lexicons.forget_texts()
    articles = pd.DataFrame([{"article_id": "e2", "title": "", "body": body,
                              "outlet": "Example Daily", "published": "2025-06-06",
                              "status": "ok", "boilerplate": ""}])
    table = extract_attributions(articles)
    assert list(zip(table["source"], table["verb"], strict=True)) == [
        ("relief officials", "said"), ("The Health and Family Welfare Ministry", "states")]
    claims = extract_claims(articles, directions=[])
    assert claims[["value", "claimant"]].values.tolist() == [
        [4500.0, "relief officials"], [12.0, "The Health and Family Welfare Ministry"]]
