"""Round 21b (issue 23, kind 1): pages that quote several people of the same trade in turn
(markets, prices, harvests). Each figure goes to the person whose statement it stands in.
Sentences written for the tests."""
import pytest

from newsframe.annotate.mentions import find_mentions
from tests.annotate.test_claims import _claimants
from tests.annotate.test_sources_forms import extract_attributions_of


@pytest.mark.parametrize(("body", "expected"), [
    # a name, a comma and a title whose own words (the goods, "lainnya") run straight into
    # the reporting verb: the name speaks ...
    ('"Sekarang Rp 12.000 per kg," kata Marni, pedagang di Pasar Baru.\n\nYusuf, pedagang '
     "beras lainnya menuturkan, menjual beras masih di harga Rp 11.500 per kg.",
     [[12000, "Marni"], [11500, "Yusuf"]]),
    ("Jaka Purnama, pedagang kedelai mengatakan harga di kiosnya Rp 12.500 per kg.",
     [[12500, "Jaka Purnama"]]),
    ('"Harganya Rp 9.000," kata Lastri.\n\nSenada, Bambang Irawan, pembeli kedelai dan '
     "jagung lainnya mengakui harga di lapaknya Rp 9.500 per kg.",
     [[9000, "Lastri"], [9500, "Bambang Irawan"]]),
    # ... and so does a name followed by its trade with no comma at all
    ('"Harganya Rp 9.000," kata Lastri.\n\nSenada, Jaka Purnama pedagang kedelai lainnya '
     "mengatakan harga di kiosnya Rp 12.500 per kg.",
     [[9000, "Lastri"], [12500, "Jaka Purnama"]]),
    ("Darmo pembeli kentang mengatakan harga di pasar itu Rp 4.000 per kg.", [[4000, "Darmo"]]),
])
def test_a_name_with_its_trade_opens_a_new_turn(body, expected):
    assert [[value, claimant] for value, claimant, _ in _claimants(body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the trade's words stop at a clause, a place or a stop: no speaker is made of them
    ("Menurut Budi, pedagang beras mengatakan harga naik.", ["Budi"]),
    ("Warga Sukamaju pedagang sayur itu tidak datang.", []),
])
def test_trade_words_that_open_no_turn(body, expected):
    sources = list(extract_attributions_of(body)["source"])
    assert all(name in sources for name in expected)
    assert not any(name.startswith("Warga Sukamaju") for name in sources)


def test_a_place_before_a_trade_noun_is_no_person():
    # "Jakarta pedagang": a place name is never read as a trader's own name
    assert not [m for m in find_mentions("Jakarta pedagang mengatakan harga naik.")
                if m.kind == "person"]


@pytest.mark.parametrize("word", ["Senada", "Terpisah"])
def test_a_linking_word_is_no_speaker(word):
    body = f'"Harganya Rp 9.000," kata Lastri.\n\n{word}, Rahmat juga menjual Rp 9.000 per kg.'
    assert word not in {claimant for _, claimant, _ in _claimants(body)}


@pytest.mark.parametrize(("body", "expected"), [
    # a trade noun, its goods and then the name: the named trader speaks, not "pedagang"
    ('"Kentang naik terus," ujar pedagang sayuran Ratna kepada wartawan. Kini kentang '
     "dijual Rp 14 ribu per kg.", [[14000, "Ratna"]]),
    ('"Sekarang Rp 7.500 per kg," kata penjual jagung Suparman.', [[7500, "Suparman"]]),
    ("Pembeli kentang Darmo mengatakan harga di pasar itu Rp 4.000 per kg.", [[4000, "Darmo"]]),
])
def test_a_trade_and_its_goods_before_a_name(body, expected):
    assert [[value, claimant] for value, claimant, _ in _claimants(body)] == expected


def test_a_place_after_a_trade_and_its_place_word_stays_a_place():
    # "warga kampung Cibeber": the word after a place word names a place, not a person
    mentions = find_mentions('"Sudah surut," kata warga kampung Cibeber kepada wartawan.')
    assert not [m for m in mentions if m.kind == "person" and m.name == "Cibeber"]


@pytest.mark.parametrize(("body", "expected"), [
    # a one-word place alias (Wina is Vienna in data/) standing where a person's name stands:
    # after a person's title and a comma, right before a reporting verb ...
    ('Salah seorang pembeli, Wina membenarkan harga kentang naik. "Sekarang Rp 14 ribu per '
     'kg," ujarnya.', [[14000, "Wina"]]),
    # ... or before a comma and a trade noun, opening the sentence
    ("Wina, pedagang sayur di pasar itu, mengatakan harga kentang Rp 14 ribu per kg.",
     [[14000, "Wina"]]),
])
def test_a_place_alias_in_a_names_position_is_a_person(body, expected):
    assert [[value, claimant] for value, claimant, _ in _claimants(body)] == expected


def test_a_place_alias_elsewhere_keeps_its_place_reading():
    # the alias itself is kept: "di Wina" and "Wina mengecam" still read the place/state
    kinds = {m.text: m.kind for m in find_mentions("Pertemuan di Wina berakhir. Wina mengecam "
                                                  "serangan itu.")}
    assert "person" not in kinds.values()


def test_a_quote_closed_by_a_name_and_its_trade():
    # '…," kata NAME TRADE <goods>': the name closes the quote, its trade after it
    body = '"Sekarang Rp 13 ribu per kg, makin sulit," kata Rukmini pembeli beras.'
    assert [[v, c] for v, c, _ in _claimants(body)] == [[13000, "Rukmini"]]


def test_a_definite_crowd_after_a_capitalised_word_names_nobody():
    # "Seketika warga tersebut berteriak": an adverb opening the sentence, then a definite
    # crowd: no person named "Seketika"
    mentions = find_mentions("Api berkobar. Seketika warga tersebut berteriak minta tolong.")
    assert not [m for m in mentions if m.kind == "person"]


# round 21b, second part: a passive introduction whose agent is a trade, its own words, a
# comma and then the name ("Hal senada diungkapkan oleh pedagang lain, X") opens X's turn
@pytest.mark.parametrize(("body", "expected"), [
    ('"Harga kentang sekarang Rp 14.000 per kg," kata Marni, pedagang di Pasar Baru.\n\n'
     "Hal senada juga diungkapkan oleh pedagang lain, Suwarni. \"Kalau wortel saya jual "
     'Rp 9.000 per kg," ujarnya.', [[14000, "Marni"], [9000, "Suwarni"]]),
    ('"Bawang putih Rp 32 ribu," ujar Karto.\n\nHal yang sama disampaikan pembeli sayur '
     "lainnya, Endah Lestari. Menurutnya, tomat sekarang Rp 11 ribu per kg.",
     [[32000, "Karto"], [11000, "Endah Lestari"]]),
])
def test_a_passive_introduction_by_a_trade_and_a_name(body, expected):
    assert [[value, claimant] for value, claimant, _ in _claimants(body)] == expected


def test_a_trade_and_a_comma_before_no_name_names_nobody():
    # a place or a day after the comma is no trader's name
    sources = list(extract_attributions_of(
        "Hal itu disampaikan oleh pedagang lain, Jakarta Utara, kemarin.")["source"])
    assert not [s for s in sources if "Jakarta" in s and "pedagang" in s]
    assert not [m for m in find_mentions("Menurut pedagang beras lainnya, Senin (4/3), harga "
                                         "naik.") if m.kind == "person"]


# round 21b, second part: an unnamed trade that speaks ("pedagang … memprediksi …") is the
# person the next paragraph's quote names, not the trader quoted before it
@pytest.mark.parametrize(("body", "expected"), [
    ('Keluhan serupa datang dari Budi, penjual ayam lainnya. Menurut Budi harga belum '
     'naik banyak.\n\n"Paling tinggi Rp 38 ribu," ujarnya.\n\nSebelumnya, seorang penjual '
     "ayam di Pasar Minggu memperkirakan harga ayam potong naik menjadi Rp 45.000 per ekor."
     '\n\n"Bisa Rp 42.000 per ekor," kata Sukirman, penjual ayam di Pasar Minggu.',
     [[38000, "Budi"], [45000, "Sukirman"], [42000, "Sukirman"]]),
    ('"Paling tinggi Rp 38 ribu," ujar Budi.\n\nSebelumnya, petani tomat di Lembang '
     'menyebut harga tomat turun menjadi Rp 3.000 per kg.\n\n"Karena panen raya," sambung '
     "Wartini.", [[38000, "Budi"], [3000, "Wartini"]]),
])
def test_an_unnamed_trade_is_named_by_the_next_quote(body, expected):
    assert [[value, claimant] for value, claimant, _ in _claimants(body)] == expected


def test_an_unnamed_trade_before_an_official_stays_unnamed():
    # the next quote is an official's: the trade's figure is not his
    body = ('"Paling tinggi Rp 38 ribu," ujar Budi.\n\nSebelumnya, pedagang ayam di Pasar '
            "Minggu memperkirakan harga ayam potong naik menjadi Rp 45.000 per ekor.\n\n"
            '"Stok aman," kata Joko Susilo, Kepala Dinas Perdagangan.')
    assert "Joko Susilo" not in {claimant for _, claimant, _ in _claimants(body)}
