"""Round 23g, second part (issue 23, kind 4): a speaker who says what a thing is NOT — a
demonstrative subject then *bukan(lah)* and what it is not (*pemadaman tersebut bukanlah
sabotase*, *lahan itu bukan milik perusahaan*) — denies what it was called, with no denial
verb; *bukan hanya / sekadar / berarti / karena / kali …* (not only, not merely, does not
mean, not because, not the first time) deny nothing, nor does a reporter's own sentence.
Sentences written for these tests (other names, numbers and word order than the pages the
kind was seen on)."""
import pytest

from newsframe.annotate.disputes import find_dispute
from tests.annotate.test_sources_forms import _denials

_ID = ("Pemerintah daerah menggelar rapat koordinasi di kantor bupati pada Senin pagi untuk "
       "membahas anggaran. ")


@pytest.mark.parametrize(("body", "expected"), [
    ("Juru bicara PLN Jawa Tengah, Rina Wulandari, mengatakan bahwa pemadaman tersebut "
     "bukanlah sabotase.", [["Rina Wulandari", "bukanlah"]]),
    ("Kepala Desa Sukamaju, Darmo Wiyono, menegaskan lahan itu bukan milik perusahaan.",
     [["Darmo Wiyono", "bukan"]]),
    ('"Yang kami gelar ini bukan demo, melainkan doa bersama," kata Ketua RW 05 Andi Saputra.',
     [["Andi Saputra", "bukan"]]),
])
def test_a_speaker_says_what_a_thing_is_not(body, expected):
    assert [row[:2] for row in _denials(_ID + body)] == expected


@pytest.mark.parametrize("body", [
    "Menurut Ketua Kadin Lampung, Budi Harsono, kenaikan itu bukan hanya soal harga pupuk.",
    "Kepala BPBD Garut, Andi Rahman, mengatakan ini bukan kali pertama banjir melanda.",
    "Camat Sukasari, Yuni Astuti, mengatakan penutupan jalan itu bukan karena proyek.",
    "Menurut Dewi Sartika, hasil survei itu bukan berarti warga puas.",
    # a reporter's own sentence: no speaker says it
    "Jembatan gantung itu bukan buatan pemerintah daerah.",
])
def test_not_only_not_because_and_reporters_own_words_deny_nothing(body):
    assert _denials(_ID + body) == []


def test_the_cue_needs_a_speakers_own_words():
    text = "Pemadaman itu bukanlah sabotase."
    assert find_dispute(text, 0, len(text)).kind == "identity"
    assert find_dispute(text, 0, len(text), own_words=False) is None
