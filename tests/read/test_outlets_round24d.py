"""Round 24d: outlets that name themselves, third look — a one-word masthead in the dateline
that the text names again only as the site told something or quoting for itself (``SOLOK,
Jejaring –`` and *yang dihubungi Jejaring*); a site's domain ending its dateline's line with a
hyphen; a site's domain alone opening the page; a listed outlet's bare name that is an
everyday word going on into a sentence (*Inilah daftar …*); another site's interview the page
quotes (*wawancara dengan lensa.com, dikutip …*). Sentences, places and sites written for the
tests."""

import pytest

from .test_outlets_round23h import _page  # one page written and read

_PASAR = ("Harga gula pasir di pasar-pasar Solok naik tiga kali dalam sebulan. Seorang pedagang, "
          "Marlina, mengatakan kiriman dari distributor di Padang datang terlambat sejak jalan "
          "lintas tertimbun longsor. Pembeli mulai mengurangi belanja dan memilih kemasan kecil.")
_TOLD = ("Ketua paguyuban pedagang, Syafrizal, yang dihubungi {brand}, Rabu (6/3/2024), "
         "mengatakan stok di gudang masih cukup untuk dua pekan. Ia berharap operasi pasar "
         "segera digelar di Solok agar harga kembali turun.")
_QUOTED = ("Data dinas perdagangan yang dikutip {brand}, Kamis (7/3/2024), menunjukkan harga "
           "gula di Solok naik 9 persen dalam sebulan, tertinggi sejak tahun lalu.")


@pytest.mark.parametrize("text, outlet, place", [
    (f"Harga Gula Naik Lagi\n\nSolok, Jejaring – {_PASAR}\n{_TOLD.format(brand='Jejaring')}",
     "Jejaring", "Solok"),
    (f"Harga Gula Naik Lagi\n\nSolok, Sorotan – {_PASAR}\n{_QUOTED.format(brand='Sorotan')}",
     "Sorotan", "Solok"),
    (f"Harga Gula Naik Lagi\n\nPelita – {_PASAR}\n{_TOLD.format(brand='Pelita')}", "Pelita", ""),
])
def test_a_masthead_named_again_only_as_the_site_told_or_quoting(tmp_path, text, outlet, place):
    row = _page(tmp_path, text)
    assert (row["outlet"], row["dateline_place"]) == (outlet, place)


@pytest.mark.parametrize("text", [
    # (guards: the word used as a word in the text; another medium quoted "dari" it)
    f"Harga Gula Naik Lagi\n\nSolok, Jejaring – {_PASAR}\nJejaring distribusi gula ke Solok "
    f"kini terputus.\n{_TOLD.format(brand='wartawan')}",
    f"Harga Gula Naik Lagi\n\nSolok, Sorotan – {_PASAR}\nData yang dikutip dari Sorotan "
    f"menunjukkan kenaikan di Solok.\n{_TOLD.format(brand='wartawan')}",
])
def test_a_dateline_word_the_text_uses_otherwise_is_no_masthead(tmp_path, text):
    assert _page(tmp_path, text)["outlet"] == ""


@pytest.mark.parametrize("text, outlet, place", [
    (f"Harga Gula Naik Lagi\n\nPesisir Selatan, Kabarpessel.com-\n{_PASAR}",
     "Kabarpessel.com", "Pesisir Selatan"),
    (f"SOLOK, LENSASOLOK.ID--\n{_PASAR}", "Lensasolok.id", "Solok"),
])
def test_a_sites_domain_ending_its_dateline_line_with_a_hyphen(tmp_path, text, outlet, place):
    row = _page(tmp_path, text)
    assert (row["outlet"].lower(), row["dateline_place"]) == (outlet.lower(), place)


@pytest.mark.parametrize("text", [
    # (guards: a title's last hyphen, a place's hyphen: no outlet named)
    f"Harga Gula Naik Lagi, Pedagang Mengeluh-\n\n{_PASAR}",
    f"Solok, Sumatera Barat-\n{_PASAR}",
])
def test_a_lines_last_hyphen_without_a_site_is_no_dateline(tmp_path, text):
    assert _page(tmp_path, text)["outlet"] == ""


def test_a_sites_domain_alone_opening_the_page(tmp_path):
    text = (f"Kabarsolok.com\nBeranda EKONOMI Harga Gula Naik Lagi\n\nHarga Gula Naik Lagi\n\n"
            f"Solok – {_PASAR}")
    assert _page(tmp_path, text)["outlet"].lower() == "kabarsolok.com"


@pytest.mark.parametrize("line", [
    "- Inilah daftar harga gula di lima pasar Solok",
    "Inilah 5 penyebab harga gula naik",
])
def test_a_listed_names_everyday_word_going_on_into_a_sentence(tmp_path, line):
    text = f"Harga Gula Naik Lagi\n\n{_PASAR}\n\nBaca juga:\n{line}"
    assert _page(tmp_path, text)["outlet"] == ""


def test_the_listed_name_told_something_stays_the_outlet(tmp_path):
    text = (f"Harga Gula Naik Lagi\n\n{_PASAR} \"Stok cukup,\" kata Syafrizal kepada Inilah, "
            f"Rabu (6/3/2024).")
    assert _page(tmp_path, text)["outlet"] == "Inilah.com"


@pytest.mark.parametrize("credit", [
    "dalam wawancara dengan lensaekonomi.com, dikutip pada Senin (4/3/2024)",
    "kepada Kompas.com, sebagaimana dikutip Selasa (5/3/2024)",
])
def test_another_sites_interview_the_page_quotes_names_no_page(tmp_path, credit):
    text = (f"Harga Gula Naik Lagi\n\n{_PASAR}\n\"Daya beli belum pulih,\" kata ekonom Rina "
            f"Hapsari {credit}.")
    assert _page(tmp_path, text)["outlet"] == ""


def test_a_site_told_something_stays_the_page(tmp_path):
    text = (f"Harga Gula Naik Lagi\n\n{_PASAR}\n\"Daya beli belum pulih,\" kata ekonom Rina "
            f"Hapsari dalam wawancara dengan lensaekonomi.com, Senin (4/3/2024).")
    assert _page(tmp_path, text)["outlet"].lower() == "lensaekonomi.com"


_PORT = ("The port authority said on Tuesday that 40 cargo ships were waiting outside the harbour "
         "after storms closed the main channel for three days. Shipping agents said delays "
         "could last until the end of the week.")


@pytest.mark.parametrize("line, outlet", [
    ("\"The channel will reopen on Friday,\" Harbourline.az reports citing the port authority.",
     "Harbourline.az"),
    ("Storms closed the channel for a third day, Portwatch.Ge reports via local media.",
     "Portwatch.Ge"),
    # (guards: a wire the page cites; a site's name that is no domain name no page)
    ("Storms closed the channel for a third day, Reuters reports citing port officials.", ""),
    ("Storms closed the channel for a third day, Harbour Daily reports citing port officials.",
     ""),
])
def test_an_english_site_reporting_in_its_own_voice(tmp_path, line, outlet):
    text = f"Ships Wait Outside Closed Harbour\n\n{line}\n\n{_PORT}"
    assert _page(tmp_path, text)["outlet"].lower() == outlet.lower()


@pytest.mark.parametrize("line, outlet", [
    ("\"Stok cukup sampai Lebaran,\" ujar Syafrizal pada Tirto.id, Kamis (7/3/2024).", "Tirto"),
    ("\"Kami pantau tiap hari,\" kata Kepala Dinas Perdagangan Rudi Hartono pada Katadata di "
     "Solok.", "Katadata"),
])
def test_a_speaker_telling_the_listed_site_pada(tmp_path, line, outlet):
    text = f"Harga Gula Naik Lagi\n\n{_PASAR}\n{line}"
    assert _page(tmp_path, text)["outlet"] == outlet


@pytest.mark.parametrize("line", [
    # (guards: a wire the pages cite; a meeting, not a medium; another site quoted)
    "\"Stok cukup sampai Lebaran,\" ujar Syafrizal pada ANTARA, Kamis (7/3/2024).",
    "\"Stok cukup sampai Lebaran,\" kata Syafrizal pada Rapat Paripurna, Kamis (7/3/2024).",
    "\"Stok cukup,\" ujar Syafrizal pada Katadata, dikutip Kamis (7/3/2024).",
])
def test_no_page_told_pada_a_wire_a_meeting_or_a_quoted_site(tmp_path, line):
    text = f"Harga Gula Naik Lagi\n\n{_PASAR}\n{line}"
    assert _page(tmp_path, text)["outlet"] == ""


@pytest.mark.parametrize("section", ["Ekonomi", "Regional"])
def test_a_section_word_alone_before_the_dash_is_no_masthead(tmp_path, section):
    text = f"Harga Gula Naik Lagi\n\n{section} – {_PASAR}\n{_TOLD.format(brand='wartawan')}"
    assert _page(tmp_path, text)["outlet"] == ""


def test_a_brand_alone_before_the_dash_stays_the_masthead(tmp_path):
    text = f"Harga Gula Naik Lagi\n\nSuarasolok – {_PASAR}\n{_TOLD.format(brand='wartawan')}"
    assert _page(tmp_path, text)["outlet"] == "Suarasolok"
