"""Round 26a, second part (issue 23, kind 1): Indonesian claimants — a pollster's survey
release is a briefing: when a pollster speaks *dalam rilis surveinya* / *saat rilis hasil
survei* (or *merilis hasil survei*), the paragraphs after it that name nobody else go on
with what it reads out (data/lexicons/continuation_cues.csv, kind ``briefing``), as after a
press conference, instead of falling to the page. Sentences written for these tests (other
names, outlets, numbers and word order than the pages the kind was seen on)."""
import pytest

from tests.annotate.test_round26a import _claimant, _claims

_AFTER = ("\n\nDari sisi wilayah, warga di kawasan timur cenderung lebih puas dibanding "
          "warga di kawasan barat.\n\nUntuk kinerja para menteri, sebanyak 61,5 persen "
          "responden menyatakan puas dan 33,2 persen tidak puas.")


@pytest.mark.parametrize("release", [
    "ujar Dimas Prakoso, peneliti Lembaga Survei Nusantara, dalam rilis surveinya, Minggu",
    "kata Dimas Prakoso saat rilis hasil survei di Jakarta, Minggu"])
def test_a_survey_release_runs_on_over_the_paragraphs_naming_nobody(release):
    body = ("Kepuasan publik terhadap kinerja pemerintah daerah terus naik dalam setahun "
            "terakhir.\n\n\"Tren ini konsisten sejak awal tahun,\" " + release + "." + _AFTER)
    found = _claims(body)
    assert _claimant(found, 61.5) == "Dimas Prakoso"
    assert _claimant(found, 33.2) == "Dimas Prakoso"


def test_a_pollster_releasing_its_results_runs_on_too():
    body = ("Lembaga Survei Nusantara Raya merilis hasil survei kepuasan publik di Jakarta, "
            "Minggu, yang menunjukkan 70,4 persen warga puas." + _AFTER)
    found = _claims(body)
    assert _claimant(found, 61.5) == "Lembaga Survei Nusantara Raya"


def test_a_quote_with_no_release_still_does_not_run_on():
    # (guard) a pollster quoted with no release named: the paragraphs after it stay as before
    body = ("Kepuasan publik terhadap kinerja pemerintah daerah terus naik dalam setahun "
            "terakhir.\n\n\"Tren ini konsisten sejak awal tahun,\" kata Dimas Prakoso di "
            "Jakarta, Minggu." + _AFTER)
    found = _claims(body)
    assert _claimant(found, 61.5) != "Dimas Prakoso"


def test_a_paragraph_of_the_release_s_own_findings_does_not_cut_it():
    # a figureless paragraph of two sentences (the writer's own prose elsewhere, round 21q)
    # inside a survey release's account is the release's own findings
    body = ("\"Tren ini konsisten sejak awal tahun,\" ujar Dimas Prakoso dalam rilis "
            "surveinya, Minggu.\n\nSecara demografi, kelompok muda paling puas. Warga "
            "perkotaan juga cenderung puas.\n\nUntuk kinerja para menteri, sebanyak 61,5 "
            "persen responden menyatakan puas.")
    found = _claims(body)
    assert _claimant(found, 61.5) == "Dimas Prakoso"


def test_a_writers_own_prose_still_cuts_a_quote_with_no_briefing():
    # (guard) the same paragraph after a quote that names no briefing still cuts it
    body = ("\"Tren ini konsisten sejak awal tahun,\" ujar Dimas Prakoso, Minggu.\n\nSecara "
            "demografi, kelompok muda paling puas. Warga perkotaan juga cenderung puas.\n\n"
            "Selain itu, sebanyak 61,5 persen responden menyatakan puas.")
    found = _claims(body)
    assert _claimant(found, 61.5) != "Dimas Prakoso"
