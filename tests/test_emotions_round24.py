"""Round 24: what dream_emotions_dev8 (100 reports written blind by people in many life
situations, feelings in their own words) showed, each in sentences of its own beside a
look-alike.

* Everyday and dialect words for a feeling the lexicon did not know: "vexed", "did my head in",
  "wound me right up", "in total meltdown", "my legs went to jelly", "my face went hot", "my
  heart was heavy", "a grand feeling", "losing it laughing", "totally lost"; "der Kragen
  geplatzt", "mein Herz hämmert", "fühlte mich so allein", "nicht schlecht gestaunt",
  "dureinand", "das Herz aufgegangen", "g'ärgert", "g'freut", "gschämt", "rot geworden".
* "instead of freaking out", "statt Panik", "null Angst", "Angst hatte ich null" deny the
  feeling.
* A waking told later as the real one ("Then I woke up for real") makes the wakings before it
  part of the dream, and so does a waking in quotation marks or "(in the dream, it turns out)":
  their feelings are the dream's.
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AN, AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    # (text, lang, dreamer, others)
    ("The ticket machine ate my card twice and I was absolutely vexed.", "en", {AN}, NO),
    ("My brother kept changing the channel, which did my head in.", "en", {AN}, NO),
    ("The exam hall had no desks and I was in total meltdown.", "en", {AP}, NO),
    ("On the ledge my legs went to jelly.", "en", {AP}, NO),
    ("Everyone turned round and my face went hot.", "en", {AP}, NO),
    ("Grandad's chair was empty and my heart was heavy all evening.", "en", {SD}, NO),
    ("We floated over the harbour and I had a grand feeling.", "en", {HA}, NO),
    ("The bus drove into the sea and I was losing it laughing.", "en", {HA}, NO),
    ("The corridors kept changing and I was totally lost.", "en", {CO}, NO),
    ("Er hat mich angelogen, da ist mir der Kragen geplatzt.", "de", {AN}, NO),
    ("Jemand lief hinter mir her, mein Herz hämmert bis zum Hals.", "de", {AP}, NO),
    ("In der leeren Wohnung fühlte ich mich so allein.", "de", {SD}, NO),
    ("Da flog ein Wal über den Marktplatz, ich hab nicht schlecht gestaunt.", "de", {CO}, NO),
    ("Mir ist das Herz aufgegangen, als ich den Garten sah.", "de", {HA}, NO),
    ("I hob mi so g'ärgert über den Schaffner.", "de", {AN}, NO),
    ("Vor allen Nachbarn bin ich rot geworden.", "de", {AP}, NO),
    # denied feelings
    ("Instead of freaking out I found it hilarious.", "en", {HA}, NO),
    ("The sea rose over the pier. Instead of panicking I started to swim.", "en", NO, NO),
    ("Das Wasser stieg, aber Angst hatte ich null.", "de", NO, NO),
    ("Statt Panik zu kriegen, hab ich gelacht.", "de", {HA}, NO),
    # a false awakening is still the dream; a real waking ends it
    (
        "I 'woke up' in my bed and a figure stood at the foot of it. I was frozen with dread. "
        "Then I woke up for real.",
        "en",
        {AP},
        NO,
    ),
    (
        "Ich bin in einem Hotelzimmer aufgewacht und wusste nicht, wo ich war. Dann bin ich "
        "wirklich aufgewacht.",
        "de",
        {CO},
        NO,
    ),
    ("A dog chased me through the park. Then I woke up and was scared of the dark.", "en", NO, NO),
]


# From dream_emotions_dev9 (dreams told to someone: voice notes, messages, letters), read and
# tuned on.
CASES += [
    ("The clerk said I'd already voted and I got properly narked.", "en", {AN}, NO),
    ("The hallway had no end and I was completely flummoxed.", "en", {CO}, NO),
    ("The numbers kept matching and my heart was going like the clappers.", "en", {AP}, NO),
    ("Every hair on my arms was standing up as the door opened.", "en", {AP}, NO),
    ("I made it across the rope and felt ten feet tall.", "en", {HA}, NO),
    ("I knew he was gone and my heart ached.", "en", {SD}, NO),
    ("Der Chef hat meine Folien geklaut, da ist mir die Hutschnur geplatzt.", "de", {AN}, NO),
    ("Papa hat auf der Bühne gerappt und ich bin fast gestorben vor Fremdscham.", "de", {AP}, NO),
    ("Ich hab mich im Lift so gefürchtet.", "de", {AP}, NO),
    ("Alle waren Dackel, ich hab mich zerkugelt vor Lachen.", "de", {HA}, NO),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
