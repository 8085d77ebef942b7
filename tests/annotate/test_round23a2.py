"""Round 23a, second part (issue 23, kind 6): a named body that acts in a passive or nominal
clause — the agent after a verb of data/lexicons/agent_verbs.csv, with or without *oleh* and
the words for its people (*penangkapan dilakukan oleh jajaran Polres X dan Polda Y*, *beras
yang disalurkan oleh pihak Dinas Sosial Z*) — is a source of form ``actor`` in the
attributions table, also inside a reported sentence; it claims no figure. Sentences written
for the tests."""
import pytest

from tests.annotate.test_sources_forms import extract_attributions_of


def _actors(body: str) -> list:
    table = extract_attributions_of(body)
    return [source for source, form, anonymous in zip(
        table["source"], table["form"], table["anonymous"], strict=True)
        if form == "actor" and not anonymous]


@pytest.mark.parametrize(("body", "sources"), [
    # an arrest carried out by two police bodies, in a speaker's reported words
    ("Kapolres Sleman AKBP Budi Santoso mengatakan, penangkapan dilakukan oleh jajaran "
     "Polres Sleman dan Polda DIY.", ["Polres Sleman", "Polda DIY"]),
    # the same without oleh, in a quotation
    ('"Sembilan orang itu diringkus gabungan Polres Garut dan Polda Jabar," ujar Budi.',
     ["Polres Garut", "Polda Jabar"]),
    # aid handed out by a regional office's people
    ("Beras yang disalurkan oleh pihak Dinas Sosial Kabupaten Sumedang mencapai 40 karung.",
     ["Dinas Sosial Kabupaten Sumedang"]),
    # a seizure done by a police unit, no speaker
    ("Penyitaan ini dilakukan oleh Satresnarkoba Polres Bantul pada Senin pagi.",
     ["Satresnarkoba Polres Bantul"]),
    # an audit done by the national auditor
    ("Kerugian itu diketahui dari audit yang dilakukan BPKP pada Maret 2024.", ["BPKP"]),
])
def test_the_named_agent_of_a_passive_clause_is_a_source(body, sources):
    found = _actors(body)
    assert all(any(s in f for f in found) for s in sources), found


@pytest.mark.parametrize("body", [
    # a person is no agent here; nor an unnamed police
    "Pencurian itu dilakukan oleh Budi Santoso pada malam hari.",
    "Kedua pelaku diamankan oleh polisi di rumahnya.",
    # the body is where, not who
    "Kedua pelaku diamankan di Polres Sleman untuk diperiksa.",
    # a verb not of what a figure counts
    "Rapat itu dihadiri oleh Dinas Sosial Kabupaten Sumedang.",
])
def test_no_agent_where_no_named_body_acts(body):
    assert not _actors(body), _actors(body)


def test_the_agent_claims_no_figure():
    import pandas as pd

    from newsframe.annotate.claims import extract_claims
    claims = extract_claims(pd.DataFrame({
        "article_id": ["a"], "title": [""], "outlet": ["Kabar Uji"],
        "body": ["Sebanyak 12 paket sabu disita oleh Polres Bantul, Senin (4/3/2024)."]}))
    assert "Polres Bantul" not in set(claims["claimant"]), claims[["value", "claimant"]]


@pytest.mark.parametrize("body", [
    # a medium compiling data and a company laying off are not cited through their act
    "Data itu dihimpun oleh Kompas dari kantor BPS di Jakarta.",
    "Pemutusan hubungan kerja terbanyak dilakukan oleh PT Maju Sentosa Tbk pada 2024.",
])
def test_no_agent_of_a_medium_or_a_company(body):
    assert not _actors(body), _actors(body)


@pytest.mark.parametrize(("body", "source"), [
    # a bare office resolved to the one named before
    ("Inspektorat Kabupaten Kendal memeriksa 30 desa tahun ini. Dari laporan hasil "
     "pemeriksaan yang dilakukan Inspektorat, kerugian desa itu Rp 300 juta.",
     "Inspektorat Kabupaten Kendal"),
    # a capitalised office named by its kind alone stands as it is
    ("Kerugian desa itu diketahui dari audit yang dilakukan Inspektorat pada Mei.",
     "Inspektorat"),
])
def test_a_bare_office_as_the_agent(body, source):
    assert source in _actors(body), _actors(body)
