"""Round 23a (issue 23, kind 6 and sources recall): named sources missed on Indonesian pages —
a named body (or person) that does what a figure counts (*Polres X menangkap 16 orang*,
*BNNP Y menyita …*) is a source of form ``actor`` in the attributions table, also when it
acts through a unit (*Polda X melalui tim Jatanras mengamankan …*), when its unit is named
before it with the short forms of both (*Direktorat X (Ditx) Kepolisian Daerah Y (Polda Y)
…*), and when it is ready to act (*Dinas X siap menyalurkan …*). Sentences written for the
tests."""
import pytest

from tests.annotate.test_sources_forms import extract_attributions_of


def _rows(body: str) -> list:
    table = extract_attributions_of(body)
    return [(s, form, text) for s, form, text, anonymous in zip(
        table["source"], table["form"], table["source_text"], table["anonymous"], strict=True)
        if not anonymous]


@pytest.mark.parametrize(("body", "source"), [
    # a police unit arrests
    ("Polres Sleman menangkap 12 orang pelaku pencurian di Depok, Senin (3/4/2023).",
     "Polres Sleman"),
    # a regional narcotics agency seizes, after an opening adverbial
    ("Dalam operasi di Bandara Juanda, BNNP Jawa Timur berhasil menyita 2,4 kilogram sabu.",
     "BNNP Jawa Timur"),
    # the body acts through one of its teams
    ("Polda Bali melalui Satuan Reserse Kriminal berhasil menangkap dua pelaku penipuan.",
     "Polda Bali"),
    ("Polres Gresik melalui tim patroli Sabhara mengamankan empat remaja yang hendak "
     "tawuran, Sabtu (9/3/2024).", "Polres Gresik"),
    # a directorate named before the regional police it belongs to, each with its short form
    ("Direktorat Reserse Narkoba (Ditresnarkoba) Kepolisian Daerah Jawa Timur (Polda Jatim) "
     "melalui tim Subdit III mengamankan dua kurir di Sidoarjo, Senin (4/3/2024).",
     "Polda Jatim"),
    # a regional office ready to hand out aid
    ("Dinas Sosial Kabupaten Garut siap menyalurkan Rp 2 miliar bantuan bagi korban banjir.",
     "Dinas Sosial Kabupaten Garut"),
])
def test_a_named_body_doing_what_its_figures_count_is_a_source(body, source):
    rows = _rows(body)
    assert any(form == "actor" and source in text for _, form, text in rows), rows


@pytest.mark.parametrize("body", [
    # an unnamed police acting names no source
    "Polisi menangkap 12 orang pelaku pencurian di Depok.",
    "Polisi melalui tim patroli menangkap dua pelaku.",
    # the body is not the clause's subject (nor, since round 23a's second part, the agent
    # of a passive verb: "Warga yang ditangkap Polres Sleman" cites Polres Sleman)
    "Warga yang melapor ke Polres Sleman kini ditahan di Mapolres.",
    # a verb that produces no figure
    "Polres Sleman menggelar apel pasukan di halaman Mapolres, Senin.",
])
def test_no_actor_where_no_named_body_acts(body):
    assert not [r for r in _rows(body) if r[1] == "actor"], _rows(body)


def test_a_sentence_that_reports_keeps_its_statement_only():
    # a speaker's own verb of saying: the statement, no second row of form actor
    rows = _rows("Kapolres Sleman AKBP Budi Santoso mengatakan pihaknya menangkap 12 orang.")
    assert [form for _, form, _ in rows] == ["pre_verb"], rows


def test_a_headline_has_no_actor():
    import pandas as pd

    from newsframe.annotate.sources import extract_attributions
    table = extract_attributions(pd.DataFrame({
        "article_id": ["a"], "title": ["Polres Sleman Menangkap 12 Pelaku"],
        "body": ["Sebanyak 12 pelaku pencurian ditahan di Sleman."]}))
    assert not (table["in_title"] & (table["form"] == "actor")).any()


def _sources(body: str) -> list:
    return [s for s, _, _ in _rows(body)]


@pytest.mark.parametrize(("body", "source"), [
    # the audit's report and who did it, with its short form in brackets and "telah"
    ("Kejaksaan Negeri Sumbawa menyatakan, berdasarkan laporan hasil pemeriksaan (LHP) yang "
     "telah dilakukan Inspektorat Kabupaten Sumbawa, kerugian dana desa mencapai Rp700 juta.",
     "Inspektorat Kabupaten Sumbawa"),
    ("Berdasarkan hasil audit yang dilakukan Inspektorat Kabupaten Sumbawa, kerugian dana "
     "desa mencapai Rp700 juta.", "Inspektorat Kabupaten Sumbawa"),
    ("Dari hasil LHP yang dilakukan Inspektorat Kabupaten Tegal, kerugian mencapai Rp 1 "
     "miliar.", "Inspektorat Kabupaten Tegal"),
    # the calculation a figure was taken from, after the speaker's verb
    ("Kepala Kejari Sumbawa, Hendra Wijaya mengatakan angka itu didapatkan dari hasil "
     "penghitungan Badan Pengawasan Keuangan dan Pembangunan (BPKP).",
     "Badan Pengawasan Keuangan dan Pembangunan"),
])
def test_the_body_that_did_the_audit_or_the_calculation_is_a_source(body, source):
    assert source in _sources(body), _rows(body)


@pytest.mark.parametrize("body", [
    # "yang dilakukan" names the wrongdoer, not the auditor, after other words
    "Berdasarkan hasil audit dalam perkara yang dilakukan mantan Kades Sukamaju, kerugian "
    "mencapai Rp 2 miliar.",
    # an examination by unnamed officers
    "Dari hasil pemeriksaan yang dilakukan petugas, korban mengalami luka ringan.",
])
def test_no_auditor_where_none_is_named(body):
    assert not [r for r in _rows(body) if r[1] == "document"], _rows(body)


@pytest.mark.parametrize(("body", "speakers"), [
    # a chief conveys his words through an officer named after his title
    ("“Tersangka sudah lama kami incar,” ungkap Kapolres Bantul, AKBP Hadi Prasetyo melalui "
     "Kasat Narkoba, AKP Wanto Susilo, Rabu (9/9/2020).", ["Hadi Prasetyo", "Wanto Susilo"]),
    # the same in a passive
    ("Hal itu disampaikan Kepala Dinas Sosial Gunawan Hidayat melalui Kabid Rehabilitasi, "
     "Joko Susilo, Jumat (8/6/2018).", ["Gunawan Hidayat", "Joko Susilo"]),
])
def test_the_officer_a_speaker_spoke_through_speaks_too(body, speakers):
    found = _sources(body)
    assert all(any(name in s for s in found) for name in speakers), _rows(body)


def test_words_conveyed_by_telephone_name_no_second_speaker():
    found = _sources("“Kami siap,” kata Bupati Sleman Harda Kiswaya melalui sambungan "
                     "telepon kepada Budi Hartono.")
    assert found == ["Harda Kiswaya"], found


@pytest.mark.parametrize(("body", "source", "form"), [
    # the unnamed government speaks or acts through a named ministry
    ("Pemerintah melalui Kementerian Sosial mengatakan bantuan akan disalurkan pekan depan.",
     "Kementerian Sosial", "pre_verb"),
    ("Sementara itu, pemerintah pusat melalui Kementerian Sosial menyebut bantuan sudah cair.",
     "Kementerian Sosial", "pre_verb"),
    ("Pemerintah pusat melalui Kementerian Sosial menyalurkan bantuan Rp 300 ribu kepada "
     "2.000 keluarga.", "Kementerian Sosial", "actor"),
])
def test_the_named_organ_of_an_unnamed_government_is_the_source(body, source, form):
    assert (source, form) in [(s, f) for s, f, _ in _rows(body)], _rows(body)


def test_a_named_state_speaking_through_its_ministry_stays_the_speaker():
    assert _sources("Amerika Serikat melalui Departemen Luar Negeri menuduh Iran.") == [
        "US government"]


def test_a_government_that_is_an_object_names_no_organ_speaker():
    assert _sources("Warga mengunjungi pemerintah melalui Kementerian Sosial mengatakan "
                    "hal itu.") == []
