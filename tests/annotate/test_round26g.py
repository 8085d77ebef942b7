"""Round 26g (issue 23, kind 4: denials on any story). Sentences written for these tests
(other names, numbers and word order than the pages the kinds were seen on).

An English speaker who says a claim rests on no evidence denies it (*there is no evidence to
support the union's claims*, *the allegations were not based on evidence*): kind
``verdict_claim`` of data/lexicons/denial_cues.csv, beside a claim word of its own sentence
only — a bare figure (*children under 5*) or no claim at all (*no evidence of foul play*) is
none. An Indonesian denial passive may put its manner between the verb and an agent written
without *oleh* (*dibantah keras Bupati X*, *ditolak mentah-mentah serikat buruh*): kind
``manner``; after any other passive verb a manner word names no agent."""
import pytest

from tests.annotate.test_sources_forms import _denials

_ID = ("Pemerintah daerah menggelar rapat koordinasi di kantor bupati pada Senin pagi untuk "
       "membahas anggaran. ")
_EN = "The city council met on Monday morning to discuss the budget for next year. "


@pytest.mark.parametrize(("body", "speaker", "verb"), [
    ("Northwind Airways said there is no evidence to support the pilots' union's claims that "
     "it cut 600 jobs.", "Northwind Airways", "no evidence to support"),
    ("The Foreign Ministry said on Friday that the accusations made by the opposition were not "
     "based on evidence.", "The Foreign Ministry", "not based on evidence"),
    ("A spokesman for the port authority, Tomas Reyes, said there was no evidence to back up "
     "the report of a second spill.", "Tomas Reyes", "no evidence to back"),
    ("Mayor Helen Brandt said the allegations were not supported by any evidence.",
     "Helen Brandt", "not supported by any evidence"),
])
def test_no_evidence_for_a_claim_denies_it(body, speaker, verb):
    assert [row[:2] for row in _denials(_EN + body)] == [[speaker, verb]]


@pytest.mark.parametrize("body", [
    # no claim word: a figure alone, a finding, a crime
    "Doctors said there is no evidence to support giving the syrup to children under 5.",
    "Police said there was no evidence of foul play in the death of the 42-year-old driver.",
    "The researchers found no evidence to support the use of the ointment.",
    "The senator said the zoning plan was not based on facts.",
])
def test_no_evidence_without_a_claim_is_no_denial(body):
    assert _denials(_EN + body) == []


@pytest.mark.parametrize(("body", "speaker"), [
    ("Kabar penutupan 12 sekolah itu dibantah keras Kepala Dinas Pendidikan, Wulan Sari.",
     "Wulan Sari"),
    ("Tudingan mark-up anggaran tersebut dibantah tegas Bupati Sleman.", "Bupati Sleman"),
    ("Kenaikan tarif ojek 20 persen itu ditolak mentah-mentah Asosiasi Pengemudi Daring.",
     "Asosiasi Pengemudi Daring"),
    ("Isu itu dibantah secara tegas Kepala Humas Polda Riau, Hendra Kusuma.",
     "Hendra Kusuma"),
    ("Kenaikan iuran 3 persen itu ditolak mentah-mentah serikat pekerja.", "serikat"),
    # the manner before "oleh" reads as before
    ("Kabar itu dibantah dengan tegas oleh Camat Ngaglik, Yusuf Hadi.", "Yusuf Hadi"),
])
def test_a_denial_passive_with_its_manner_before_the_agent(body, speaker):
    assert [row[0] for row in _denials(_ID + body)] == [speaker]


@pytest.mark.parametrize("body", [
    "Pesan itu disampaikan tegas Bupati Sleman di depan para camat.",
    "Kabar itu dibantah keras.",
])
def test_a_manner_word_names_no_agent_elsewhere(body):
    assert _denials(_ID + body) == []
