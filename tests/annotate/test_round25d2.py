"""Round 25d, second part (issue 23): named sources, precise, on any story. An English body
described by a common head word and lower-case words only (*the company*, *the disaster
agency*, *the country's weather agency*, *the rebel group*, *the NGO*) names no body: it is
no named source where no body of that word was named before (data/lexicons/
common_bodies.csv). A body's findings, notes or survey cited anywhere in a sentence
(*berdasarkan temuan X*, *berdasarkan catatan dari X*, *berdasarkan hasil survei X*) make it
a named source. Sentences written for the tests (other names, bodies, numbers and word
order than the pages the kinds were seen on)."""
import pytest

from tests.annotate.test_round25d import _named

_STORM = "A storm struck the coast on Tuesday and several roads were closed. "


@pytest.mark.parametrize(("body", "named"), [
    # a common body described, none named: no named source
    (_STORM + "Workers at the Harlow plant fear cuts, but the company said it had no plans "
     "to close it. Dana Miles said 140 jobs were at risk.", ["Dana Miles"]),
    (_STORM + "The police said 7 people were detained at the harbour.", []),
    (_STORM + "The provincial disaster agency said 23 villages were flooded.", []),
    (_STORM + "The country's weather agency warned of waves up to 6 metres.", []),
    (_STORM + "The separatist group said it had seized 4 army posts.", []),
    (_STORM + "The NGO said 300 families needed shelter.", []),
    (_STORM + "The think tank said in a note that 15 ports had closed.", []),
])
def test_a_common_body_described_is_no_named_source(body, named):
    assert _named(body) == named


@pytest.mark.parametrize(("body", "named"), [
    # a body with a name, a state's one ministry and a tail keep their names
    (_STORM + "The Harbour Police said 7 people were detained at the pier.",
     ["Harbour Police"]),
    (_STORM + "The fisheries ministry said 40 boats were lost.", ["fisheries ministry"]),
    (_STORM + "Orbis Freight said 12 lorries were stuck. The company said its depot was "
     "shut.", ["Orbis Freight"]),
    # a state's one body written in lower case, and a body of that word named before (the
    # description is that body: round 25b, second part)
    (_STORM + "Nine people drowned, the national disaster management agency said.",
     ["national disaster management agency"]),
    (_STORM + "The Lagos Port Rescue Agency sent crews to the bay. The rescue agency said "
     "5 sailors were saved.", ["Lagos Port Rescue Agency"]),
])
def test_a_named_body_keeps_its_name(body, named):
    assert any(named[0] in name for name in _named(body))


@pytest.mark.parametrize(("body", "cited"), [
    # a body's findings, notes or survey cited in the middle of another's sentence
    ("Ketua forum warga, Rudi Hartono, mengatakan berdasarkan temuan Ombudsman Republik "
     "Indonesia (ORI) pada Mei 2021, sebanyak 40 sekolah melanggar aturan zonasi.",
     "Ombudsman Republik Indonesia"),
    ("Klaim itu disampaikan berdasarkan catatan dari WHO, bahwa 300 anak terinfeksi campak "
     "di Papua.", "World Health Organization"),
    ("Rudi menambahkan, berdasarkan hasil survei Indikator Politik Indonesia, 60 persen "
     "warga puas.", "Indikator Politik Indonesia"),
])
def test_a_body_cited_for_its_findings_is_a_named_source(body, cited):
    assert cited in _named(body)


def test_findings_of_nobody_named_make_no_source():
    assert _named("Berdasarkan temuan di lapangan, 12 rumah rusak berat.") == []
