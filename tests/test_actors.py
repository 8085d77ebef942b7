"""Actor lookup through data/lexicons/actors.csv."""

from newsframe import actors


def test_case_sensitive_short_aliases():
    found = [(m.text, m.canonical) for m in actors.find_actors(
        "AS menuduh; as a rule. Kirby dan para analis.")]
    assert found == [("AS", "US government"), ("Kirby", "John Kirby"),
                     ("para analis", "analysts")]


def test_longest_alias_wins_and_offsets_point_at_text():
    text = "Dalam lembar fakta Departemen Luar Negeri Amerika Serikat (AS) yang dirilis"
    matches = actors.find_actors(text)
    assert matches[0].canonical == "US Department of State"
    assert all(text[m.start:m.end] == m.text for m in matches)


def test_normalise_prefers_the_person_in_a_title():
    assert actors.normalise_actor("Juru bicara Kementerian Pertahanan Korea Selatan Jeon Ha "
                                  "Gyu")["canonical"] == "Jeon Ha-gyu"
    assert actors.normalise_actor("Kim Il Sung")["canonical"] == "Kim Il Sung"
    assert actors.normalise_actor("Yonhap News Agency")["type"] == "wire"
    assert actors.normalise_actor("Budi") is None
