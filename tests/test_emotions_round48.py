"""Round 48: what dream_emotions_dev94 (famous people, strangers and crowds; the judge kept
unread since round 47, 0.957) showed, as mechanisms. The sentences are written for these tests,
not copied from the set.

* "heulend" and "flennend" are crying, as "weinend" is; after the dreamer as object ("hat mich
  weinend angerufen") the crying is the subject's.
* Groups named by their role are others: "die Journalisten", "die Delegierten", "die Fans".
* "meine erste große Liebe", "my first love" are a person, not a feeling of love.
* Lost in a place is a way lost, not puzzlement ("I was lost in Lisbon"); "lost in thought",
  "lost in these" and "I was lost" still are.
* "I'm a bit embarrassed how often he turns up in my dreams" is the writer now, not the dream.
"""

from __future__ import annotations

import pytest

from tests.emotion_support import CO, HA, NO, SD, assert_whose_feeling

CASES = [
    ("Ich lag heulend im Bett, weil meine Katze weg war.", "de", {SD}, NO),
    ("Ich habe auf der Bühne getanzt. Die Fans waren total verwirrt.", "de", NO, {CO}),
    ("Die Delegierten waren verblüfft, aber ich hatte einen Riesenspaß.", "de", {HA}, {CO}),
    ("Ich traf meine erste große Liebe am Bahnhof, sie hat mich nicht erkannt.", "de", NO, NO),
    ("I met my first love at the station and she walked past me.", "en", NO, NO),
    ("I was lost in Lisbon and a man showed me the way.", "en", NO, NO),
    ("I was completely lost in thought on the tram.", "en", {CO}, NO),
    ("I was lost and had no idea which way was up.", "en", {CO}, NO),
    ("My grandad is young again in them. I feel so lost in these.", "en", {CO}, NO),
    ("Meine Tochter hat mich weinend angerufen, sie hatte den Zug verpasst.", "de", NO, {SD}),
    ("Ich hab mich weinend ins Bett gelegt.", "de", {SD}, NO),
    (
        "Dreamt about the King again, we were just having tea. I'm a bit embarrassed how often "
        "he turns up in my dreams.",
        "en",
        NO,
        NO,
    ),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
