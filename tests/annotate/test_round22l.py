"""Round 22l (issue 23, kinds 1 and 6): a survey's method paragraph (its sample, its
respondents, its margin of error) goes on with the pollster whose figures it closes —
*Survei ini menggunakan …*, *Sampel sebanyak …*, *Margin of error …* open a sentence that
continues the statement before (data/lexicons/continuation_cues.csv, kind ``anaphor``).
Sentences written for these tests (other names, places, numbers and word order than the
pages the kind was seen on)."""
import pandas as pd
import pytest

from newsframe.annotate.claims import extract_claims


def _claimants(body: str) -> dict:
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [body],
                             "published": ["2024-05-01"], "outlet": ["Warta Kita"],
                             "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    return dict(zip(found["value"], found["claimant"], strict=True))


_SAID = ("Hasil survei Lembaga Riset Nusantara menunjukkan 38,4 persen warga Bogor puas "
         "dengan layanan angkutan kota.\n\n")


@pytest.mark.parametrize(("method", "values"), [
    ("Survei ini melibatkan 1.050 responden di enam kecamatan.", [1050]),
    ("Survei tersebut dilakukan terhadap 640 warga berusia 17 tahun ke atas.", [640]),
    ("Survei menggunakan 900 responden yang dipilih secara acak.", [900]),
    ("Sampel sebanyak 1.320 responden dipilih dengan metode acak bertingkat.", [1320]),
    ("Margin of error survei diperkirakan 3,1 persen.", [3.1]),
    ("Toleransi kesalahan survei ini sebesar 2,6 persen.", [2.6]),
    ("Jumlah responden yang bisa diwawancarai adalah 512 orang.", [512]),
])
def test_a_survey_method_paragraph_stays_with_the_pollster(method, values):
    found = _claimants(_SAID + method)
    assert found[38.4] == "Lembaga Riset Nusantara"
    for value in values:
        assert found[value] == "Lembaga Riset Nusantara"


def test_a_method_paragraph_after_a_speaker_stays_with_the_speaker():
    body = ('"Pemilih muda paling banyak memilih calon nomor dua, yakni 44 persen," kata '
            "peneliti Lembaga Riset Nusantara, Rina Sembiring.\n\n"
            "Survei tersebut menggunakan 1.180 responden di 20 kabupaten.")
    found = _claimants(body)
    assert found[44] == found[1180] == "Rina Sembiring"


def test_a_method_sentence_with_no_statement_before_stays_the_outlets():
    # nothing said before it: the outlet's own figure, not a speaker invented
    body = "Survei ini melibatkan 700 responden di Kota Malang."
    assert _claimants(body)[700] == "Warta Kita"
