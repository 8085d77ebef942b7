"""Round 22c, second part (issue 23, kinds 1 and 6): named sources missed on Indonesian
pages — a vox-pop speaker named by a nominal cue with the trade after the name (*Menurut X
pedagang …*, *Seperti pengakuan X, …*, *Diakui X, …*), two named speakers joined by *dan*,
and a body's own count (*setelah BPKP melakukan penghitungan*, *berdasarkan hasil audit
BPK*). Sentences written for the tests."""
import pandas as pd
import pytest

from newsframe.annotate import claims
from tests.annotate.test_sources_forms import extract_attributions_of


def _sources(body: str) -> list:
    table = extract_attributions_of(body)
    return [s for s, anonymous in zip(table["source"], table["anonymous"], strict=True)
            if not anonymous]


@pytest.mark.parametrize(("body", "person"), [
    # a name glued to its trade noun after "menurut"
    ("Menurut Sumiati pedagang sayur di Pasar Kramat, harga tomat naik menjadi Rp 20.000 "
     "per kg.", "Sumiati"),
    ("Menurut Siti Aminah pedagang bawang di Pasar Gede, harga bawang naik.", "Siti Aminah"),
    # "seperti pengakuan X, pedagang …": a speech noun after "seperti"
    ("Seperti pengakuan Darto, pedagang beras di Pasar Johar, pasokan beras tersendat.",
     "Darto"),
    # "Diakui X, warga …": a passive opening a vox-pop line
    ("Diakui Rahmat Hidayat, warga Kampung Melayu, harga gas naik menjadi Rp 25.000 per "
     "tabung.", "Rahmat Hidayat"),
])
def test_a_vox_pop_name_after_a_nominal_cue_speaks(body, person):
    assert person in _sources(body), _sources(body)


@pytest.mark.parametrize(("body", "word"), [
    # a group of traders names nobody
    ("Menurut para pedagang sayur di Pasar Kramat, harga tomat naik.", "pedagang"),
    # a weekday or a place glued to a trade noun is no name
    ("Menurut Senin pedagang sayur, harga naik.", "Senin"),
    ("Menurut Jakarta pedagang, harga naik.", "Jakarta"),
])
def test_no_name_glued_to_a_trade_noun(body, word):
    assert not any(word in s for s in _sources(body)), _sources(body)


@pytest.mark.parametrize(("body", "people"), [
    ("Menurut Ujang dan Darsih, banjir sudah merendam rumah warga sejak dua hari lalu.",
     ["Ujang", "Darsih"]),
    ('"Banjir datang tiba-tiba," kata Ujang Sutisna dan Darsih Rahayu kepada wartawan.',
     ["Ujang Sutisna", "Darsih Rahayu"]),
    ('"Air naik sejak subuh," ujar Wahyu dan Rini saat ditemui di rumahnya.',
     ["Wahyu", "Rini"]),
])
def test_two_named_speakers_joined_by_dan_each_speak(body, people):
    found = _sources(body)
    assert all(p in found for p in people), found


@pytest.mark.parametrize(("body", "first", "not_second"), [
    # the second is no named person
    ("Menurut Budi dan timnya, harga naik.", "Budi", "timnya"),
    ('"Harga naik," kata Budi dan Jakarta.', "Budi", "Jakarta"),
])
def test_no_second_speaker_without_a_second_name(body, first, not_second):
    found = _sources(body)
    assert first in found and not any(not_second in s for s in found), found


@pytest.mark.parametrize(("body", "body_name"), [
    ("Nilai kerugian itu baru diketahui setelah BPKP melakukan perhitungan.", "BPKP"),
    ("Kerugian negara Rp 2 miliar itu diketahui setelah BPK melakukan audit.", "BPK"),
    ("Setelah BPKP Perwakilan Jawa Barat melakukan penghitungan, kerugian negara mencapai "
     "Rp 2 miliar.", "BPKP Perwakilan Jawa Barat"),
    ("BPKP menghitung kerugian negara mencapai Rp 2 miliar.", "BPKP"),
    ("Berdasarkan hasil audit BPKP, kerugian negara mencapai Rp 2 miliar.", "BPKP"),
    ("Berdasarkan laporan hasil pemeriksaan BPK, kerugian negara Rp 2 miliar.", "BPK"),
])
def test_a_body_that_calculated_or_audited_the_figure_is_a_source(body, body_name):
    assert body_name in _sources(body), _sources(body)


def test_an_audit_awaited_inside_a_quote_is_the_speakers_word():
    assert _sources('"Kami menunggu hasil audit dari BPKP," kata Budi.') == ["Budi"]


def test_a_time_clause_naming_the_calculator_keeps_the_speakers_account():
    body = ("Kepala Seksi Pidana Khusus, Rudi Hartono, menjelaskan perkara itu kepada wartawan.\n"
            "Saksi yang diperiksa ada 42 orang.\n"
            "Kerugian negara sebesar Rp 2 miliar. Jumlah ini diketahui setelah BPKP melakukan "
            "penghitungan.\n"
            '"Kami akan buktikan di persidangan," tegasnya.')
    table = claims.extract_claims(pd.DataFrame(
        {"article_id": ["d"], "outlet": ["X"], "title": [""], "body": [body]}))
    by_value = dict(zip(table["value"], table["claimant"], strict=True))
    assert by_value[42.0].startswith("Rudi Hartono"), by_value
    assert by_value[2e9] == "BPKP", by_value
