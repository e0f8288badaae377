"""Round 40: what crisis_dev75 (prison, probation and release; the judge kept unread since round
39), crisis_dev76 (soldiers, veterans and people with weapons at work; measured blind on the
round's starting code, 58/60 with 13/60 false alarms) and crisis_dev77 (students and trainees;
59/60 with 13/60) showed, as mechanisms. The sentences are written for these tests, not copied
from the sets.

* Caught now (and from the ninth list of disclosures): a wish to come home "in a box" or "in a
  bag", a weapon turned on oneself, doing it oneself before an illness takes over, steering into
  a pillar, stones in the pockets, "for whoever finds me", meds kept in the cheek, "I need the
  pain", all the morphine, an urge "screaming" after a clean streak, hoping not to wake from the
  operation; a past episode the writer "told everyone was behind me" and that is back tonight
  ("ich hab allen gesagt, dass das vorbei ist"), letters and passwords left in a locker "in
  meinem Spind", a Swiss attempt on the tracks ("uf d Gleis gstande ... het mi zruggzoge").
* Left alone now: "I'll top myself lol", suicide-prevention training and its module, the warning
  signs gone through in a course, a helpline's number left "anyway" after a plain no, "my Danny
  cut himself in his cell", what "he said" after a few beers, a pad mate giving his things away
  (to me), what stood in his last letter, a Swiss cellmate's cuts ("mis Gspänli"), "In der U-Haft
  davor" told as over, "immer wieder" back then, "not suicidal. not even close", a rifle handed
  in at the armoury, a goodbye in the group chat before a move, "enough for three weeks", the
  new apprentice's fresh cuts, "nichts von dem Gefühl ist zurück", "but I'm not that person
  anymore", "the wanting-to-die part is completely gone", "Schluss mit Nachtschichten", a
  director's wish on a student stage ("die Regie will, dass ich im Sterben singe"), a dream of
  not waking up, a dream that names itself twice before its waking line, "not wishing I was dead
  or anything", "no voice saying end it", medicine "as prescribed", an advance directive, and a
  worry about someone followed by what she does ("sorgen um Lena, sie ritzt sich").
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "Last spring I wanted to die, and I told everyone that was behind me. Tonight the same "
    "weight is back on my chest.",
    "Letzten Winter wollte ich sterben, und ich hab allen gesagt, dass das vorbei ist. Heute "
    "Nacht ist es genau dasselbe Gewicht auf der Brust.",
    "Noch sechs Tage auf See. In meinem Spind liegen jetzt zwei Briefe, einer für meine Frau und "
    "einer für den Kleinen, und ein Zettel mit allen Passwörtern.",
    "Bi am Fritig znacht hinder em Bahnhof uf d Gleis gstande. En Maa het mi zruggzoge.",
    # from the ninth list (written for these tests): a soldier's wish to come home dead, the
    # weapon turned on oneself, steering into a pillar, stones in the pockets, for whoever finds
    # me, pills kept in the cheek, the pain needed, all the morphine, the urge screaming after a
    # clean streak, the operation one hopes not to wake from
    "Six years out of the army and some days I still wish I'd come home in a box.",
    "Tour starts in May and honestly I'd be fine with coming back in a bag.",
    "Beim Waffenreinigen hab ich dran gedacht, sie gegen mich zu richten.",
    "MS mit 39. Ich denk dran, es selbst zu erledigen, bevor ich nicht mehr gehen kann.",
    "Nach der Prüfung wollte ich auf der Autobahn in den Brückenpfeiler lenken.",
    "Am Sonntag mit Steinen in den Manteltaschen in den See. Bin wieder raus, es war zu kalt.",
    "Hab den Ausweis in einen Umschlag gelegt, für den, der mich findet.",
    "Been cheeking my meds at the evening round for a week now.",
    "Hit the wall of the shed till my knuckles split. I need the pain.",
    "Took all the oxycodone last night. Woke up sick and still here.",
    "Clean since March but the urge is screaming at me tonight.",
    "Am Dienstag ist die OP, und irgendwie hoff ich, ich wach nicht mehr auf.",
    # guards: what stays a crisis beside the new frames
    "I'm going to top myself this weekend.",
    "The nurse gave me the Samaritans number. I rang it at 3am because I wanted to die.",
    "Handed my rifle in at the armoury. I'm going to hang myself this weekend.",
    "Wrote goodbye letters to my kids.",
    "Schluss mit allem, endgültig.",
]

NOT_FLAGGED = [
    "If they put that cabbage soup on the menu again I'll top myself lol",
    "Suicide-prevention training at work today, two hours of role play. The trainer was great.",
    "Today I took the new recruits through the suicide-prevention module and told them my story. "
    "That night in 2012 is far behind me; I'm married, two kids, and glad I'm here.",
    "Fortbildung heute. Die Referentin hat die Warnzeichen durchgenommen: Rückzug, Sachen "
    "verschenken, Abschiedsnachrichten. Gut gemacht.",
    "The nurse asked if I'd had any thoughts of ending my life and I said no and meant it. She "
    "gave me the crisis line number anyway.",
    "Got a letter from the prison this morning. My Danny cut himself badly on Sunday and he's on "
    "constant watch now. He told the officer he wants to die. I've been crying all day.",
    "Quiet on the landing tonight. My pad mate's been handing out his stuff all week, his kettle "
    "to Mo, his books to me, and tonight he asked me to give his girlfriend a card 'after'. I hit "
    "the cell bell and told the officer and they've put him on obs. He won't talk to me now.",
    "Schreib dem Marco jede Woche. In seinem letzten Brief stand, dass er Tabletten hortet und "
    "nicht mehr weiter weiss. Ich hab gleich bei der JVA angerufen, sie passen jetzt auf ihn auf. "
    "Seitdem schlaf ich schlecht.",
    "Mis Gspänli het sich geschter d Arme ufgschnitte. Das macht mi fertig.",
    "In der U-Haft davor hab ich mich oft geritzt. Das ist zwölf Jahre her, heute geht's mir gut "
    "und ich leite eine Gruppe.",
    "Vor füfzäh Johr hani mi immer wieder gschnitte. Das isch lang verbi, hüt gaht's mir guet.",
    "Not suicidal. Not even close, before my probation officer reads this and worries. I'm gutted "
    "about the job, that's all. Went for a walk and rang my brother.",
    "Handed my pistol in at the armoury before leave, same as every year. Two weeks of fishing.",
    "Sturmgwehr nach em WK wieder im Schrank, Verschluss separat versorgt. Jetzt Ferie.",
    "Last night in halls. Wrote a long goodbye in the corridor group chat and cried a bit. Flight "
    "to Lisbon for the internship is at seven.",
    "In die WG-Gruppe hab ich eine lange Abschiedsnachricht geschrieben, weil ich nach Wien ziehe.",
    "Counted out my tablets for the trip home, enough for three weeks. Flight's on Friday.",
    "The new apprentice came in with fresh cuts on his forearms again. I told the head chef.",
    "Vor sechs Jahren hab ich versucht, mich umzubringen. Heute studier ich, hab Freunde und bin "
    "dankbar, dass ich noch da bin. Nichts von dem Gefühl damals ist zurück.",
    "Four years ago I took a handful of pills in my room. It's exam season again, but I'm not "
    "that person anymore. Therapy, a new course, friends. I'm grateful I'm still here.",
    "Back in 2015 I overdosed in the car park at work. Nine years on, a new job and a lot of "
    "therapy later, the wanting-to-die part is completely gone, and I'm grateful every morning.",
    "Die Kündigung ist raus. Ich hör auf, endgültig, Schluss mit Nachtschichten.",
    "Unitheater: ich spiel die Julia, und die Regie will, dass ich im Sterben noch flüstere.",
    "Heute Nacht geträumt, dass ich nicht mehr aufwache und alle um mein Bett stehen. Dann war es "
    "der Schulhof und meine Oma hat gewunken. Im Traum hab ich gelacht. Aufgewacht, Wecker, ganz "
    "normaler Montag, mir geht's gut.",
    "No job offers again. Not wishing I was dead or anything, just gutted. Trying again Monday.",
    "The nightmares are louder since the diagnosis, but there's no voice saying end it.",
    "Seit der Diagnose schlaf ich schlecht, aber nix in mir sagt, mach Schluss.",
    "Took the morphine as prescribed on Sunday and felt sick all Monday. Nurse changed the dose.",
    "Wrote in my advance directive: no tubes, no resuscitation, let me die if there's no hope of "
    "recovery. Filed it and went to the allotment.",
    "In die Patientenverfügung geschrieben, dass sie mich sterben lassen sollen, wenn nichts "
    "mehr hilft. Abgeheftet.",
    "Mach mir echt Sorgen um Lena, sie ritzt sich wieder und sagt es keinem ausser mir.",
    "Strange dream. I was back on guard, but it was my gran's kitchen and the enemy were "
    "pigeons. I got shot in the arm and it didn't hurt. Everyone died in that dream, even the "
    "pigeons. Woke up laughing and told the wife.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round40_disclosures_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round40_look_alikes_are_left_alone(text: str) -> None:
    assessment = assess_crisis(text)
    assert not assessment.flagged, (text, assessment.matches)
