"""General units (data/lexicons/units.csv): mass, volume, money before or after the figure,
people, households, houses, vehicles, vessels, percent — and what still is no claim."""
import re

import pandas as pd
import pytest

import newsframe as nf
from newsframe import paths

STORIES = paths.ROOT / "tests" / "fixtures" / "stories"


def _claims(body: str) -> pd.DataFrame:
    articles = pd.DataFrame({"article_id": ["a"], "title": [""], "published": ["2024-10-24"],
                             "outlet": ["X"], "status": ["ok"], "body": [body]})
    return nf.extract_claims(articles)


def _item_stands_in(body: str, row) -> bool:
    """The item is the figure's own words, or (resolved further off) words of its sentence
    or of the text before it."""
    item, start, end, sentence = (row["item"], row["start"], row["end"], row["sentence"]) \
        if isinstance(row, pd.Series) else (row.item, row.start, row.end, row.sentence)
    if item in body[start:end]:
        return True
    before = body[:end].lower() + " " + sentence.lower()  # ("kasus (Kota Batu)": round 24e)
    return all(word in before for word in re.sub(r"[()]", " ", item.lower()).split())


def _assert_item(body, value, item, words):
    """The figure of ``value`` counts ``item``, its own words are ``words`` (only the item is
    read further off), and the item stands in the text."""
    rows = _claims(body)
    row = rows[rows["value"] == value].iloc[0]
    assert row["item"] == item, rows[["value", "unit", "item"]].values.tolist()
    assert body[row["start"]:row["end"]] == words
    assert _item_stands_in(body, row)


@pytest.mark.parametrize(("body", "value", "unit", "item", "qualifier"), [
    ("Sebanyak 12 ribu ton gula kristal putih tiba di pelabuhan.", 12000, "ton", "gula",
     "exact"),
    # money names what it counts by the words before it
    ("Kerugian sementara sekitar Rp 300 miliar.", 3e11, "rupiah", "Kerugian sementara",
     "about"),
    ("Bantuan senilai Rp2,3 miliar disalurkan.", 2.3e9, "rupiah", "Bantuan", "exact"),
    # a passive between the noun and its hedge does not hide what the money counts
    ("Kerugian diperkirakan lebih dari Rp 1,2 triliun.", 1.2e12, "rupiah", "Kerugian",
     "more_than"),
    ("Nilainya mencapai 5 juta dolar AS tahun ini.", 5e6, "usd", "Nilainya", "exact"),
    ("Ekspor mencapai 300 ribu barel minyak per hari.", 3e5, "barrel", "minyak", "exact"),
    ("Sebanyak 40 kg sabu disita.", 40, "kg", "sabu", "exact"),
    # a change verb belongs to what the share measures
    ("Harga naik 12% dibanding bulan lalu.", 12, "percent", "Harga naik", "exact"),
    ("Inflasi naik 2,5 persen.", 2.5, "percent", "Inflasi naik", "exact"),
    ("Tercatat lebih dari 4.000 warga mengungsi.", 4000, "person", "warga mengungsi",
     "more_than"),
    ("Setidaknya 35 orang meninggal dunia.", 35, "person", "orang meninggal dunia", "at_least"),
    ("Sekitar 1.200 jiwa mengungsi.", 1200, "person", "jiwa mengungsi", "about"),
    ("Korban berasal dari 870 kepala keluarga (KK).", 870, "family", "kepala keluarga", "exact"),
    ("Sebanyak 1.124 unit rumah terendam.", 1124, "house", "rumah terendam", "exact"),
    ("Ada 20 ribu tentara dikirim.", 20000, "person", "tentara", "exact"),
    ("Polisi menyita 12 truk dan dua kapal.", 12, "vehicle", "truk", "exact"),
])
def test_general_units_make_claims(body, value, unit, item, qualifier):
    row = _claims(body).iloc[0]
    assert (row["value"], row["unit"], row["item"], row["qualifier"]) == (
        value, unit, item, qualifier)
    assert body[row["start"]:row["end"]] in row["sentence"]


def test_vessels_and_money_with_its_words():
    claims = _claims("Polisi menyita 12 truk dan dua kapal. Ekspor US$ 5 juta.")
    assert claims[["value", "unit"]].values.tolist() == [[12, "vehicle"], [2, "vessel"],
                                                          [5e6, "usd"]]


@pytest.mark.parametrize("body", [
    "Pada 2023 harga naik.",                      # a year
    "Kapal berlayar sejauh 1.000 km ke utara.",   # a distance
    "Mereka menunggu selama 3 tahun.",            # a duration
    "Proyek itu berjalan 6 bulan dan 12 hari.",   # durations
    "Pukul 10.30 WIB rapat dimulai di lantai 5.",  # a time and a floor
    "Ia berusia 45 tahun.",                       # an age
])
def test_years_distances_and_durations_are_still_no_claims(body):
    assert _claims(body).empty


def test_the_commodity_corpus_yields_its_tonnes_rupiah_and_containers():
    claims = nf.extract_claims(nf.load_corpus(STORIES / "nomatch"))
    gold = pd.read_csv(STORIES / "nomatch" / "gold" / "claims.csv")
    found = set(zip(claims["article_id"], claims["value"], claims["unit"], strict=True))
    expected = set(zip(gold["article_id"], gold["value"].astype(float), gold["unit"],
                       strict=True))
    assert expected <= found  # all 18 labelled figures
    sugar = claims[(claims["article_id"] == "m02_kontan") & ~claims["in_title"]].iloc[0]
    assert (sugar["value"], sugar["unit"], sugar["item"]) == (12000.0, "ton", "gula")


def test_the_flood_corpus_yields_most_of_its_required_figures():
    claims = nf.extract_claims(nf.load_corpus(STORIES / "flood"))
    gold = pd.read_csv(STORIES / "flood" / "gold" / "claims.csv")
    required = gold[gold["required"] == 1]
    found = set(zip(claims["article_id"], claims["value"], claims["unit"], strict=True))
    hits = [(a, float(v), u) in found for a, v, u in
            zip(required["article_id"], required["value"], required["unit"], strict=True)]
    # all 47: the houses counted with a bare classifier ("96 unit di antaranya rusak berat",
    # "menjadi 812 unit") or with no noun ("214 rusak berat") take "rumah" from their sentence
    assert sum(hits) == 47, sum(hits)
    units = set(claims["unit"])
    # every other counted noun is a figure too, its unit the English word or the noun itself
    # (the evacuation points, "titik pengungsian", have their unit since round 22f)
    assert units == {"person", "family", "house", "rupiah", "ton", "hectare", "subdistrict",
                     "point", "ekskavator", "sektor", "jembatan"}, units


# ---------------------------------------------------------------- any counted noun (issue 23)

def _figures(body: str) -> list[tuple]:
    claims = _claims(body)
    return [(r.value, r.value_high if r.value_high == r.value_high else None, r.unit,
             r.qualifier) for r in claims.itertuples()]


@pytest.mark.parametrize(("body", "expected"), [
    # known nouns with English units, whatever the story
    ("Dinas Sosial mencatat 412 kecelakaan kerja sepanjang tahun lalu.",
     [(412, None, "accident", "exact")]),
    ("Rumah sakit itu merawat 58 pasien dan mencatat 6 kematian.",
     [(58, None, "person", "exact"), (6, None, "person", "exact")]),
    ("Sebanyak 19 tewas dan 40 terluka dalam bentrokan itu.",
     [(19, None, "person", "exact"), (40, None, "person", "exact")]),
    ("Puskesmas melaporkan 233 kasus campak.", [(233, None, "case", "exact")]),
    ("Konsumsi solar mencapai 9,4 juta KL dan kuota naik ke 32,56 juta kl.",
     [(9.4e6, None, "kiloliter", "exact"), (32_560_000, None, "kiloliter", "exact")]),
    ("Kuota tahun depan 12,5 juta kilo liter.", [(12.5e6, None, "kiloliter", "exact")]),
    ("Harga naik 0,8 persen poin.", [(0.8, None, "percentage_point", "exact")]),
    ("Denda 5.000 euro dijatuhkan.", [(5000, None, "euro", "exact")]),
    # a noun the lexicon does not know is its own unit
    ("Relawan mendirikan 85 posko darurat di tepi sungai.", [(85, None, "posko", "exact")]),
    # "N lainnya" counts what the figure before it counts
    ("Sebanyak 27 pasien dirawat dan 9 lainnya dipulangkan.",
     [(27, None, "person", "exact"), (9, None, "person", "exact")]),
    # compared figures share their noun
    ("Jumlah korban naik dari 12 menjadi 30 orang.",
     [(12, None, "person", "exact"), (30, None, "person", "exact")]),
    ("Tahun ini tercatat 64 kecelakaan, turun dari 91.",
     [(64, None, "accident", "exact"), (91, None, "accident", "exact")]),
    # ranges: one row, the low end in value, the high end in value_high
    ("Penyerapan anggaran mencapai 65-70 persen.", [(65, 70, "percent", "range")]),
    ("Diperkirakan 2 hingga 3 juta pemudik melintas.", [(2e6, 3e6, "person", "range")]),
    ("Kasusnya naik antara empat hingga 9 kali lipat.", [(4, 9, "fold", "range")]),
    # a numeral after a linking word counts the noun its sentence names
    ("Jumlah pengunjung museum pada tahun 2023 ada 4.310.",
     [(4310, None, "person", "exact")]),
    ("Jumlah kasus Mei 41, jumlah Juni 57.",
     [(41, None, "case", "exact"), (57, None, "case", "exact")]),
    # a classifier counts the noun its sentence names
    ("Dari 90 kasus kematian bulan ini, Kota Malang menyumbang 14 kasus.",
     [(90, None, "person", "exact"), (14, None, "person", "exact")]),
    ("Kecelakaan paling sering terjadi sore hari dengan 37 kejadian.",
     [(37, None, "accident", "exact")]),
    # hedges of a limit
    ("Kuota dinaikkan ke batas atas 33,5 juta kl.", [(33.5e6, None, "kiloliter", "up_to")]),
    ("Tambahan kuota tidak melebihi 2 juta kl.", [(2e6, None, "kiloliter", "at_most")]),
    # a state of the noun named before it
    ("Banjir merendam 300 rumah; 45 rusak berat.",
     [(300, None, "house", "exact"), (45, None, "house", "exact")]),
    # round 2: money codes before the amount, glued or spaced; the euro's English word; a
    # decimal times a scale is exact; quadrillions; a price per unit with a slash
    ("Pinjaman itu bernilai USD450 juta.", [(450e6, None, "usd", "exact")]),
    ("Hibah sebesar EUR 12,5 juta disalurkan.", [(12.5e6, None, "euro", "exact")]),
    ("Dana darurat mencapai 37,3 miliar euro.", [(37_300_000_000, None, "euro", "exact")]),
    ("Nilai aset itu sekitar Rp 1,07 kuadriliun.", [(1.07e15, None, "rupiah", "about")]),
    ("Upah harian buruh tani US$3,40/orang/hari.", [(3.4, None, "usd", "exact")]),
    ("Garis kemiskinan Rp612.450,-/kapita/bulan.", [(612_450, None, "rupiah", "exact")]),
    ("Ekspor naik menjadi 80 miliar dollar.", [(80e9, None, "usd", "exact")]),
    # a tank counts tanks; the unemployed are people
    ("Milisi itu kehilangan 14 tank.", [(14, None, "tank", "exact")]),
    ("Kini tercatat 2,1 juta pengangguran di provinsi itu.", [(2.1e6, None, "person", "exact")]),
    # a date written with slashes stays no figure
    ("Rapat digelar 12/10 di balai kota.", []),
    # a noun that looks like a verb form counts itself; a verb after a numeral counts nothing
    ("Armada itu membawa 12 meriam dan 8 perahu karet.",
     [(12, None, "meriam", "exact"), (8, None, "vessel", "exact")]),
    # (round 26c: terdakwa is a person in units.csv now; the noun still counts itself)
    ("Sidang itu menghadirkan 4 terdakwa.", [(4, None, "person", "exact")]),
    # (round 23c: perusahaan is a company in units.csv now; koperasi stays its own unit)
    ("Tender diikuti 27 koperasi daerah.", [(27, None, "koperasi", "exact")]),
    ("Dari rombongan itu, 9 dirawat di puskesmas.", []),
    # a classifier before a noun the lexicon does not know counts that noun
    ("Dinas membeli 15 unit pompa air.", [(15, None, "pompa", "exact")]),
    ("Gudang itu menyimpan 40 buah jangkar.", [(40, None, "jangkar", "exact")]),
])
def test_any_counted_noun_is_a_figure(body, expected):
    assert _figures(body) == expected
    for row in _claims(body).itertuples():  # the text holds what it counts
        assert _item_stands_in(body, row), (row.item, body[row.start:row.end])


@pytest.mark.parametrize("body", [
    "Ia sudah bekerja 12 tahun di sana.",          # a duration
    "Rapat dibuka pukul 09.00 di lantai 3.",       # a time and a floor
    "Informasi lebih lanjut hubungi 081234567890.",  # a telephone number
    "Baca juga 3 berita terkait.",                  # page furniture
    "Waktu baca 4 menit.",                          # page furniture
    "Ada 3 hal yang perlu diketahui.",              # an enumeration
    "Mereka masuk 10 besar nasional.",              # a ranking
    "Sebanyak 40 dikirim kemarin.",                 # a verb, and no noun named before
])
def test_numbers_that_count_nothing_are_no_figures(body):
    assert _claims(body).empty, _claims(body)[["value", "unit", "item"]].values.tolist()


# ------------------------------------------------- round 3: munitions reported in other ways

@pytest.mark.parametrize(("body", "expected"), [
    # the classifier "butir" after the numeral counts the ammunition named before it
    ("Intelijen Seoul menyebut amunisi yang dipasok sebanyak 3,5 juta butir.",
     (3.5e6, "shell", "exact", "amunisi")),
    ("Amunisi meriam yang dikirim mencapai 5 juta butir.",
     (5e6, "shell", "exact", "Amunisi meriam")),
    ("Pengiriman berisi 2 juta butir amunisi meriam.", (2e6, "shell", "exact", "amunisi meriam")),
    # "lebih" after the numeral: more than
    ("Moskow disebut menerima 2,4 juta lebih peluru artileri.",
     (2.4e6, "shell", "more_than", "peluru artileri")),
    ("Kiriman kontainer itu mencapai 4.000 lebih.", (4000, "container", "more_than", "kontainer")),
    ("Rusia menerima 2.000 lebih peti kemas.", (2000, "container", "more_than", "peti kemas")),
    # vague numerals and calibres
    ("Pyongyang juga menyerahkan ribuan rudal balistik jarak pendek.",
     (1000, "missile", "vague", "rudal balistik jarak pendek")),
    ("Sedikitnya 800 ribu peluru 122 mm telah dikirim.", (8e5, "shell", "at_least", "peluru")),
    ("Moskow diyakini menerima sekitar 9.500 peti kemas.",
     (9500, "container", "about", "peti kemas")),
    # a model's code after a capitalised noun is no place name: the classifier counts missiles
    ("Rudal jelajah KH-55 yang diserahkan sebanyak 40 buah.",
     (40, "missile", "exact", "Rudal jelajah KH-55")),
    # a linking word before a hedge: the noun named before counts
    ("Jumlah amunisi itu ditaksir mencapai lebih dari dua juta.",
     (2e6, "shell", "more_than", "amunisi")),
    # round 4: English words inside Indonesian text (a quoted report, a caption)
    ("Laporan itu menyebut 3 million shells sudah tiba di Rostov.",
     (3e6, "shell", "exact", "shells")),
    ("Pyongyang disebut mengirim 12,000 containers sejak Agustus.",
     (12000, "container", "exact", "containers")),
    ("Moskow menerima sekitar 250 missiles dari Pyongyang.",
     (250, "missile", "about", "missiles")),
])
def test_munitions_in_other_words(body, expected):
    row = _claims(body).iloc[0]
    assert (row["value"], row["unit"], row["qualifier"], row["item"]) == expected
    assert row["item"] in body[row["start"]:row["end"]]


@pytest.mark.parametrize(("body", "expected"), [
    # times after a linking word count the sending its sentence names
    ("Kiriman rudal ke Moskow sudah dilakukan sebanyak 7 kali tahun ini.", [(7, "shipment")]),
    ("Pengiriman itu tercatat telah 4 kali.", [(4, "shipment")]),
    # times of anything else stay how often
    ("Harga gas naik sebanyak 3 kali.", []),
    ("Menteri itu sudah 2 kali ke Pyongyang.", []),
])
def test_times_of_a_sending_count_shipments(body, expected):
    assert [(r.value, r.unit) for r in _claims(body).itertuples()] == expected


def test_a_calibre_in_millimetres_is_no_second_figure():
    rows = _claims("Jumlah itu setara dengan 4 juta peluru 122 milimeter.")
    assert rows[["value", "unit"]].values.tolist() == [[4e6, "shell"]]
    assert rows["caliber_mm"].tolist() == [122]


def test_lebih_after_a_numeral_is_a_comparison_when_no_noun_follows():
    row = _claims("Harganya 20 persen lebih murah.").iloc[0]
    assert (row["value"], row["unit"], row["qualifier"]) == (20, "percent", "exact")


# ---------------------------------------------------- round 3: the item is what is counted

@pytest.mark.parametrize(("body", "item"), [
    # a name that looks like a verb form (per-, me-, di-) is part of the item
    ("Kuota Pertamax tahun ini ditetapkan sebesar 12,5 juta kiloliter.", "Kuota Pertamax"),
    ("Penjualan Perhutani mencapai Rp 410 miliar.", "Penjualan Perhutani"),
    # a bracket does not end the item
    ("Produksi jagung Sulawesi Barat (Sulbar) mencapai 310 ribu ton.",
     "Produksi jagung Sulawesi Barat"),
    # a change verb belongs to what the share measures
    ("Luka ringan turun 9 persen, kata Kapolres.", "Luka ringan turun"),
    # a counter (orang, kasus, butir) after a linking word: the noun phrase before it
    ("Menurut Dinkes, korban meninggal dunia sebanyak 52 orang.", "korban meninggal dunia"),
    ("Jumlah korban terluka di Rafah mencapai 1.204 orang.", "korban terluka di Rafah"),
    # … with the relative clause that says what befell them (round 21f)
    ("Pasien yang dirawat ada 40 orang.", "Pasien yang dirawat"),
    # without a linking word the counter keeps its own words
    ("Polisi mengatakan 5 orang tewas.", "orang tewas"),
    ("Dari 30 kasus, Kota Batu mencatat 12 kasus.", "kasus"),
    # a time says when, not what is counted
    ("Realisasi penyaluran solar untuk tahun 2023 sudah mencapai 91 persen.",
     "Realisasi penyaluran solar"),
    ("Target itu berdasarkan realisasi ekspor pada tahun 2022 lalu yang sebesar 28 juta ton.",
     "realisasi ekspor"),
    ("Tahun ini tercatat 210 orang.", "orang"),
    # a relative clause after a counter says who is counted
    ("Selain itu, terdapat 140 orang yang mengalami luka berat karena tabrakan.",
     "orang yang mengalami luka berat"),
])
def test_the_item_names_what_is_measured(body, item):
    rows = _claims(body)
    assert item in list(rows["item"]), rows[["value", "unit", "item"]].values.tolist()
    for row in rows.itertuples():
        assert _item_stands_in(body, row), (row.item, body[row.start:row.end])


# ------------------------------------- round 3: last year's figure is no time ago (tahun lalu)

@pytest.mark.parametrize(("body", "expected"), [
    ("Tahun ini tercatat 58 kecelakaan, turun dari 83 tahun lalu.",
     [(58, "accident"), (83, "accident")]),
    ("Jumlah wisatawan naik menjadi 14 juta dari 11 juta tahun lalu.",
     [(14e6, "person"), (11e6, "person")]),
    ("Kasus campak mencapai 3.900 kasus, lebih tinggi dibandingkan 2.700 tahun lalu.",
     [(3900, "case"), (2700, "case")]),
    # a time ago stays no figure
    ("Jembatan itu dibangun 40 tahun lalu.", []),
    ("Ia pindah dari Medan 6 tahun lalu.", []),
])
def test_a_figure_compared_with_last_years_is_a_figure(body, expected):
    assert [(r.value, r.unit) for r in _claims(body).itertuples()] == expected


# ------------------------------------------------------------ round 3: fractions in words

@pytest.mark.parametrize(("body", "expected"), [
    # a share of a whole is a percent (round 12b; was the unit ``fraction``, 0.6667)
    ("Dua pertiga nelayan di pesisir itu kehilangan perahu.", (66.7, "percent", "nelayan")),
    ("Sepertiga anggaran desa terserap.", (33.3, "percent", "anggaran desa")),
    ("Hampir tiga perempat sekolah rusak.", (75.0, "percent", "sekolah rusak")),
    ("Separuh peserta berasal dari luar kota.", (50.0, "percent", "peserta")),
])
def test_fractions_in_words_are_shares(body, expected):
    rows = _claims(body)
    assert [(r.value, r.unit, r.item) for r in rows.itertuples()] == [expected]
    assert rows.iloc[0]["item"] in body[rows.iloc[0]["start"]:rows.iloc[0]["end"]]


def test_a_word_beginning_with_per_is_no_fraction():
    assert _claims("Ia memakai persneling dua di tanjakan.").empty


# --------------------------- round 3: a comma grouping thousands before a counted noun

@pytest.mark.parametrize(("body", "expected"), [
    ("Moskow disebut menerima lebih dari 12,000 kontainer.", (12000, "container")),
    ("Sekitar 3,500 relawan dikerahkan.", (3500, "person")),
    # measures, money and shares keep the decimal comma
    ("Muatannya 2,500 ton.", (2.5, "ton")),
    ("Inflasi tercatat 1,250 persen.", (1.25, "percent")),
])
def test_a_comma_before_three_digits_groups_thousands_of_a_count(body, expected):
    row = _claims(body).iloc[0]
    assert (row["value"], row["unit"]) == expected


# ------------------------- round 4: figures of English reporting and other Indonesian forms

@pytest.mark.parametrize(("body", "expected"), [
    # English numbers and nouns: digits grouped by commas or spaces, scale and vague words,
    # hedges before the numeral, "of" before the counted noun
    ("Officials said Pyongyang had shipped more than 2,400 containers to the port.",
     (2400, None, "container", "more_than", "containers")),
    ("The agency counted at least 18 000 shipping containers at the border.",
     (18000, None, "container", "at_least", "shipping containers")),
    ("The depot could hold up to 3.6 million artillery shells, the ministry said.",
     (3.6e6, None, "shell", "up_to", "artillery shells")),
    ("Moscow has received nearly two million munitions from its ally.",
     (2e6, None, "shell", "about", "munitions")),
    ("That is equal to tens of thousands of rockets, the report said.",
     (1e4, 1e5, "rocket", "vague", "rockets")),
    ("The army said it had fired dozens of ballistic missiles into the sea.",
     (12, 120, "missile", "vague", "ballistic missiles")),
    ("Satellite images show over one-thousand containers were moved by the ship.",
     (1000, None, "container", "more_than", "containers")),
    # English puts the modifier first: the known noun after it is the head
    ("The report said some 4,100 steel containers had left the port.",
     (4100, None, "container", "about", "steel containers")),
    ("The ship carried 2,500 tons of rice to the port.", (2500, None, "ton", "exact", "rice")),
])
def test_english_figures(body, expected):
    row = _claims(body).iloc[0]
    high = row["value_high"] if row["value_high"] == row["value_high"] else None
    assert (row["value"], high, row["unit"], row["qualifier"], row["item"]) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a calibre between the numeral and its noun is the shells' calibre, not a figure
    ("Seoul estimates more than 4 million 155 mm artillery shells were sent.",
     [(4e6, "shell", 155)]),
    ("The crates held 800,000 122-millimeter shells.", [(8e5, "shell", 122)]),
])
def test_a_calibre_before_the_noun_is_the_figures_calibre(body, expected):
    assert [(r.value, r.unit, r.caliber_mm) for r in _claims(body).itertuples()] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # ages, years, distances and durations in English are no figures
    ("The general, 61 years old, said the range was 800 kilometers.", []),
    ("One of the ships left in 2023, three weeks after the talks.", []),
])
def test_english_numbers_that_count_nothing(body, expected):
    assert [(r.value, r.unit) for r in _claims(body).itertuples()] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a range with a scale word after it scales both ends (and the scale word is no figure)
    ("Pabrik itu diduga memasok 2-4 juta peluru artileri per tahun.",
     [(2e6, 4e6, "shell", "range")]),
    ("Sebanyak 10-15 ribu kontainer disebut telah tiba.", [(1e4, 1.5e4, "container", "range")]),
    # "not less than" is a lower bound, not "less than"
    ("Korsel menaksir tidak kurang dari 7.500 kontainer dikirim.",
     [(7500, None, "container", "at_least")]),
    ("Rusia menerima tak kurang dari 40 rudal balistik.", [(40, None, "missile", "at_least")]),
    ("Paling tidak 300 gerbong melintas perbatasan.", [(300, None, "railcar", "at_least")]),
])
def test_ranges_with_a_scale_and_lower_bounds_in_words(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a decimal spelled out, digits joined to the scale by a hyphen, an article after the hedge
    ("The think tank said the cargo equals about two-point-four million shells.",
     (2.4e6, "shell", "about", None)),
    ("Officials said more than 58-thousand tons of cargo had been moved.",
     (58000, "ton", "more_than", None)),
    ("The agency believes Pyongyang sent more than a million rockets to the front.",
     (1e6, "rocket", "more_than", None)),
    ("A source said the load was close to 250,000 artillery shells.",
     (250000, "shell", "about", None)),
    # a calibre in inches before the noun is the calibre in millimetres
    ("The containers could hold around 2 million 6-inch artillery shells.",
     (2e6, "shell", "about", 152)),
    # a variant spelling of amunisi
    ("Kapal itu membawa 4 juta butir munisi.", (4e6, "shell", "exact", None)),
])
def test_english_and_variant_forms_of_munitions(body, expected):
    row = _claims(body).iloc[0]
    caliber = None if pd.isna(row["caliber_mm"]) else int(row["caliber_mm"])
    assert (row["value"], row["unit"], row["qualifier"], caliber) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a decimal point written the English way before an Indonesian scale word: one figure,
    # never a lone "juta" of one million
    ("Intelijen menaksir Pyongyang memasok 3.4 juta peluru artileri.",
     [(3.4e6, None, "shell", "exact")]),
    ("Sekitar 8.2 ribu kontainer tiba di Vostochny.", [(8200, None, "container", "about")]),
    # the calibre after "kaliber" is the calibre, not part of what is counted
    ("Gudang itu menyimpan 900 ribu peluru kaliber 122 milimeter.",
     [(9e5, None, "shell", "exact")]),
])
def test_decimal_points_before_indonesian_scales(body, expected):
    assert _figures(body) == expected
    row = _claims(body).iloc[0]
    assert "kaliber" not in row["item"]


@pytest.mark.parametrize(("body", "expected"), [
    # a piece classifier whose munition is named after it in the same clause counts it
    ("Muatan itu setara dengan 4 juta butir bila dihitung sebagai peluru meriam.",
     (4e6, "shell", "peluru meriam")),
    ("Jumlahnya diperkirakan 300 ribu buah jika semuanya roket.", (3e5, "rocket", "roket")),
])
def test_a_classifier_counts_the_munition_named_after_it(body, expected):
    row = _claims(body).iloc[0]
    assert (row["value"], row["unit"], row["item"]) == expected
    assert body[row["start"]:row["end"]].endswith(row["item"])


def test_a_classifier_with_nothing_counted_after_it_stays_a_piece_count():
    # no munition in its clause: the comma ends the search
    row = _claims("Polisi menyita 40 butir, juga sebuah roket rakitan.").iloc[0]
    assert (row["value"], row["unit"]) == (40, "item")


@pytest.mark.parametrize(("body", "expected"), [
    # the suffix -an after a figure says about that many; after a scale word too
    ("Rusia disebut menerima 20.000-an roket.", [(20000, None, "rocket", "about")]),
    ("Gudang itu menampung 3.000an peti kemas.", [(3000, None, "container", "about")]),
    ("Moskow menerima 40 ribuan kontainer.", [(40000, None, "container", "about")]),
    # a decade stays out
    ("Rudal itu dirancang pada 1980-an.", []),
])
def test_a_figure_with_the_suffix_an_is_about_that_many(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kiriman itu mendekati 8.000 kontainer.", [(8000, None, "container", "about")]),
    ("Jumlahnya di kisaran 2 juta peluru.", [(2e6, None, "shell", "about")]),
    ("Setidak-tidaknya 15 rudal jatuh di Kharkiv.", [(15, None, "missile", "at_least")]),
])
def test_more_indonesian_hedges(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # English puts names and codes before the counted noun
    ("Kyiv said Moscow had launched 35 North Korean KN-24 missiles at its cities.",
     [(35, None, "missile", "exact")]),
    ("Seoul said about 3,000 North Korean soldiers were wounded in the fighting.",
     [(3000, None, "person", "about")]),
    # the last noun of an English compound is the head: launchers are no rockets
    ("The agency said 120 rocket launchers and 80 missile systems were sent by rail.",
     [(120, None, "launcher", "exact"), (80, None, "system", "exact")]),
    # half a million, a dozen
    ("It is estimated that half a million shells crossed the border by train.",
     [(5e5, None, "shell", "exact")]),
    ("The report said a dozen ballistic missiles were fired in one night.",
     [(12, None, "missile", "exact")]),
])
def test_english_noun_phrases(body, expected):
    assert _figures(body) == expected


def test_indonesian_compounds_keep_their_first_noun_as_head():
    # Indonesian names the head first: "roket peluncur" would be a rocket, "peluncur roket"
    # a launcher; the English rule never applies to an Indonesian sentence (round 12b: the
    # launcher takes its English unit, units.csv)
    assert _figures("Korut mengirim 30 peluncur roket dan 400 roket artileri ke Rusia.") == [
        (30, None, "launcher", "exact"), (400, None, "rocket", "exact")]


@pytest.mark.parametrize(("body", "expected"), [
    # the head of an English noun phrase is its last noun, across adjectives and participles
    ("Seoul said 900,000 multiple rocket launcher shells had been shipped to the front.",
     [(9e5, None, "shell", "exact")]),
    ("The ministry said 70 self-propelled howitzers were sent by rail.",  # artillery pieces
     [(70, None, "artillery", "exact")]),  # (units.csv, round 23e2)
    # "rounds of": the classifier counts the munition after it, a calibre between
    ("Officials said more than 2 million rounds of 155 mm artillery shells were needed.",
     [(2e6, None, "shell", "more_than")]),
    # English words for shipments
    ("The agency said there had been at least seven arms transfers by sea.",
     [(7, None, "shipment", "at_least")]),
    # a participle after the noun ends the phrase, the noun stays the head
    ("The report said 400 containers loaded at the port were moved.",
     [(400, None, "container", "exact")]),
])
def test_english_heads_classifiers_and_shipments(body, expected):
    assert _figures(body) == expected


# ----------------------------- round 7a: English counts of people and other counted nouns

@pytest.mark.parametrize(("body", "expected"), [
    # nouns for people count persons, whatever the story
    ("The city said 2,315 evacuees and 48 patients were moved to schools.",
     [(2315, None, "person", "exact"), (48, None, "person", "exact")]),
    ("The union said nearly 6,200 employees lost their posts in March.",
     [(6200, None, "person", "about")]),
    ("At least 31 demonstrators and 5 journalists were hurt, the group said.",
     [(31, None, "person", "at_least"), (5, None, "person", "exact")]),
    ("The clinic logged 812 cases of measles, officials said.",
     [(812, None, "case", "exact")]),
    # any other plural noun is a count of its own singular (homes are houses: units.csv)
    ("The storm flattened 1,940 homes and cut off 27 families, the mayor said.",
     [(1940, None, "house", "exact"), (27, None, "family", "exact")]),
    ("The board said 418 applications and 96 layoffs were filed this month.",
     [(418, None, "application", "exact"), (96, None, "layoff", "exact")]),
])
def test_english_counts_of_people_and_any_noun(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a numeral with no noun after a linking word takes the noun named before
    ("The death toll from the blast climbed to 83 on Tuesday, the agency said.",
     [(83, None, "person", "exact")]),
    ("Officials put the death toll at more than 2,900 by the evening.",
     [(2900, None, "person", "more_than")]),
    # compared: "from X to Y" gives X the unit of Y, or the noun before
    ("The number of refugees in the camp rose from 1,210 to 1,480 people.",
     [(1210, None, "person", "exact"), (1480, None, "person", "exact")]),
    ("The tally of dengue cases went up from 302 to 355 in a week, the office said.",
     [(302, None, "case", "exact"), (355, None, "case", "exact")]),
    # what befell them, right after the numeral: the people named before
    ("The agency said 640 people were hurt, including 71 who had been taken to hospital.",
     [(640, None, "person", "exact"), (71, None, "person", "exact")]),
    ("Rescuers found 12 victims, nine of whom were children, the police said.",
     [(12, None, "person", "exact"), (9, None, "person", "exact")]),
])
def test_english_counts_without_a_noun_after_them(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize("body", [
    # a day of a month, a time of day, an age, a year are no counts of people
    "The toll of victims was announced on March 14, 2023, at 9 p.m. by the agency.",
    "Rescuers said the victims, aged 34 and 61, were found in 2019.",
])
def test_english_dates_and_times_are_no_counts(body):
    assert _figures(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    # an English decimal share ("12.3" is no Indonesian thousands group there)
    ("The jobless rate rose 6.4 percent, according to the statistics office.",
     [(6.4, None, "percent", "exact")]),
    ("The port said it handled 2.75% more crates than last year.",
     [(2.75, None, "percent", "exact")]),
    # a plural no lexicon knows, named before a linking word, is the figure's unit
    ("The number of visa requests has topped 12,000, the embassy said.",
     [(12000, None, "request", "more_than")]),
    # a word after an English numeral that is no plural noun is no unit ("compared")
    ("Measles cases in the district climbed to 930 compared with 610 a year earlier.",
     [(930, None, "case", "exact"), (610, None, "case", "exact")]),
])
def test_english_shares_and_units_named_before(body, expected):
    assert _figures(body) == expected


# ----------------------------- round 8a: English qualifiers 7a did not read


@pytest.mark.parametrize("sentence, value, qualifier", [
    ("An estimated 650 households lost power in the gale.", 650, "about"),
    ("Upwards of 1,200 commuters were stranded at the depot.", 1200, "more_than"),
    ("In excess of 90 lorries queued at the border.", 90, "more_than"),
    ("No more than 35 inspectors were on duty.", 35, "at_most"),  # was more_than
    ("Just under 70 passengers boarded the ferry.", 70, "at_most"),
    ("A maximum of 14 tents can stand on the field.", 14, "up_to"),
    ("A minimum of 6 nurses stay on each ward.", 6, "at_least"),
])
def test_english_qualifiers_of_figures(sentence, value, qualifier):
    row = _claims(sentence).iloc[0]
    assert (row["value"], row["qualifier"]) == (value, qualifier)


@pytest.mark.parametrize(("body", "value", "item", "words"), [
    # the noun phrase a figure is predicated of, past a measure verb and a place after di
    ("Harga cabai rawit di pasar Kramat tertinggi mencapai Rp 60.000 per kilogram.", 60000,
     "Harga cabai rawit di pasar Kramat tertinggi", "Rp 60.000"),
    ("Stok beras pemerintah di gudang Bulog sempat menyentuh angka 1,2 juta ton.", 1.2e6,
     "Stok beras pemerintah di gudang Bulog", "angka 1,2 juta ton"),
    # past a comma and yakni; a place after di is no item
    ("Inflasi inti bulan lalu lebih rendah dari inflasi kuartal sebelumnya, yakni 1,2 persen.",
     1.2, "inflasi kuartal", "1,2 persen"),
    ("Harga gula termahal juga ada di Maluku Utara, sebesar Rp 21.000 per kilogram.", 21000,
     "Harga gula termahal", "Rp 21.000"),
    # a year, an auxiliary and a passive between; a change verb says the change
    ("Menurut dia, dana desa untuk 2025 dipatok sebesar Rp 71 triliun.", 71e12, "dana desa",
     "Rp 71 triliun"),
    ("Tagihan listrik subsidi diperkirakan akan kembali membengkak sebesar Rp 9 triliun.", 9e12,
     "Tagihan listrik subsidi membengkak", "kembali membengkak sebesar Rp 9 triliun"),
    # an anaphor takes the item of the figure it points back to, with its change
    ("Belanja bantuan sosial tahun ini dianggarkan Rp 80 triliun. Angka itu sudah membengkak "
     "sebesar Rp 12 triliun dari rencana awal.", 12e12, "Belanja bantuan sosial membengkak",
     "Rp 12 triliun"),
    # one quantity said twice (atau), a predicate after merupakan
    ("Dinas mencatat sebanyak 2,4 juta orang atau 8,1 persen dari angkatan kerja merupakan "
     "penganggur.", 2.4e6, "penganggur", "sebanyak 2,4 juta orang"),
    ("Dinas mencatat sebanyak 2,4 juta orang atau 8,1 persen dari angkatan kerja merupakan "
     "penganggur.", 8.1, "penganggur", "8,1 persen"),
    # a classifier takes the phrase its sentence names with it
    ("Kasus kematian akibat campak paling banyak tercatat di Kabupaten Sleman dengan 41 kasus, "
     "disusul Bantul 19 kasus.", 41, "Kasus kematian", "41 kasus"),
    # a counter after a place takes what befell the counted
    ("Di Desa Sukamaju ada sekitar 25 orang masih bertahan di tenda darurat.", 25,
     "orang masih bertahan", "Desa Sukamaju ada sekitar 25 orang"),
    # a share: the noun after it, else its base after dari
    ("Survei menemukan 42 persen responden belum menerima bantuan.", 42, "responden",
     "42 persen"),
    ("Pemerintah menaksir 6,3 juta orang atau 2,2 persen dari total penduduk akan bepergian.",
     2.2, "dari total penduduk", "2,2 persen"),
    # a change with no subject: of what was counted last, in the sentence or before it
    ("Jumlah pendaki tahun ini mencapai 5.200 orang. Meningkat 14 persen.", 14,
     "Jumlah pendaki Meningkat", "14 persen"),
    ("Jumlah penumpang kapal cepat bertambah menjadi 640 orang, naik 85 orang dari kemarin.", 85,
     "penumpang kapal cepat naik", "85 orang"),
])
def test_an_item_says_what_a_figure_counts(body, value, item, words):
    _assert_item(body, value, item, words)


@pytest.mark.parametrize("body", [
    "Anggaran pupuk bisa mencapai Rp 26 triliun tahun ini.",
    "Korban jiwa tercatat 31 orang, artinya turun 12 persen.",
    "Produksi gabah naik dua kali lipat menjadi 3,1 juta ton.",
])
def test_an_item_is_never_a_verb_an_adverb_or_an_empty_word(body):
    for item in _claims(body)["item"]:  # nor ends with an auxiliary ("Anggaran pupuk bisa")
        assert item.lower() not in ("bisa", "artinya turun", "lipat", "jumlah", "angka", "") \
            and item.split()[-1].lower() not in ("bisa", "akan", "dapat", "sudah"), \
            _claims(body)[["value", "unit", "item"]].values.tolist()
# ------------------ round 10b: seed-story pages of 2024-2025 (troops, casualties, rounds)


@pytest.mark.parametrize(("body", "expected"), [
    # the possessive -nya on the counted noun counts it ("7.200 prajuritnya")
    ("Menurut Kyiv, Pyongyang mengirim sekitar 7.200 prajuritnya ke Bryansk.",
     [(7200, "person", "about")]),
    ("Pabrik di Chongjin menjual 40 ribu pelurunya ke luar negeri.",
     [(40000, "shell", "exact")]),
    # "N di antaranya" / "N lainnya" with no figure before them in their sentence count the
    # noun named in the sentence before
    ("Badan itu menyebut Moskow menerima pasukan dari Pyongyang. Sekitar 450 di antaranya "
     "gugur dan lebih dari 2.100 lainnya cedera.",
     [(450, "person", "about"), (2100, "person", "more_than")]),
    ("Menurut laporan itu, 260 tentara tewas. Sekitar 80 diantaranya perwira.",
     [(260, "person", "exact"), (80, "person", "about")]),
    # a short English sentence of an English text reads its noun phrase head-last
    ("The agency said the North had sent 1,000 containers by sea. The country runs around "
     "310 munitions plants, most of them underground.",
     [(1000, "container", "exact"), (310, "plant", "about")]),
    # "rounds" counts the munition its sentence names, not the containers that hold them
    ("Loaded with 122 mm rocket shells, those wagons could carry up to 2.1 million rounds.",
     [(2100000, "shell", "up_to")]),
    # with no munition named, rounds stay a bare count
    ("The envoys met for 3 rounds of talks in Geneva over the border.",
     [(3, "talk", "exact")]),
])
def test_troops_possessives_anaphora_and_rounds(body, expected):
    claims = _claims(body)
    assert list(zip(claims["value"], claims["unit"], claims["qualifier"], strict=True)) == expected


def test_what_befell_the_others_is_their_item():
    claims = _claims("Sebanyak 31 pasien dirawat dan 12 lainnya dipulangkan.")
    assert list(claims["item"]) == ["pasien dirawat", "dipulangkan"]


def test_a_statement_in_a_clause_of_time_is_not_the_next_sentences_speaker():
    claims = _claims("Kementerian Pertahanan Polandia menyampaikan data itu pada Senin, sehari "
                     "setelah Kremlin mengakui pengerahan pasukan tersebut. Sekitar 450 tentara "
                     "gugur dalam sebulan.")
    assert list(claims["claimant"]) == ["Kementerian Pertahanan Polandia"]


def test_of_them_with_nothing_after_counts_what_the_figure_before_counts():
    claims = _claims("Badan itu menyebut Minsk mengirim 4.500 insinyur dan teknisi, dengan "
                     "sekitar 900 di antaranya telah tiba.")
    assert list(claims["item"]) == ["insinyur dan teknisi"] * 2


@pytest.mark.parametrize(("body", "expected"), [
    # an English range "N to M": one figure (not "from N to M", a change)
    ("The agency said the units were abroad. It estimates there are now 8,400 to 9,100 "
     "Belarusian troops stationed in the region, he said.",
     [(8400, 9100, "person", "range")]),
    ("Officials said 2 to 4 million rounds of 122 mm artillery shells went by rail.",
     [(2e6, 4e6, "shell", "range")]),
    ("The number of visa requests rose from 43 to 46 in the period, the office said.",
     [(43, None, "request", "exact"), (46, None, "request", "exact")]),
])
def test_english_ranges_with_to(body, expected):
    claims = _claims(body)
    got = [(v, None if pd.isna(h) else h, u, q) for v, h, u, q in zip(
        claims["value"], claims["value_high"], claims["unit"], claims["qualifier"], strict=True)]
    assert got == expected


@pytest.mark.parametrize(("body", "value", "item"), [
    ("Lebih dari 25 warga desa tewas dan hampir 90 lainnya terluka pada Senin (2/6/2025) di "
     "utara, dekat pasar.", 90, "terluka"),
    ("Sedikitnya 12 nelayan hilang dan sekitar 40 lainnya selamat pada Kamis (3/4/2025).", 40,
     "selamat"),
])
def test_the_others_keep_what_befell_them_as_their_item(body, value, item):
    """What befell *N lainnya* is their item; the subject of the sentence (the first group,
    *warga desa tewas*) is not read back over it."""
    rows = _claims(body)
    assert rows.loc[rows["value"] == value, "item"].tolist() == [item]


# ---------------- round 12b: seed-story volumes in money, shares, rates and long noun phrases


@pytest.mark.parametrize(("body", "expected"), [
    # a dollar sign before the amount, with an Indonesian or English scale word
    ("Menurut lembaga riset itu, Pyongyang meraup sedikitnya $3 miliar dari penjualan mortir.",
     [(3e9, "usd", "at_least")]),
    ("The think tank put Minsk's revenue from the drone sales at up to $2.6 billion.",
     [(2.6e9, "usd", "up_to")]),
    ("Officials in Vilnius said the deal brought the regime $450 million last year.",
     [(4.5e8, "usd", "exact")]),
    # a share of a whole in words is a percent, in English before "of"
    ("Half of the mortar bombs fired by the brigade were made abroad, the colonel said.",
     [(50.0, "percent", "exact")]),
    ("Nearly a third of the drones launched at Odesa came from Tehran, officials said.",
     [(33.3, "percent", "about")]),
    ("Kata juru bicara itu, setengah dari granat yang dipakai pasukan itu buatan luar negeri.",
     [(50.0, "percent", "exact")]),
    # "half a million" stays a numeral
    ("The ministry said half a million mortar bombs reached the front.",
     [(500000, "bomb", "exact")]),
    # a rate after a numeral with no noun counts the noun named before, across a sentence
    ("Belarus moves artillery shells to the front by road, the report said. Roughly 4 million a "
     "year reach the brigades, it added.", [(4e6, "shell", "about")]),
    ("Iran mengirim drone lewat udara. Sekitar 300 setiap bulan tiba di Krimea, kata sumber itu.",
     [(300, "drone", "about")]),
    # a time ago is no rate
    ("The army bought 40 trucks. It had 12 a year ago, the officer said.",
     [(40, "truck", "exact")]),
    # a calibre among the modifiers of an English noun phrase goes to caliber_mm
    ("A clip showed three M1975 Tochka 152mm self-propelled guns on a flatcar near Omsk.",
     [(3, "gun", "exact")]),
    ("Satellite photos showed 14 Grad 122-mm multiple rocket launchers at the depot.",
     [(14, "launcher", "exact")]),
])
def test_money_shares_rates_and_long_noun_phrases(body, expected):
    claims = _claims(body)
    assert list(zip(claims["value"], claims["unit"], claims["qualifier"], strict=True)) == expected


def test_a_calibre_among_the_modifiers_is_the_calibre():
    claims = _claims("A clip showed three M1975 Tochka 152mm self-propelled guns on a flatcar "
                     "near Omsk.")
    assert list(claims["caliber_mm"]) == [152]


@pytest.mark.parametrize(("body", "expected"), [
    # Indonesian nouns of arms deliveries take their English unit
    ("Menurut Kyiv, Minsk mengirim 36 peluncur roket ganda ke garis depan.",
     [(36, "launcher")]),
    ("Pekan lalu sekitar 25 kereta barang melintas dari Brest, kata pemantau itu.",
     [(25, "train")]),
    ("Dua kapal itu menempuh 17 pelayaran antara Tartus dan Novorossiysk, kata lembaga itu.",
     [(2, "vessel"), (17, "voyage")]),
    ("Minsk disebut menerima 800 juta rubel untuk kiriman itu.", [(8e8, "rub")]),
    # two models' codes joined by "and" before an English head noun
    ("Kyiv said Tehran has delivered about 210 Fateh-110 and Zolfaghar-2 missiles to Moscow.",
     [(210, "missile")]),
])
def test_units_of_arms_deliveries(body, expected):
    claims = _claims(body)
    assert list(zip(claims["value"], claims["unit"], strict=True)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the classifier pucuk counts the noun right after it, or the munition its clause names
    ("Menurut Kyiv, Minsk menyerahkan 180 pucuk artileri kepada Moskow.",
     [(180, "artillery", "exact")]),
    ("Pabrik itu disebut memasok 2 juta pucuk amunisi setiap tahun.",
     [(2000000, "shell", "exact")]),
    # a lexicon cue running past an English plural ("rounds of ammunition") is the unit
    ("Officials said Tehran had sent 700,000 rounds of ammunition by sea.",
     [(700000, "shell", "exact")]),
    ("Officials said Minsk had delivered 90 artillery pieces in the spring.",
     [(90, "artillery", "exact")]),
    # "antara … dan …", "between … and …": one range
    ("Iran disebut mengirim antara 1.200 dan 1.500 drone ke Rusia, kata badan itu.",
     [(1200, "drone", "range")]),
    ("The agency said Minsk had sent between 1 million and 1.4 million shells.",
     [(1000000, "shell", "range")]),
    # a scale abbreviated against the digits in English, before a counted noun or after $
    ("The ministry said Tehran had sent 2.5m shells and earned $1.2bn from the deal.",
     [(2500000, "shell", "exact"), (1200000000, "usd", "exact")]),
    # a length in metres stays no figure
    ("The ministry said a 12m wall now surrounds the depot in the north of the country.", []),
])
def test_classifiers_ranges_and_abbreviated_scales(body, expected):
    claims = _claims(body)
    assert list(zip(claims["value"], claims["unit"], claims["qualifier"], strict=True)) == expected


def test_a_share_names_its_whole():
    claims = _claims("Half of all the mortar bombs used by the brigade were made abroad, the "
                     "colonel said.")
    assert list(claims["item"]) == ["mortar bombs"]


@pytest.mark.parametrize(("body", "expected"), [
    # rounds with no munition named in their sentence count the one named in the sentence
    # before
    ("Minsk supplies mortar shells to Moscow. It has sent 4 million rounds so far, the "
     "minister said.", [(4000000, "shell")]),
    ("Belarus memasok peluru mortir ke Rusia. Sejauh ini 4 juta butir sudah dikirim.",
     [(4000000, "shell")]),
    # ... but never the container that holds them, nor a noun of another family
    ("The port handled 300 containers. Talks went on for 3 rounds in Vienna.",
     [(300, "container"), (3, "item")]),
    # "jt", "rb": juta and ribu abbreviated
    ("Menurut sumber itu, Minsk mengirim 2,5 jt peluru dan 11 rb drone ke Moskow.",
     [(2500000, "shell"), (11000, "drone")]),
])
def test_rounds_named_before_and_abbreviated_scales(body, expected):
    claims = _claims(body)
    assert list(zip(claims["value"], claims["unit"], strict=True)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a list's label names the counted noun right before the figure (added after batch b's
    # score, from sentences of our own: the brief's "tables or lists")
    ("Menurut badan itu, rinciannya: drone: 2.400; peluru mortir: 1,2 juta; rudal: 35.",
     [(2400, "drone"), (1200000, "shell"), (35, "missile")]),
    ("The agency said that these were the totals: containers — 4,100; artillery shells — 2 "
     "million.",
     [(4100, "container"), (2000000, "shell")]),
    # a label that counts nothing makes no figure
    ("Catatan redaksi: 12 Juli 2024 pukul 10.00.", []),
])
def test_a_lists_label_names_the_counted_noun(body, expected):
    claims = _claims(body)
    assert list(zip(claims["value"], claims["unit"], strict=True)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a hedge suffixed to an English numeral (added after batch b's score, from sentences of
    # our own): more than, about
    ("The monitor said that Minsk had sent 2,300-plus drones and 4 million-plus shells.",
     [(2300, "drone", "more_than"), (4000000, "shell", "more_than")]),
    ("The monitor said that the port had handled 450-odd containers in the spring.",
     [(450, "container", "about")]),
    ("The monitor said that Minsk had sent 900+ drones over the border.",
     [(900, "drone", "more_than")]),
    # after a scale in words ("three million-odd" was 3 shells)
    ("The monitor said that Minsk had sent three million-odd shells and a million-plus "
     "rockets.", [(3000000, "shell", "about"), (1000000, "rocket", "more_than")]),
])
def test_a_hedge_suffixed_to_an_english_numeral(body, expected):
    claims = _claims(body)
    assert list(zip(claims["value"], claims["unit"], claims["qualifier"], strict=True)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 14a: a count of members (English: people), also after a dotted abbreviation
    ("The charity said that 9 aid members and 21 U.N. staff members were hurt.",
     [(9, "person"), (21, "person")]),
    ("The army said that the blast had killed 6 U.K. soldiers near the gate.", [(6, "person")]),
    # a death toll with nothing after its numeral: "stands at", "rose to" are verbs, no unit;
    # those killed or hurt named before the figure are people
    ("The number of Belgians killed in the crash has risen to 48, a spokesman said.",
     [(48, "person")]),
    ("The death toll from the Nov. 4 storm near the river town now stands at 37, officials "
     "said.",
     [(37, "person")]),
    ("The count of villagers injured in the fire climbed to 52 by noon.", [(52, "person")]),
    # a state list whose counted noun is named at its end ("… dan 80 rumah rusak")
    ("Banjir itu membuat 31 rusak berat, 45 rusak sedang dan 80 rumah rusak ringan, kata "
     "Hendra.", [(31, "house"), (45, "house"), (80, "house")]),
    # an address's numbers (RT, RW, gang) count nothing
    ("Korban, Siti (41), warga RT 07 RW 11, Gg 3, Desa Sukaraja, dirawat di puskesmas.", []),
])
def test_counts_whose_noun_is_not_right_after_the_numeral(body, expected):
    claims = _claims(body)
    assert list(zip(claims["value"], claims["unit"], strict=True)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 14a: forms the numeral reader did not know: an acronym unit (keluarga penerima
    # manfaat), voyages counted as times, a scale glued to the digits, "M"/"T" after rupiah
    ("Dinas Sosial Kota Sukamaju menyebut bantuan disalurkan kepada 2.340 KPM tahun ini.",
     [(2340, "family")]),
    ("Kapal latih itu menempuh 48 kali pelayaran selama tahun lalu, kata Budi.",
     [(48, "voyage")]),
    ("Panitia menyebut pengunjung pameran mencapai 27rb orang dan 3jt rupiah terkumpul.",
     [(27000, "person"), (3000000, "rupiah")]),
    ("Pemkot mencatat anggaran itu mencapai Rp 3,4 T, sedangkan dana desa Rp 250 M.",
     [(3.4e12, "rupiah"), (2.5e11, "rupiah")]),
    # English others and more with no noun after them, then what befell them
    ("The ministry said that 2,100 others were injured and 12 more were killed on Monday.",
     [(2100, "person"), (12, "person")]),
    # not a time of day nor metres: "5 m" stays no figure
    ("The ministry said that the wall was 5 m high and 3 more were built.", []),
])
def test_forms_the_numeral_reader_did_not_know(body, expected):
    claims = _claims(body)
    assert list(zip(claims["value"], claims["unit"], strict=True)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a casualty word right after an English numeral with no noun: people, what befell them
    ("Officials said that in the port town, 7,400 died, the governor told reporters.",
     [(7400, "person", "died")]),
    ("Brazil reported 240 killed and 610 injured on Tuesday.",
     [(240, "person", "killed"), (610, "person", "injured")]),
    ("At least 45 are still thought to be buried under the rubble, the ministry said.",
     [(45, "person", "are still thought to be buried")]),
    # a casualty participle right before it (the homes named before count nothing here)
    ("A storm hit the coast on Monday, flooding hundreds of homes and killing at least 23.",
     [(100, "house", "homes"), (23, "person", "killing")]),
    ("The blast tore through the market, wounding 31 and injuring seven others, police said.",
     [(31, "person", "wounding"), (7, "person", "injuring others")]),
    # who befell it named after the plural before ("figures"): people, not figures
    ("Latest figures put the number wounded at roughly 380, officials said.",
     [(380, "person", "number wounded")]),
    # English homes are houses; English numbers from eleven to nineteen
    ("The agency said 2.4 million homes were left without power.",
     [(2400000, "house", "homes")]),
    ("Fourteen victims were killed in the collapse, the mayor said.",
     [(14, "person", "victims")]),
    # no year, no age, no time of day, no "killed in 2019"
    ("He was killed in 2019 and buried at 10:30, the ministry said.", []),
])
def test_english_counts_told_by_what_befell_them(body, expected):
    claims = _claims(body)
    assert list(zip(claims["value"], claims["unit"], claims["item"], strict=True)) == expected


@pytest.mark.parametrize(("body", "value", "item", "words"), [
    # round 15c: a figure followed by merupakan/adalah counts the noun after it, not the
    # noun of the figure before it ("tiga jenis, yaitu N hektare merupakan X")
    ("Kebakaran itu terbagi ke dalam tiga jenis, yaitu 5.210 hektare merupakan hutan lindung.",
     5210, "hutan lindung", "5.210 hektare"),
    # "seluas", "jumlahnya", "totalnya" name no counted thing: the phrase named before does
    ("Kerusakan itu didominasi hilangnya hutan bakau, yakni seluas 1.250 hektare.", 1250,
     "hilangnya hutan bakau", "seluas 1.250 hektare"),
    ("Sebagian besar pengungsi yang bertahan adalah lansia, dengan jumlahnya sekitar 90 orang.",
     90, "lansia", "jumlahnya sekitar 90 orang"),
    ("Para relawan yang berjaga kebanyakan mahasiswa, totalnya mencapai 85 orang.", 85,
     "relawan yang berjaga kebanyakan mahasiswa", "totalnya mencapai 85 orang"),
    # a measure word after a bracket is no part of the whole noun phrase
    ("Dinas Kehutanan melaporkan kebakaran hutan dan lahan (karhutla) seluas 42,5 hektare (Ha) "
     "di Kabupaten Sukamaju pada Senin.", 42.5, "kebakaran hutan dan lahan",
     "lahan (karhutla) seluas 42,5 hektare"),
    # after an auxiliary a bare verb says what befell the counted ("orang sudah tiba")
    ("Sebanyak 120 rombongan dengan lebih dari 4.000 orang sudah tiba di terminal.", 4000,
     "orang sudah tiba", "lebih dari 4.000 orang"),
    # a month and a year after "hingga" say when, even misspelt
    ("Sebaran titik longsor hingga Agutus 2023 yaitu 41 persen berada di kawasan pesisir.", 41,
     "Sebaran titik longsor", "Agutus 2023 yaitu 41 persen"),
])
def test_an_item_is_read_past_measure_words_possessives_and_dates(body, value, item, words):
    _assert_item(body, value, item, words)


@pytest.mark.parametrize(("body", "value", "item", "words"), [
    # round 16c: households take what befell them, said after the people they hold
    ("Hujan deras semalam membuat 214 KK atau 790 jiwa terdampak di dua kecamatan.", 214,
     "KK terdampak", "214 KK"),
    ("Sebanyak 57 KK (203 jiwa) mengungsi ke balai desa.", 57, "KK mengungsi",
     "Sebanyak 57 KK"),
    ("Petugas mendata 31 kepala keluarga (KK) / 118 jiwa terdampak longsor.", 31,
     "kepala keluarga terdampak", "31 kepala keluarga"),
    ("Di Kabupaten Sukamaju, sebanyak 45 kepala keluarga (KK) terdampak angin kencang.", 45,
     "kepala keluarga terdampak", "sebanyak 45 kepala keluarga"),
    # a place is where a figure was counted, not what it counts: the counter stands instead
    # (with the place of its list entry in brackets: round 24e)
    ("Kasus tertinggi dilaporkan antara lain Kota Sukamaju sebanyak 2.310 kasus, Kota Lembah "
     "1.870 kasus, dan Kabupaten Tanjung 950 kasus.", 2310, "kasus (Kota Sukamaju)",
     "Kota Sukamaju sebanyak 2.310 kasus"),
    ("Kasus tertinggi dilaporkan antara lain Kota Sukamaju sebanyak 2.310 kasus, Kota Lembah "
     "1.870 kasus, dan Kabupaten Tanjung 950 kasus.", 1870, "kasus (Kota Lembah)",
     "1.870 kasus"),
    ("Penambahan kasus tertinggi berada di Jawa Barat dengan 320 kasus, disusul DKI Jakarta "
     "dengan 210 kasus.", 210, "kasus (DKI Jakarta)", "210 kasus"),
    # an adverb or an adjective is no item: the subject before it, else the counter
    ("Penularan justru meningkat di sana, yakni dari Mei 140 kasus menjadi 188 kasus di Juni.",
     140, "Penularan", "140 kasus menjadi"),
    ("Jumlah pasien tahun ini mencapai 5.120 orang, turun signifikan dari tahun lalu sebanyak "
     "9.880 orang.", 9880, "Jumlah pasien", "signifikan dari tahun lalu sebanyak 9.880 orang"),
    ("Secara kumulatif sepanjang 2022 sebanyak 31.400 kasus tercatat di provinsi itu.", 31400,
     "kasus", "sebanyak 31.400 kasus tercatat"),
    ("Secara umum terdapat 3,4 juta orang atau 6 persen pekerja yang terdampak kemarau.",
     3.4e6, "orang", "umum terdapat 3,4 juta orang"),
    # a verb that only places the figure at a number ("berkisar di angka") is passed over
    ("Harga gula di pasar tradisional berkisar di angka Rp 17 ribu per kg.", 17000,
     "Harga gula di pasar tradisional", "angka Rp 17 ribu"),
    # an item ends where another clause opens
    ("Korban luka bertambah 12 orang sehingga totalnya menjadi 140 orang.", 140, "Korban luka",
     "sehingga totalnya menjadi 140 orang"),
    # a list goes on after "dan": the counter takes the list's item; "sebagai X" says what
    ("Sebanyak 2,4 juta penduduk miskin tercatat ada di Jawa Tengah, lalu 410 ribu orang di "
     "Bengkulu, dan 190 ribu orang di Jambi.", 190000, "penduduk miskin", "190 ribu orang"),
    ("Di Sulawesi Tengah, ada total 388 ribu jiwa yang tercatat sebagai penduduk miskin.",
     388000, "penduduk miskin", "388 ribu jiwa yang tercatat"),
    # a country named in a list lends no item to the next figure
    ("Setelahnya, diikuti Vietnam (US$512 juta), dan Thailand (US$430 juta).", 430e6, "",
     "US$430 juta"),
    # a month with "jumlah" says when: the list's item stands instead
    ("Total 4.120 kasus. Jumlah kasus Mei 510, jumlah Juni 1.260, jumlah Juli 2.350.", 2350,
     "kasus", "jumlah Juli 2.350"),
])
def test_an_item_is_never_an_adverb_a_place_or_a_bare_household(body, value, item, words):
    _assert_item(body, value, item, words)


@pytest.mark.parametrize(("body", "value", "item"), [
    # round 16c: an English count the subject rose to counts the subject, not the verb, the
    # place before it or a bare counter
    ("The death toll from storms and mudslides in northern Peru rose to at least 41, with 12 "
     "still missing, the civil defence office said on Tuesday.", 41, "death toll"),
    ("Death toll from Peru storms, mudslides climbs to 38", 38, "Death toll"),
    ("The death toll from the storms in Peru has risen to at least 44 people, officials said.",
     44, "death toll"),
    ("Lima: The death toll in flash floods in northern Peru has risen to 52, according to the "
     "civil defence office on Monday.", 52, "death toll"),
    ("The number of dead in the floods in the province reached 29 on Friday.", 29,
     "number of dead"),
    ("The charity says in a statement on Friday that the death toll from the raid now stands "
     "at 31.", 31, "death toll"),
    # no verb of rising: the counted noun stays, with its participle now that one English
    # sentence is read as English (round 26, lead)
    ("At least 300 people were evacuated after the river burst its banks.", 300,
     "people evacuated"),
])
def test_an_english_count_the_subject_rose_to_counts_the_subject(body, value, item):
    rows = _claims(body)
    row = rows[rows["value"] == value].iloc[0]
    assert row["item"] == item, rows[["value", "unit", "item"]].values.tolist()
    assert _item_stands_in(body, row)


@pytest.mark.parametrize(("body", "value", "item"), [
    # round 17a: people counted by the role they are sent in are persons (the unit a troop
    # figure is compared in), the role stays their item
    ("Moskow disebut akan menerima 2.400 insinyur militer dari Pyongyang tahun ini.", 2400,
     "insinyur militer"),
    ("Kontingen itu mencakup 700 pembangun militer dan 300 penjinak ranjau.", 700,
     "pembangun militer"),
    ("Kontingen itu mencakup 700 pembangun militer dan 300 penjinak ranjau.", 300,
     "penjinak ranjau"),
    ("Sekitar 150 perwira dan 40 instruktur artileri ikut diberangkatkan.", 150, "perwira"),
    ("Sekitar 150 perwira dan 40 instruktur artileri ikut diberangkatkan.", 40,
     "instruktur artileri"),
    ("Pyongyang will send roughly 3,500 military engineers and 900 sappers to the region.",
     3500, "military engineers"),
    ("Pyongyang will send roughly 3,500 military engineers and 900 sappers to the region.",
     900, "sappers"),
    ("About 250 officers and 80 drone pilots arrived by train last week.", 250,
     "officers"),
    ("About 250 officers and 80 drone pilots arrived by train last week.", 80,
     "drone pilots"),
])
def test_people_counted_by_their_role_are_persons(body, value, item):
    rows = _claims(body)
    row = rows[rows["value"] == value].iloc[0]
    assert row["unit"] == "person", rows[["value", "unit", "item"]].values.tolist()
    # (the item runs on into a verb it does not know, "ikut", "arrived", as it does after
    # any counted noun: the role is its head)
    assert row["item"].startswith(item), rows[["value", "unit", "item"]].values.tolist()


@pytest.mark.parametrize(("body", "value", "item"), [
    # round 18c: a change told by the subject's verb ("fell", "skyrocketed by", "saw a … rise",
    # "shot up"), the subject opening the last stretch after a comma
    ("As forecast by traders after the drought, the price of sugar in Manila skyrocketed by "
     "18.4 percent in June, the bureau said.", 18.4, "price"),
    ("Coffee exports, meanwhile, saw a 7.3 percent rise in the second quarter, the bureau said.",
     7.3, "Coffee exports"),
    ("Ticket sales fell 11.5 percent last year, the bureau said.", 11.5, "Ticket sales"),
    # a share is a share of what follows "of"
    ("The governor won the race with 62% of ballots cast, the board said.", 62, "ballots cast"),
    ("The challenger received 38 percent of the vote, the board said.", 38, "vote"),
])
def test_an_english_change_or_share_counts_its_subject(body, value, item):
    rows = _claims(body)
    row = rows[rows["value"] == value].iloc[0]
    assert row["item"] == item, rows[["value", "unit", "item"]].values.tolist()
    assert _item_stands_in(body, row)


def test_a_decimal_share_alone_in_a_short_english_paragraph():
    # round 18c: a paragraph too short to tell its language goes by its article's
    body = ("Ferry traffic in the strait fell by 4.6 percent in April, the Harbour Authority said "
            "on Tuesday, as storms kept many boats in port for most of the month.\n\n"
            "Freight volumes dropped 9.3 percent.\n\n"
            "The authority expects traffic to recover once the weather improves in the summer.")
    assert sorted(_claims(body)["value"]) == [4.6, 9.3]


def test_an_english_lists_last_item_leaving_out_its_counted_noun():
    # round 18c: "X with 25 deaths, Y with 21 deaths and Z with 18": the list's noun
    body = ("The Health Office said Northfield led with 31 cases, followed by Eastwood with "
            "24 cases and Lakeside with 17, as the outbreak spread across the province this "
            "spring.\n\nThe office urged residents to drain standing water around their homes.")
    rows = _claims(body)
    assert sorted(zip(rows["value"], rows["unit"], strict=True)) == [(17, "case"), (24, "case"),
                                                         (31, "case")]
    # not a lone numeral after "with" that no list of the same form stands before
    body = ("The Health Office said the clinic, which opened with 17, now has far more staff "
            "than it had when the outbreak spread across the province this spring.")
    assert 17 not in set(_claims(body)["value"])


def test_an_english_figure_compared_with_the_one_before_counts_the_same():
    # round 18c: "rose by 13.3 percent, compared with 6.8 percent in August"
    body = ("As expected after the tax rise, the price of cigarettes in the capital soared by "
            "21.4 percent in June, compared with 7.9 percent in May, the statistics bureau "
            "said on Monday.")
    rows = _claims(body)
    assert dict(zip(rows["value"], rows["item"], strict=True)) == {21.4: "price",
                                                                   7.9: "price"}

@pytest.mark.parametrize(("body", "expected"), [
    # round 18b: a price and its change count the goods named after "harga" before them, past
    # a change verb, a comparison, a qualifier, a date and the change's own figure
    ("Harga cabai merah besar naik Rp 3.500 per kg menjadi Rp 58.200 per kg.",
     [(3500, "harga cabai merah besar naik"), (58200, "harga cabai merah besar")]),
    ("Harga kedelai impor naik lebih tinggi Rp 400 per kg menjadi Rp 12.900 per kg.",
     [(400, "harga kedelai impor naik"), (12900, "harga kedelai impor")]),
    ("Di pihak lain, harga tepung terigu turun tipis Rp 50 menjadi Rp 10.850 per kg.",
     [(50, "harga tepung terigu turun"), (10850, "harga tepung terigu")]),
    ("Harga minyak goreng curah naik 0,4% menjadi Rp15.300 per liter dan harga gula pasir "
     "turun 1,1% menjadi Rp16.100 per kilogram.",
     [(0.4, "harga minyak goreng curah naik"), (15300, "harga minyak goreng curah"),
      (1.1, "harga gula pasir turun"), (16100, "harga gula pasir")]),
    ("Rata-rata harga jagung pipilan per 5 Mei 2024 pukul 10.15 WIB berada di level Rp6.150 "
     "per kilogram.", [(6150, "harga jagung pipilan")]),
    ("Sementara harga bawang putih honan menembus Rp 60 ribu di Maluku.",
     [(60000, "harga bawang putih honan")]),
    ("Harga jagung pakan akan berangsur turun dari bulan lalu di rentang Rp 5.100 sampai "
     "Rp 5.300 per kg.", [(5100, "harga jagung pakan"), (5300, "harga jagung pakan")]),
    # … a currency sign is the figure's, not its item
    ("Kenaikan juga terjadi pada daging kambing Rp 900 menjadi Rp 141.300 per kg.",
     [(900, "daging kambing"), (141300, "daging kambing")]),
    # (round 23b: the second change, joined by "dan" with no goods of its own, is of the same
    # goods; it read "" before)
    ("Kenaikan terjadi pada kedelai Rp 60 menjadi Rp 13.380 per kg dan Rp 90 menjadi Rp 11.470 "
     "per kg.", [(60, "kedelai"), (13380, "kedelai"), (90, "kedelai"), (11470, "kedelai")]),
])
def test_a_price_counts_the_goods_named_after_harga(body, expected):
    rows = _claims(body)
    assert [(r.value, r.item) for r in rows.itertuples()] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 18b: grams are a measure (seized drugs); what is weighed is named before
    # "seberat", which is no part of the item
    ("Dari tangan pelaku, petugas menyita 9 paket ganja seberat 41,5 gram.",
     [(9, "packet", "paket ganja"), (41.5, "gram", "paket ganja")]),  # packet: round 22f
    ("Polisi mengamankan sabu seberat 1,2 kilogram dari sebuah gudang.",
     [(1.2, "kg", "sabu")]),
    ("Barang bukti berupa 7 gr sabu ditemukan di saku tersangka.",
     [(7, "gram", "sabu")]),
    # … and a measure restated in brackets right after its unit measures the noun after them
    ("Petugas menyita barang bukti berupa 3,25 kg (3.250 gram) ganja kering.",
     [(3.25, "kg", "ganja"), (3250, "gram", "ganja")]),
])
def test_grams_weigh_what_is_named_before_seberat(body, expected):
    rows = _claims(body)
    assert [(r.value, r.unit, r.item) for r in rows.itertuples()] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 18b: a price per unit set "untuk" goods counts those goods when the words before
    # it name none (a regulation's name, a glued currency sign "Rp12" of a range) …
    ("Harga acuan itu diatur dalam Permendag No.12/2024 sebesar Rp12.500 - Rp13.100 per "
     "kilogram untuk gula pasir, dan Rp15.000 - Rp15.600 per liter untuk minyak goreng curah.",
     [(12500, "gula pasir"), (13100, "gula pasir"), (15000, "minyak goreng curah"),
      (15600, "minyak goreng curah")]),
    # … not money set aside for a purpose, whose item is named before it (a bare money head
    # takes the purpose after the sum: round 22j)
    ("Pemerintah menyiapkan dana Rp 5 triliun untuk subsidi pupuk.",
     [(5e12, "dana subsidi pupuk")]),
])
def test_a_price_per_unit_counts_the_goods_it_is_set_for(body, expected):
    rows = _claims(body)
    assert [(r.value, r.item) for r in rows.itertuples()] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 18b: an amount range with one currency sign (a dash or "sampai" between, the sign
    # repeated or not) is two amounts in that currency, both of the goods named before
    ("Harga gula pasir di pasar itu Rp 16.500-17.200 per kg.",
     [(16500, "rupiah"), (17200, "rupiah")]),
    ("HET minyak goreng dipatok Rp 14.000 sampai 15.500 per liter.",
     [(14000, "rupiah"), (15500, "rupiah")]),
    ("Daging ayam dijual Rp 33.000-Rp 35.000/kg.", [(33000, "rupiah"), (35000, "rupiah")]),
    # … not a count range, which stays as it was
    ("Sekitar 1.200-1.500 warga mengungsi.", []),
])
def test_an_amount_range_with_one_currency_sign_is_two_amounts(body, expected):
    rows = _claims(body)
    assert [(r.value, r.unit) for r in rows.itertuples() if r.unit == "rupiah"] == expected
    if expected:
        assert len({r.item for r in rows.itertuples()}) == 1, rows[["value", "item"]]


@pytest.mark.parametrize(("body", "expected"), [
    # a piece classifier (butir, buah, unit) after a list item's noun counts that item: a
    # weight (9,4 gram, 2,1 kg) is no noun it counts, and nothing before the weight is
    ("Dari rumah itu petugas menyita sabu seberat 9,4 gram, pil ekstasi 3 butir dan 4 unit "
     "telepon genggam.", {9.4: "gram", 3.0: "pill", 4.0: "telepon"}),
    # (round 23d: pil is a unit of units.csv now, so the piece counts pills, not items)
    ("Di bagasi penumpang itu ditemukan ganja 2,1 kg serta pil koplo 6 butir.",
     {2.1: "kg", 6.0: "pill"}),
    # the noun after the piece still counts (15 butir obat keras: pills, not grams)
    ("Barang bukti berupa tembakau sintetis 120 gram dan 15 butir obat keras disita.",
     {120.0: "gram", 15.0: "obat"}),
])
def test_a_piece_classifier_never_counts_a_mass(body, expected):
    rows = _claims(body)
    assert dict(zip(rows["value"], rows["unit"], strict=True)) == expected


@pytest.mark.parametrize(("body", "value", "item"), [
    # round 19c: a figure in brackets after what it is told of ("sugar (0.07 percent)"): the
    # noun phrase before the bracket
    ("The largest contributors to deflation in March were sugar (0.07 percent), cooking oil "
     "(0.05 percent) and onions (0.04 percent), the statistics office said.", 0.05,
     "cooking oil"),
    ("The largest contributors to deflation in March were sugar (0.07 percent), cooking oil "
     "(0.05 percent) and onions (0.04 percent), the statistics office said.", 0.04, "onions"),
    ("Services that pushed prices up include taxi fares (0.08 percent) and dental care "
     "(0.01 percent), the bureau's chief said.", 0.08, "taxi fares"),
    # "contributing 0.3 percent to the May 2024 inflation": a contribution to what follows
    ("The housing group saw prices rise by 0.91 percent, contributing 0.12 percent to the "
     "May 2024 inflation, the bureau said.", 0.12, "contribution to inflation"),
    ("Fuel contributed 0.2% to overall deflation last month, the bureau said.", 0.2,
     "Fuel contribution to overall deflation"),
])
def test_an_english_figure_told_of_a_named_thing(body, value, item):
    rows = _claims(body)
    row = rows[rows["value"] == value].iloc[0]
    assert row["item"] == item, rows[["value", "unit", "item"]].values.tolist()


@pytest.mark.parametrize(("body", "value", "item"), [
    # round 19c: a level set, kept or put "at N" names what it sets (claim_cues.csv
    # level_en rows: target, rate, ceiling …); "X and Y … at 4 and 3.5 percent respectively"
    ("The cabinet set the deficit ceiling for 2025 and 2026 at 2.8 percent and 2.6 percent "
     "respectively, the minister said.", 2.8, "deficit ceiling"),
    ("The cabinet set the deficit ceiling for 2025 and 2026 at 2.8 percent and 2.6 percent "
     "respectively, the minister said.", 2.6, "deficit ceiling"),
    ("The central bank kept its benchmark interest rate at 6.25 percent on Wednesday, the "
     "governor said.", 6.25, "benchmark interest rate"),
    # not a figure "at" a place or a time, nor one whose own item names something
    ("Prices were lower at 3 percent of the shops, the bureau said.", 3, "lower"),
])
def test_an_english_level_set_at_a_figure(body, value, item):
    rows = _claims(body)
    row = rows[rows["value"] == value].iloc[0]
    assert row["item"] == item, rows[["value", "unit", "item"]].values.tolist()


def test_two_english_numerals_share_the_noun_after_the_second():
    # round 19c: "Northfield and Eastwood with 41 and 23 deaths respectively"
    body = ("The highest toll was in Riverside, with 52 deaths. It was followed by Northfield "
            "and Eastwood with 41 and 23 deaths respectively, the health office said.")
    rows = _claims(body)
    assert sorted(zip(rows["value"], rows["unit"], strict=True)) == [
        (23, "person"), (41, "person"), (52, "person")]
    # not a numeral the "and" does not join to the next one
    body = "The convoy carried 12 and later 30 tonnes of rice, the agency said."
    assert 12 not in set(_claims(body)["value"])


def test_an_english_part_of_the_figure_before_after_of_whom():
    # round 19c: "the 31 missing villagers, of whom 20 are in X and 11 in Y"
    body = ('"The team is still looking for the 31 missing villagers, of whom 20 are in Upper '
            'Valley and 11 in Lower Valley," the spokesman said.')
    rows = _claims(body)
    assert sorted(zip(rows["value"], rows["unit"], strict=True)) == [
        (11, "person"), (20, "person"), (31, "person")]


@pytest.mark.parametrize("body", [
    # round 19c: an election count is a body's document ("A preliminary count by X showed"),
    # a weekday between its author and its verb
    "A preliminary count by the Electoral Council on Thursday showed Maria Santos securing "
    "54.2 per cent of the vote.",
    "A quick count by the Electoral Council showed Maria Santos winning 54.2 per cent of the "
    "vote.",
])
def test_an_english_count_by_a_body_gives_its_figures(body):
    rows = _claims(body + " The council will publish the final tally next week.")
    assert rows.loc[rows["value"] == 54.2, "claimant"].tolist() == ["Electoral Council"]


@pytest.mark.parametrize(("body", "value"), [
    # round 19c: claim_cues.csv casualty_after rows "resulted in death(s)", "proved fatal"
    ("The office recorded 2,400 dengue cases this year. Of these cases, 210 resulted in death, "
     "the health office said.", 210),
    ("The office recorded 2,400 dengue cases this year, and 35 proved fatal, the health "
     "office said.", 35),
])
def test_english_cases_that_resulted_in_death_are_people(body, value):
    rows = _claims(body)
    assert rows.loc[rows["value"] == value, "unit"].tolist() == ["person"]
