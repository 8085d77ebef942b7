"""Parameter validation messages name the parameter and the allowed values."""

import datetime
import re

import pytest

from newsframe.params import ParameterError, check_choice, check_date, check_subset, check_window


def test_choice_and_subset_messages():
    with pytest.raises(ParameterError, match="parameter 'normalize' = 'pages' is not allowed; "
                       "allowed values: sentences, words"):
        check_choice("normalize", "pages", ["sentences", "words"])
    with pytest.raises(ParameterError, match=r"parameter 'outlets' has unknown value\(s\) "
                       r"'Kompas'; allowed values: KompasTV, NEWSLIVE"):
        check_subset("outlets", ["Kompas"], ["NEWSLIVE", "KompasTV"])
    assert check_subset("outlets", "NEWSLIVE", ["NEWSLIVE"]) == ["NEWSLIVE"]


def test_dates_and_windows():
    assert check_date("end", "2024-02-26") == datetime.date(2024, 2, 26)
    assert check_date("end", None) is None
    with pytest.raises(ParameterError, match="parameter 'start' = '2023-13' is not a date"):
        check_date("start", "2023-13")
    with pytest.raises(ParameterError, match="empty date window"):
        check_window("2024-01-01", "2023-01-01")


# ---------------------------------------------------------------------------- safe values

import base64  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newsframe.params import (  # noqa: E402
    check_plain_value,
    load_parameters_file,
    load_plain_yaml,
    parse_cli_value,
)

PAYLOAD = 'a" + str(__import__("os").system("touch /tmp/pwned")) + "'


@pytest.mark.parametrize("text, problem", [
    (f"lang: !!binary {base64.b64encode(PAYLOAD.encode()).decode()}", "tag !!binary"),
    ("outlets: !!set {a, b}", "tag !!set"),
    ("lang: !!python/object:os.system ls", "tag !!python/object:os.system"),
    ("lang: !!timestamp 2023-10-01", "tag !!timestamp"),
    ("outlets: [!!binary aGk=]", "tag !!binary"),
    ("a: &x [*x]", "alias"),
    ("a: &x [1]\nb: *x", "alias"),
    ("outlets: {1: a}", "key of type int"),
])
def test_parameters_file_refuses_tags_aliases_and_odd_keys_naming_the_parameter(text, problem):
    with pytest.raises(ParameterError, match=r"parameter '(lang|outlets|a|b)'.*" + problem):
        load_parameters_file(text, "p.yaml")


@pytest.mark.parametrize("text, message", [
    ("lang: [unclosed", r"p.yaml is not valid YAML \(line 1, column 16\): expected ','"),
    ("- a\n- b", r"p.yaml must hold a mapping"),
    ("1: x", r"parameter name '1' is not text"),
    ("? [a]\n: x", r"parameter name"),
])
def test_parameters_file_errors_are_one_line(text, message):
    with pytest.raises(ParameterError, match=message) as caught:
        load_parameters_file(text, "p.yaml")
    assert "\n" not in str(caught.value)


def test_yaml_1_1_coercions_are_off():
    # yes/on stay words, 12:30:00 is not 45000, dates stay text, 1_000 is not 1000
    assert load_parameters_file("lang: yes\nt: 12:30:00\nstart: 2023-10-01\nn: 1_000\n"
                                "b: true\nf: 2.5\nz: ~\n") == {
        "lang": "yes", "t": "12:30:00", "start": "2023-10-01", "n": "1_000", "b": True,
        "f": 2.5, "z": None}


def test_cli_values_follow_the_notebook_annotation():
    assert parse_cli_value("lang", "yes", "str") == "yes"
    assert parse_cli_value("lang", "None", "str") == "None"
    assert parse_cli_value("start", "2023-10-01", "Optional[str]") == "2023-10-01"
    assert parse_cli_value("start", "None", "Optional[str]") is None
    assert parse_cli_value("top_n", "12", "int") == 12
    assert parse_cli_value("include_vague", "False", "bool") is False
    assert parse_cli_value("outlets", "KompasTV", "Optional[list]") == ["KompasTV"]
    assert parse_cli_value("shells", "2.5", "Optional[float]") == 2.5
    with pytest.raises(ParameterError, match="parameter 'top_n' = 'ten' is not allowed; "
                                             "allowed values: a whole number"):
        parse_cli_value("top_n", "ten", "int")
    with pytest.raises(ParameterError, match="parameter 'include_vague' = 'yes'"):
        parse_cli_value("include_vague", "yes", "bool")
    with pytest.raises(ParameterError, match="parameter 'outlets': the tag !!binary"):
        parse_cli_value("outlets", "[!!binary aGk=]", "Optional[list]")


def test_outlets_given_as_text_are_read_without_tags():
    with pytest.raises(ParameterError, match="parameter 'outlets': the tag !!set"):
        check_subset("outlets", "[!!set {a}]", ["a"])


# Scalars YAML 1.2 core reads as numbers, null or booleans where PyYAML's YAML 1.1 sees text
# (and so writes them unquoted): "1e3", "0E0", "0o17". Our reader follows 1.2 on purpose
# (README, "Parameters from a file"); a 1.1 writer's text is compared without them.
_YAML12_ONLY = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|"
                          r"0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)")
_text = st.text().filter(lambda s: not _YAML12_ONLY.fullmatch(s))
_plain = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_text, inner, max_size=4),
    max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(_plain)
def test_any_plain_value_round_trips_through_yaml(value):
    import yaml

    text = yaml.safe_dump({"p": value}, allow_unicode=True)
    # as PyYAML reads it back (its emitter turns a lone U+0085 into a line break)
    assert load_parameters_file(text) == yaml.safe_load(text)


@settings(max_examples=300, deadline=None)
@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    # YAML allows implicit keys of up to 1,024 characters; parameter names are short
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=100), inner,
                                                                max_size=4),
    max_leaves=12))
def test_json_is_read_exactly(value):
    """JSON is YAML 1.2: any JSON parameters file reads back as the values written."""
    import json

    assert load_parameters_file(json.dumps({"p": value})) == {"p": value}


def test_yaml_12_numbers_are_numbers():
    assert load_parameters_file("a: 1e3\nb: 0E0\nc: 0o17\nd: '1e3'") == {
        "a": 1000.0, "b": 0.0, "c": 15, "d": "1e3"}


@settings(max_examples=300, deadline=None)
@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
    | st.binary(max_size=8) | st.sets(st.integers(), max_size=3) | st.dates() | st.datetimes(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.text(max_size=3) | st.integers(), inner, max_size=3), max_leaves=8))
def test_any_yaml_the_safe_loader_accepts_round_trips_or_is_refused(value):
    """A document safe_dump writes (tags for bytes, sets, dates) is read back exactly when
    its value is plain, else refused with a one-line message naming the parameter."""
    import yaml

    text = yaml.safe_dump({"p": value}, allow_unicode=True)
    assume_loaded = yaml.safe_load(text)["p"]
    try:
        check_plain_value("p", assume_loaded)
        plain = True
    except ParameterError:
        plain = False
    try:
        loaded = load_parameters_file(text)
    except ParameterError as error:
        assert "'p'" in str(error) and "\n" not in str(error)
        # refused: a value of another type, or a tag/timestamp YAML 1.1 would coerce
        return
    assert plain or loaded != {"p": assume_loaded}
    assert check_plain_value("p", loaded["p"]) is loaded["p"]
    assert load_plain_yaml(yaml.safe_dump(loaded["p"], allow_unicode=True)) == loaded["p"]
