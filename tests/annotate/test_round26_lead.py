"""Round 26 (lead): an English preposition or conjunction opening a sentence is never a
name's first word (*With Japan's Defense Ministry confirming that …* names the ministry, not
"With Japan's Defense Ministry"), while a capitalised function word inside a name stays in it.
Sentences written for these tests."""
import pytest

from newsframe.annotate.mentions import find_mentions


@pytest.mark.parametrize(("sentence", "name"), [
    ("With Norway's Coast Guard confirming that 14 boats sank, the search ended.",
     "Norway's Coast Guard"),
    ("After the Lagos State Ministry of Health said 31 people fell ill, schools closed.",
     "Lagos State Ministry of Health"),
    ("Following Peru's Civil Defense Institute, 52 homes were lost.",
     "Peru's Civil Defense Institute"),
    ("Since Maria Lopez spoke, 9 more villages were cut off.", "Maria Lopez"),
    ("Despite Chile's Interior Ministry denying it, 300 families left.",
     "Chile's Interior Ministry"),
])
def test_a_sentence_opening_word_is_no_part_of_the_name(sentence, name):
    assert [m.text for m in find_mentions(sentence)][0] == name


@pytest.mark.parametrize(("sentence", "name"), [
    # a capitalised function word inside a name stays in it
    ("The Institute For Rural Affairs said 40 wells ran dry.", "The Institute For Rural Affairs"),
    ("Menurut Center For Maritime Studies, 12 kapal tenggelam.", "Center For Maritime Studies"),
])
def test_a_function_word_inside_a_name_stays(sentence, name):
    assert name in [m.text for m in find_mentions(sentence)]
