"""Round 23f (issue 23, kind 1): the pollster of a survey named with a verb of conducting
it — *Menurut hasil survei yang dilakukan X, …*, *Survei yang digelar X pada … menunjukkan
…*, *X menggelar survei pada …*, *Survei nasional X dilaksanakan pada … terhadap 1.220
responden* — is the claimant of the survey's figures and of its method paragraph; an aside
(*Sebagai informasi, X melakukan survei …*) that names the pollster goes on with it; a list
of figures right before a method paragraph that names the pollster is the pollster's.
Sentences written for these tests (other names, places, numbers and word order than the
pages the kind was seen on)."""
import pytest

from .test_round22l import _claimants  # the same lead and articles frame

_POLLSTER = "Lembaga Kajian Pemilu"


@pytest.mark.parametrize(("body", "value"), [
    ("Menurut hasil survei yang dilakukan Lembaga Kajian Pemilu, 46,2 persen warga Medan "
     "menolak kenaikan tarif parkir.", 46.2),
    ("Survei yang digelar Lembaga Kajian Pemilu pada 2-8 Juni 2024 menunjukkan 51,3 persen "
     "pemilih muda belum menentukan pilihan.", 51.3),
    ("Dalam survei yang diselenggarakan Lembaga Kajian Pemilu pada Maret lalu, sebanyak "
     "38,9 persen responden mengaku puas.", 38.9),
    ("Berdasarkan survei yang dilaksanakan oleh Lembaga Kajian Pemilu, 27,4 persen warga "
     "memilih bersepeda ke kantor.", 27.4),
    ("Lembaga Kajian Pemilu menggelar survei pada 2-8 Juni 2024 terhadap 1.050 responden "
     "di Sulawesi Selatan.", 1050),
    ("Pada awal tahun, Lembaga Kajian Pemilu melakukan survei terhadap 860 guru honorer.",
     860),
])
def test_a_survey_with_its_pollster_as_the_agent(body, value):
    assert _claimants(body)[value] == _POLLSTER


def test_a_survey_named_with_its_pollster_then_its_method():
    # after another speaker's quote: the pollster named in the method sentence, not the
    # speaker before, nor the outlet
    body = ('"Angka partisipasi akan naik," kata Wali Kota Palu, Hadianto Rasyid.\n\n'
            "Survei terbaru Lembaga Kajian Pemilu digelar pada 4-11 Mei 2024 dengan "
            "melibatkan 1.230 responden dan margin of error 2,8 persen.")
    found = _claimants(body)
    assert found[1230] == found[2.8] == _POLLSTER


def test_an_aside_that_names_the_pollster_goes_on_with_it():
    body = ("Pemilih yang belum menentukan pilihan tinggal 14 persen.\n\n"
            "Sebagai informasi, Lembaga Kajian Pemilu melakukan survei pada Juni 2024. "
            "Survei melibatkan 980 responden dengan margin of error 3,1 persen.")
    found = _claimants(body)
    assert found[980] == found[3.1] == _POLLSTER


def test_a_method_sentence_opening_with_the_surveys_relative_clause():
    body = ("Peneliti Lembaga Kajian Pemilu, Rina Sembiring, mengatakan 33,5 persen warga "
            "memilih calon nomor satu.\n\n"
            "Survei yang diselenggarakan pada April 2024 ini menggunakan 1.150 responden "
            "yang dipilih secara acak.")
    found = _claimants(body)
    assert found[33.5] == found[1150] == "Rina Sembiring"


def test_a_list_before_the_method_paragraph_is_the_pollsters():
    body = ('"Partai Hijau masih teratas dengan 21 persen," ujar Andi Prasetyo.\n\n'
            "Di bawahnya Partai Biru 12,5 persen, Partai Merah 8,2 persen dan Partai Kuning "
            "4,1 persen.\n\n"
            "Survei Lembaga Kajian Pemilu dilakukan pada 1-6 Juli 2024 terhadap 1.210 "
            "responden.")
    found = _claimants(body)
    assert found[1210] == _POLLSTER
    assert found[12.5] in (_POLLSTER, "Andi Prasetyo")
    assert found[12.5] and found[8.2] and found[4.1]


@pytest.mark.parametrize("body", [
    # no pollster named, nothing said before: the outlet's own
    "Survei dilakukan pada 2-8 Juni terhadap 900 responden di Kota Kendari.",
    "Survei yang dilakukan pada Juni menunjukkan 45 persen warga puas.",
    # an aside with no statement of its own stays the outlet's
    "Sebagai informasi, jumlah pemilih tahun lalu 1.200 orang. Survei melibatkan 640 "
    "responden.",
])
def test_guards_the_outlets_own(body):
    found = _claimants(body)
    assert set(found.values()) == {"Warta Kita"}


@pytest.mark.parametrize("body", [
    "Survei ini dilakukan Lembaga Kajian Pemilu pada 1-6 Juli terhadap 1.210 responden.",
    "Survei dilakukan oleh Lembaga Kajian Pemilu terhadap 1.210 responden di Bali.",
    "Seperti dikutip Warta Kita dari Kompas.com, survei tersebut digelar Lembaga Kajian Pemilu "
    "terhadap 1.210 responden.",
])
def test_the_pollster_as_the_agent_of_the_surveys_passive(body):
    assert _claimants(body)[1210] == _POLLSTER


def test_a_survey_done_in_some_way_names_no_agent():
    body = "Survei tersebut digelar secara daring terhadap 700 responden."
    assert _claimants(body)[700] == "Warta Kita"


def test_the_survey_spelt_survey_and_its_sampling_paragraph():
    body = ("Lembaga Kajian Pemilu melaksanakan survey tentang minat baca warga Kupang.\n\n"
            "Pengambilan sampel dilakukan dengan metode acak bertingkat terhadap 1.340 "
            "responden di 20 kelurahan.")
    assert _claimants(body)[1340] == _POLLSTER


def test_a_method_paragraph_after_the_outlets_aside_is_no_earlier_speakers():
    # the aside (its two sentences and a figure of its own) ends the run of the speaker
    # before: the sampling paragraph after it is not the minister's
    body = ("Dalam evaluasi itu, Menteri Sosial Tri Rismaharini mencatat kepuasan publik "
            "tertinggi, yakni 81,2 persen.\n\n"
            "Untuk diketahui, survei dilakukan pada 1-7 Maret. Respondennya berumur 17 tahun "
            "atau lebih.\n\n"
            "Penarikan sampel memakai metode acak bertingkat sebanyak 1.110 orang.")
    assert _claimants(body)[1110] != "Tri Rismaharini"
