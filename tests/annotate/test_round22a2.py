"""Round 22a, second part (issue 23, kinds 1 and 6). Sentences written for these tests (other
names, places, numbers and word order than the pages the kinds were seen on).

- A body named with its seat, *Dinas X di Kota Y mencatat …*: the seat, stripped before the
  verb as the place where a speaker spoke, is part of the body's own mention, so nobody was
  left to speak (``statements._body_with_its_place``).
- (The short form of an office's unit read as the person, *Kabid Xy, Nama,* after *Kepala
  Bidang … (Xy)*: tests/annotate/test_mentions.py.)
"""
from tests.annotate.test_claims import _claimants


def test_a_body_named_with_its_seat_records_its_figures():
    found = _claimants("Dinas Perikanan di Kabupaten Tanah Datar mencatat 640 ton ikan "
                       "mati akibat arus dingin.", outlet="", columns=("value", "claimant"))
    assert found == [[640, "Dinas Perikanan di Kabupaten Tanah Datar"]]


def test_a_body_with_its_short_form_and_province_records_its_figures():
    found = _claimants("Badan Pencarian dan Pertolongan (Basarnas) Kota Sorong di Papua Barat "
                       "Daya melaporkan 17 nelayan hilang.", outlet="",
                       columns=("value", "claimant"))
    assert [row[0] for row in found] == [17]
    assert found[0][1].startswith("Badan Pencarian dan Pertolongan (Basarnas) Kota Sorong")


def test_people_at_a_place_are_no_body():
    # (guard: residents "di Kota X" are no organisation; the figure stays nobody's)
    found = _claimants("Warga di Kota Tanah Datar mencatat 640 ton ikan mati akibat arus "
                       "dingin.", outlet="", columns=("value", "claimant"))
    assert found == [[640, ""]]
