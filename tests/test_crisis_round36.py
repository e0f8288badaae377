"""Round 36: what crisis_dev63 (older people living alone; the judge kept unread since round 35),
crisis_dev64 (the bereaved) and crisis_dev65 (people of faith and their prayer journals) showed,
as mechanisms. dev64 and dev65 were measured blind on the round's starting code (59/60 with
11/60 false alarms; 59/60 with 12/60) before they were read. The sentences are written for these
tests, not copied from the sets.

* Caught now: an urge with the means at hand after decades clean ("i have not cut myself in
  twelve years, and tonight i sat ... with the bread knife wanting to"), a pet handed on "so
  someone will have him after", a keepsake given "before i go to God", and a prayer's words
  ("ready to meet my maker, the sooner the better", "please call me home", "forgive me if i go
  early", "zu Jesus, nicht erst in dreißig Jahren", "Frieden mit Gott gemacht und die Briefe
  geschrieben"; not "whenever He wants me", "don't call me home yet", a hymn's "when the Lord
  calls me home").
* Left alone now: a doctor's list of questions read out ("did i ever think of hurting myself. i
  told her no"), "ich hab ihm gesagt, nein", "ich konnte ehrlich 'gar nicht' ankreuzen", someone
  in the parish "who took an overdose", what a friend whispered after the carer had gone, one of
  "our young women" cutting again, a childhood wish to die "over eighty years ago" with "a full
  and happy life since", a move into a care home with the pet given to a neighbour (not a dead
  parent's home cleared out: its classifier windows are still read), "part of me died with him",
  a helpline rung to ask how to talk to dad, the death certificate every office wants, "will ich
  wieder die Bohnen setzen", sleeping for a week after the funeral or "bis übermorgen", one's own
  funeral planned at 82 "which is only sensible" or "mit 85 darf man das", a double grave for one
  day, Swiss "es gaht mir sit Jahre guet" after an old episode.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "I haven't cut myself in twelve years, and tonight I sat at the table with the bread knife for "
    "ages wanting to.",
    "Seit der Schulzeit nicht mehr geritzt, und heute Abend lag die Klinge schon neben mir, fast.",
    "Dropped the cat at my neighbour's so someone will have him after.",
    "Gave my mother's wedding ring to my niece so it's safe before I go to God.",
    # a prayer's words (probes written for the faith sets' world)
    "I'm ready to meet my maker, the sooner the better.",
    "Dear God, I can't carry this cross anymore, please call me home.",
    "Maybe God will forgive me if I go early.",
    "I want to be with Jesus now, not in thirty years.",
    "Ich hab meinen Frieden mit Gott gemacht und die Briefe geschrieben.",
    "Vielleicht vergibt mir Gott, wenn ich früher gehe.",
    "Ich will jetzt zu Jesus, nicht erst in dreißig Jahren.",
    # a move names no crisis word for the writer, but the crisis's own words still count
    "Moving into the care home on Friday. Gave the dog away. I want to die before I get there.",
    # a dead parent's home cleared out is no move of the writer's: the classifier still reads it
    "Clearing out Dad's house all weekend with my sister. Driving back I caught myself thinking it "
    "would be fine if a bus came over into my lane, quick, and I'd just be gone too.",
    # a move told as a cover story, or one someone else believes, is no move
    "Mein Nachbar denkt, ich zieh ins Heim. Im Keller steht schon alles, was ich brauche, und "
    "danach ist Ruhe.",
    "Told my sister I'm moving to Leeds. I'm not moving. I just want everything sorted before I go "
    "through with it.",
]

NOT_FLAGGED = [
    "At ninety I'm ready to meet my maker whenever He wants me.",
    "Lord, please don't call me home yet, the grandkids need me.",
    "We sang 'when the Lord calls me home' at Gran's funeral.",
    "I made my peace with God after the divorce and go to mass again.",
    "The nurse went through her checklist, was I sleeping, did I ever think of hurting myself. I "
    "told her no, and I meant it.",
    "Mein Hausarzt hat gefragt, ob ich manchmal nicht mehr leben möchte. Ich hab ihm gesagt, "
    "nein, wirklich nicht.",
    "Die Ärztin hat den Fragebogen mit mir gemacht, auch die Frage, ob ich lieber tot wäre. Ich "
    "konnte ehrlich 'gar nicht' ankreuzen.",
    "At church we prayed for a woman in our street who took an overdose on Sunday.",
    "Visited Margaret at the home. When the carer had left she whispered to me that she keeps her "
    "tablets in a sock and wants to go soon. I rang her son straight away.",
    "The pastor told us that one of our young women has been cutting again.",
    "In 1944 I was nine and wanted to die down in that cellar with the bombs. That was over "
    "eighty years ago. I have had a full and happy life since.",
    "Moving into Birchwood care home on Friday. Gave the budgie to my neighbour since they don't "
    "allow pets. My new room looks over the garden and I can bring my armchair.",
    "Ich ziehe nächsten Monat ins Pflegeheim. Die Katze hat die Nachbarin bekommen, die Bücher die "
    "Enkelin. Das Zimmer schaut auf den Park.",
    "Part of me died with him in that hospice.",
    "Ein Teil von mir ist mit ihr gestorben.",
    "I rang the helpline to ask how I should talk to my dad about it.",
    "Every office wants the death certificate again.",
    "Jeder will die Sterbeurkunde sehen.",
    "Im Mai will ich wieder die Bohnen setzen, wie er immer.",
    "i just want to sleep for a week after the funeral",
    "Ich will nur noch schlafen, am liebsten bis übermorgen.",
    "Planned my funeral with the vicar today, which at 82 is only sensible.",
    "Heute meine Beerdigung mit dem Pfarrer besprochen, mit 85 darf man das.",
    "Das Doppelgrab ist reserviert, damit ich einmal neben meinem Mann liege.",
    "Nach em Tod vo mim Maa 2012 han i Tablette gsammlet. I ha Hilf becho und es gaht mir sit "
    "Jahre würklich guet.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round36_disclosures_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round36_look_alikes_are_left_alone(text: str) -> None:
    assessment = assess_crisis(text)
    assert not assessment.flagged, (text, assessment.matches)
