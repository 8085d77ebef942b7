"""Round 20j (issue 23, kinds 1 and 6): the seed story's named sources and claimants, fourth
pass. Sentences written for these tests (other names, numbers and word order than the pages
the kinds were seen on)."""
import pytest

from tests.annotate.test_claims import _claimants
from tests.annotate.test_sources_forms import extract_attributions_of


def _sources(body: str, title: str = "") -> list[str]:
    return list(extract_attributions_of(body, title)["source"])


@pytest.mark.parametrize(("body", "speaker"), [
    # round 20j: "menurut <a speech noun that is also a document noun> X" (attribution_verbs
    # rows "menurut pernyataan", "menurut keterangan", "menurut penjelasan"): the mention
    # reads "pernyataan X" as its own phrase, so the cue found nobody after it
    ("Menurut pernyataan Kementerian Perhubungan, 85 kapal tertahan di pelabuhan.",
     "Kementerian Perhubungan"),
    ("Menurut keterangan Dinas Kesehatan, 17 warga dirawat di puskesmas.",
     "Dinas Kesehatan"),
    ("Menurut pernyataan Hendra Gunawan, 26 truk sudah diberangkatkan pagi ini.",
     "Hendra Gunawan"),
    ("Menurut penjelasan Kepala Basarnas Sutrisno Hadi, 9 nelayan masih dicari.",
     "Sutrisno Hadi"),
    ("Menurut pernyataan Gedung Putih, 14 kapal tanker berlayar ke Vladivostok.",
     "White House"),
])
def test_j_according_to_a_statement_of_a_named_speaker(body, speaker):
    assert _sources(body) == [speaker]


def test_j_according_to_a_statements_figure_is_the_speakers():
    body = "Menurut pernyataan Kementerian Perhubungan, 85 kapal tertahan di pelabuhan."
    assert _claimants(body, columns=("value", "claimant")) == [
        [85, "Kementerian Perhubungan"]]


@pytest.mark.parametrize(("body", "speaker"), [
    # round 20j: a document verb (attribution_verbs.csv subject "document": *menunjukkan*)
    # whose subject is the author after "<document noun> dari/oleh": a known body with no
    # head word (Gedung Putih, Kremlin) spoke as well as "Kementerian X" did
    ("Sebuah pernyataan dari Gedung Putih menunjukkan bahwa 35 kapal berlabuh di Rajin.",
     "White House"),
    ("Pada Kamis, pernyataan dari Gedung Putih menunjukkan 35 kapal berlabuh di Rajin.",
     "White House"),
    ("Sebuah pernyataan dari Kementerian Perdagangan menunjukkan bahwa 35 kapal berlabuh.",
     "Kementerian Perdagangan"),
])
def test_j_a_document_verb_after_a_statement_of_a_body(body, speaker):
    assert _sources(body) == [speaker]


def test_j_a_document_verb_needs_a_document():
    # "menunjukkan" with a body as its bare subject shows, it does not state
    assert _sources("Gedung Putih menunjukkan foto 35 kapal di pelabuhan itu.") == []


@pytest.mark.parametrize(("body", "expected"), [
    # round 20j: a sentence that bears out a named speaker's earlier words (*menguatkan /
    # membenarkan / mengonfirmasi pernyataan|klaim (sebelumnya) (oleh) X*): X is a source
    ("Seorang pejabat Chile berbicara pada hari Rabu, menguatkan pernyataan sebelumnya "
     "oleh Gedung Putih.", ["White House"]),
    ("Rekaman satelit itu dinilai memperkuat pernyataan Gedung Putih.",
     ["White House"]),
    ("Temuan para penyelidik membenarkan klaim Menteri Perikanan Ana Lucia Paredes.",
     ["Ana Lucia Paredes"]),
    # a report is a document (the rule reads speech nouns only); an unnamed body, a state
    ("Temuan itu membenarkan laporan Gedung Putih bulan lalu.", []),
    ("Data itu mengonfirmasi pernyataan pemerintah.", []),
    ("Temuan itu membenarkan klaim Chile.", []),
])
def test_j_words_a_sentence_bears_out(body, expected):
    assert _sources(body) == expected


def test_j_a_borne_out_speaker_takes_no_figure():
    body = ("Menteri Pertahanan Rosa Medina mengatakan 48 rudal jatuh di pantai, menguatkan "
            "klaim Kementerian Luar Negeri Peru.")
    assert _claimants(body, columns=("value", "claimant")) == [[48, "Rosa Medina"]]
