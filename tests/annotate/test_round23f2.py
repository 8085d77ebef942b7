"""Round 23f, second part (issue 23, kind 1): a survey's method sentence (its sample, its
margin of error, its method) that the rules leave to the outlet — after a short paragraph of
the writer's own prose, or after the outlet's aside — goes on with the pollster last named
with a survey in the article (*X merilis hasil survei …*); round 21q's rule stands for
every other sentence after the writer's prose. Sentences written for these tests (other
names, places, numbers and word order than the pages the kind was seen on)."""
from .test_round22l import _claimants  # the same lead and articles frame

_POLLSTER = "Lembaga Riset Cakrawala"
_RELEASE = ("Lembaga Riset Cakrawala merilis hasil survei terbaru soal layanan angkutan umum di "
            "Makassar. Hasilnya, 64,2 persen responden puas dengan layanan bus kota.\n\n")
# the survey's results run on long enough that the pollster's account does not reach the
# method paragraph by its length alone
_RESULTS = ("Tingkat kepuasan tertinggi tercatat pada layanan bus rapid transit dengan 71,5 "
            "persen, disusul layanan angkutan kota 58,3 persen dan layanan ojek daring 55,9 "
            "persen. Adapun layanan kapal penyeberangan hanya 41,6 persen. Pada survei yang "
            "sama tahun lalu, kepuasan terhadap layanan bus kota tercatat 52,4 persen, "
            "sementara ketidakpuasan mencapai 44,8 persen. Responden yang tidak menjawab "
            "sekitar 2,8 persen. Kenaikan terbesar terjadi pada kelompok pelajar dan "
            "mahasiswa, yakni 15,3 persen, disusul kelompok pekerja kantoran 9,7 persen dan "
            "kelompok ibu rumah tangga 6,4 persen. Penurunan hanya terjadi pada kelompok "
            "pedagang pasar, yakni 3,9 persen, dan kelompok pengemudi daring 1,7 persen.\n\n"
            "Dari sisi ketepatan waktu, 47,3 persen responden menilai bus kota datang tepat "
            "waktu, sedangkan 39,1 persen menilai bus kota sering terlambat. Sisanya, 13,6 "
            "persen, tidak pernah memperhatikan jadwal. Untuk kebersihan armada, penilaian "
            "baik diberikan 61,2 persen responden dan penilaian buruk 33,5 persen. Untuk "
            "keamanan, penilaian baik diberikan 66,8 persen responden dan penilaian buruk "
            "28,4 persen.\n\n")
_PROSE = ("Penilaian terbaik datang dari warga di pinggiran kota. Penilaian terburuk datang "
          "dari warga yang tinggal di pusat kota.\n\n")


def test_a_method_paragraph_after_the_writers_prose_is_the_pollsters():
    body = _RELEASE + _RESULTS + _PROSE + (
        "Survei dilakukan pada 3-9 Maret 2024 melalui wawancara tatap muka. Jumlah sampel "
        "sebanyak 1.150 responden, dengan margin of error 2,9 persen pada tingkat "
        "kepercayaan 95 persen.")
    found = _claimants(body)
    assert found[64.2] == _POLLSTER
    assert found[1150] == found[2.9] == _POLLSTER


def test_a_sample_sentence_after_the_outlets_aside_is_the_pollsters():
    body = _RELEASE + _RESULTS + (
        "Untuk diketahui, survei berlangsung pada 3-9 Maret 2024. Populasinya warga berusia "
        "17 tahun ke atas.\n\n"
        "Penarikan sampel memakai metode acak bertingkat. Dalam survei ini jumlah sampel "
        "sebanyak 1.310 orang.")
    assert _claimants(body)[1310] == _POLLSTER


def test_the_writers_own_figures_after_the_prose_stay_the_outlets():
    # round 21q: a figure of the writer's own after the prose is no pollster's
    body = _RELEASE + _RESULTS + _PROSE + "Tarif bus kota naik 12 persen sejak Januari."
    assert _claimants(body)[12] == "Warta Kita"


def test_a_method_sentence_with_no_pollster_named_stays_the_outlets():
    # a politician speaks of surveys; no pollster is named with one
    body = ('"Hasil survei tidak selalu tepat," kata Ketua DPRD Makassar, Rudi Hartono.\n\n'
            + _PROSE + "Jumlah sampel survei itu sebanyak 830 responden.")
    assert _claimants(body)[830] != "Rudi Hartono"


def test_a_pollster_whose_name_reads_as_a_persons_releases_the_survey():
    # the pollster's name read as a person's: its release of the survey names it
    body = ("Nusantara Politika Indonesia merilis hasil survei nasional soal harga pangan. "
            "Nusantara Politika Indonesia menemukan 58,6 persen keluarga mengurangi belanja "
            "daging.\n\n"
            + _RESULTS + _PROSE +
            "Survei digelar pada 1-7 April 2024. Jumlah sampel sebanyak 1.240 responden di "
            "30 provinsi.")
    assert _claimants(body)[1240] == "Nusantara Politika Indonesia"
