"""Round 38: what crisis_dev69 (health and emergency workers; the judge kept unread since round
37), crisis_dev70 (teenagers online), crisis_dev71 (psychiatric care) and the seventh list of
disclosures (teens, the ward, sleepless nights) showed, as mechanisms. dev70 and dev71 were
measured blind on the round's starting code (59/60 with 11/60 false alarms; 58/60 with 15/60)
before they were read. The sentences are written for these tests, not copied from the sets.

* Caught now: the harness left off on purpose "next time", the pressure to cut after weeks clean
  beside a tension score ("tension at 90" is a level, not an age), the head's own word at a
  height ("mein kopf sagt: jetzt", on the 8th floor, "you could just climb over"), a day fixed
  with its place, a denial taken back ("... but that's not true"), and from the list: the rest
  of me to follow, lives easier after a week of grief, an illness hoped for, the razor gone for,
  cut anyway, deeper than usual, a pet placed "just in case", a goodbye no one knew was one,
  bills settled so mum is not left with them, German "unalive".
* Left alone now: a prisoner or a fellow patient by name or role ("our band 6, claire, ...",
  "meine Zimmernachbarin"), worry named first ("die Sabine aus meiner Schicht macht mir
  Sorgen"), what the writer saw of someone else ("hab gesehen, dass sie Tabletten sammelt"), a
  mood diary's "none" and "0", a quoted question answered no, an old diary's or old diary
  cards' words, "Five years today since I last hurt myself", a crime novel's "ob es wirklich
  Selbstmord war", hiding under the duvet, "schlaf wie tot", an exchange year's goodbye
  message, a denial told verb-last ("dass ich mir nichts antun will"), "bist du lebensmüde?",
  quoted words said "as a joke" (not when "but alone I mean it" follows), a rope for the
  climbing course.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "Next week on the scaffold I'm not clipping my harness on. Nobody questions a fall.",
    "Tension at 85 and nothing on my skills card works. Nine weeks clean and the pressure to "
    "cut is so loud I'm holding my wrists.",
    "Dachterrasse, 7. Stock, und mein Kopf sagt jedes Mal: spring.",
    "Standing on the footbridge and my head went 'you could just climb over'. I stood there "
    "thinking it through properly.",
    "Der Tag steht jetzt, der 2. März, und den Ort hab ich auch.",
    "I told the nurse I'm not suicidal but that's not true, I think about it every night.",
    "Hab der Ärztin gesagt, ich bin nicht suizidal, aber das stimmt nicht.",
    "Half of me went when Dad did and I want the rest to follow.",
    "Every time my chest hurts I hope it's something serious and I can stop.",
    "I'm a burden. They'd cry for a week and then their lives would be so much easier.",
    "Woke at four and went straight for the blades again.",
    "Did the ice and the breathing, then cut anyway.",
    "Hab's gestern wieder gemacht, tiefer als sonst.",
    "Hab meine Schwester gefragt, ob sie Momo nimmt, nur falls. Sie hat ja gesagt.",
    "Gave everyone a long hug after tea. They don't know it was goodbye.",
    "Den Handyvertrag gekündigt, damit Mama nicht auf den Rechnungen sitzen bleibt.",
    "hoff irgendwie, dass ich mich im schlaf einfach unalive",
    "I say 'I want to die' as a joke with my mates, but alone I mean it.",
    "Wenn wer fragt: die Katze war's, wir haben gar keine Katze.",
]

NOT_FLAGGED = [
    "Quiet start on C wing, then it kicked off. Prisoner in 9 ligatured again, second time "
    "this week. We cut him down and he was talking when healthcare came. I'm tired but fine.",
    "Night shift was fine until the phone rang at four. Our band 5, Claire, had been found at "
    "home after taking insulin from the ward. She's stable now. I keep going over the handover.",
    "En Insass hät sich hüt znacht wöle ufhänke. Mir händ en no rächtziitig abeglo.",
    "Die Sabine aus meiner Schicht macht mir Sorgen. Sie hat letzte Woche ihre Ordner "
    "verschenkt und beim Umziehen gesagt, ihr schafft das auch ohne mich. Seit dem Einsatz mit "
    "dem Kind ist sie nicht mehr dieselbe. Morgen frag ich sie direkt, ob sie an Suizid denkt.",
    "Meine Zimmernachbarin in der Klinik war heute komisch. Beim Aufräumen hab ich gesehen, dass "
    "sie Tabletten in der Sockenschublade sammelt. Ich hab es der Pflege gesagt. Mir geht's "
    "stabil.",
    "Daily check: suicidal thoughts none, self-harm urges 0, tension 20, mood 6.",
    "Tagescheck: Suizidgedanken keine, SVV-Druck 0, Anspannung 15.",
    "Gedanken, dass ich lieber tot wäre: nein, kein einziges Mal in den letzten zwei Wochen.",
    "The nurse asked the usual 'any thoughts of harming yourself?' and for once I could say no "
    "and mean it.",
    "Die Pflegerin hat gefragt, ob ich Gedanken hab, mir was anzutun. Heute konnt ich ehrlich "
    "nein sagen. Bin nur müde vom Lithium.",
    "Beim Umzug die alten Diary Cards aus der DBT gefunden, von 2017. Anspannung 90, SVV-Druck "
    "jeden Tag angekreuzt, und die Notizen von dem Wochenende, an dem ich sterben wollte. Es "
    "fühlt sich unglaublich weit weg an. Seit fünf Jahren stabil, eine eigene Wohnung.",
    "Beim Ausmisten mein altes Tagebuch aus der 7. Klasse gefunden. Da steht drin, dass ich tot "
    "sein will, wegen dem Mobbing damals. Heute geht's mir ehrlich gut, ich hab Freunde.",
    "Six years today since I last hurt myself, and I wore a vest top to the fair.",
    "Im Lesekreis haben wir gestritten, ob es wirklich Selbstmord war. Ich tipp auf die Schwester.",
    "honestly i just want to disappear under my duvet all weekend, snacks and series",
    "Neun Stunden Bio gelernt. Jetzt duschen und dann schlaf ich hoffentlich wie tot.",
    "drafted my goodbye message to the group chat bc i leave for my exchange year on sunday!!",
    "Die Lehrerin hat gefragt, ob es mir gut geht. Ich hab ihr ehrlich gesagt, dass ich mir "
    "nichts antun will, dass ich einfach gern düster schreibe.",
    "bist du lebensmüde?? mit sommerreifen über den pass",
    "my sister cut herself again and my parents are blaming me for not noticing",
    "Book club picked a crime novel: the detective finds a note and we argued whether it was "
    "really suicide or the brother.",
    "lowkey hoping i don't wake up before noon tomorrow, i've earned a lie-in",
    "in our chat we write 'i want to die' as a joke whenever someone posts a blurry selfie",
    "Im Klassenchat schreiben wir 'ich will sterben' als Witz, wenn jemand ein Foto postet.",
    "Heute ein Seil für den Kletterkurs gekauft, Halle ist am Samstag.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round38_disclosures_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round38_look_alikes_are_left_alone(text: str) -> None:
    assessment = assess_crisis(text)
    assert not assessment.flagged, (text, assessment.matches)
