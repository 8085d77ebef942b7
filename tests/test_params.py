"""Parameter validation messages name the parameter and the allowed values."""

import datetime

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
