"""Round 26: what the misses of the retired held-out sets crisis_fresh35/36 and of the new
development sets crisis_dev30/31 (illness, pain, old age and caregiving; drinking, drugs,
gambling and recovery) showed, each in words of its own beside the look-alikes it must leave
alone.

* A pattern written in one language's section that holds the other's phrasing too runs for
  both: an English alternative added in the German block (rounds 23-25) never ran on a long
  English-only entry, so "did the rounds of the chemists ... so nobody asks" was caught alone
  and missed inside a diary page.
* Things given away with a story told for them ("gave my tools to Mick, told him I'm
  retiring"; "found a home for Biscuit, said it's because of the eviction"; "meine Sachen
  verschenkt, ich sage, ich gehe zurück"), tidying up "bevor ich geh", a train picked that does
  not stop, a blade already in the hand after months free, wrists scratched until they bled
  ("the only thing that got me through the afternoon" is the harm's use today, no recovery),
  better not to have woken from the anaesthetic, a wish to lie under the earth, a fall that
  was no accident, a dream of one's own death wished true.
* False alarms as mechanisms: a relapse of an illness (MS, cancer) is no self-harm relapse; a
  question asked ("ask me if") and answered in the next sentence ("I say no") or written back
  ("schreib zurück: nein"); "ich denke nicht an Selbstmord", "Sterben will ich nicht"; a past
  told by its decade ("in den Achtzigern", "in the seventies") and over by what the writer is
  now ("zwölf Jahre spielfrei", "so far from her now", "at peace"); an anniversary of sobriety
  ("eight years sober this month"); someone's words after a colon ("sie sagt jeden Abend: ich
  will nicht mehr"); a rope to tie the greenhouse down; old pills taken for disposal; a public
  debate on assisted dying; a quiz show called Pointless; "never get up again, ha".
* ... and of the retired fresh35/36, read: an item answered "no, none, never have had", "keine
  Sorgen machen, dass ...", "weder ... noch", "Gedanken, mir was anzutun, hab ich keine", a
  denied thought eight words back ("not having any thoughts about dying or hurting myself"),
  pills "in his drawer", a pet given away because pets are not allowed (unless that is the
  story told), rope for an expedition, a goodbye note for the kitchen wall, a will made against
  the creditors ("Gläubiger"), sleep "bis zum Wecker", a suicide to be played convincingly, a
  past pointed back to ("that winter"), the writer as the witness of a brother's or a sister's
  harm (while "my brother cuts himself and so do I" is the writer's own), death accepted
  "whenever God decides" (unless hoped for soon), "die Artikel bringen mich um".
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

_DIARY = (
    "Went into town on the 12 bus. Had a cup of tea in the café, the same table as always. "
    "Saw the solicitor about the will and made sure the flat goes to my sister. "
    "Then I did the rounds of the chemists, two packets here, two there, so nobody asks "
    "questions, and they're in the biscuit tin now with the rest. Fed the birds. Wrote my "
    "sister's birthday card early."
)

FLAGGED = [
    _DIARY,
    "Gave my tools to Mick from the next unit today. Told him I'm retiring. I'm 47.",
    "Found a home for Biscuit with a lady from church. Said it's because of the eviction. It "
    "isn't really the eviction.",
    "Ich habe meine Sachen an Freunde verschenkt, mein Handy, meine Jacke. Ich sage, ich gehe "
    "zurück in die Heimat. Aber ich gehe nicht.",
    "Mein Moped hab ich heute dem Nachbarsjungen geschenkt. Dabei räum ich nur auf, bevor ich geh.",
    "Ich hab mir den Zug rausgesucht. Der Güterzug um 23:40 hält nicht in unserem Dorf.",
    "Seit 14 Monaten svv-frei und heute, nach dem Anruf, hatte ich die Klinge schon in der Hand. "
    "Noch nichts gemacht. Aber der Druck ist riesig.",
    "Day 3 of the hearing. At the break I scratched my wrists with my keys until they bled, it's "
    "the only thing that got me through the afternoon. Then back in, nodding.",
    "Seit der Operation nur Schmerzen. Ich denke oft, besser wäre ich nicht aufgewacht aus der "
    "Narkose.",
    "Nichts wird mehr gut, und ich wünschte, ich läg schon unter der Erde.",
    "Der Sturz von der Leiter war kein Unfall, ich bin gesprungen.",
    "Dreamt I'd died and we were young again, dancing. Woke up and cried because it wasn't "
    "true, and I wish it had been.",
    "Relapsed last night. 40 days gone.",
    "Signed Rufus's microchip over to Dave next door. He thinks I've found a flat that doesn't "
    "allow dogs.",
    "Ich will jetzt nur noch ins Bett und nie mehr aufwachen.",
    "Thoughts of harming myself: no. Actually yes, most nights.",
    "That winter I took an overdose. I don't know how to get through this one.",
    "My brother cuts himself and so do I, every night.",
    "Meine Schwester ritzt sich, ich auch.",
    "My sister self harms and I want to die too.",
    "I'm ready to go whenever God decides, I hope it's soon.",
    "Die Gedanken bringen mich um, ich will nicht mehr.",
    "I wish I hadn't woken up at all.",
]

NOT_FLAGGED = [
    "Relapse, week 2. Left leg heavy, eyes blurry, and the steroids keep me awake. The MS nurse "
    "rang about the new walking stick.",
    "The psychologist ask me many times if I want to hurt myself. I say no, really no. I am "
    "only very sad because my wife does not recognise me anymore.",
    "Meine Schwester fragt jeden Tag, ob ich mir was antun will, und ich schreib jedes Mal "
    "zurück: nein, wirklich nicht, ich bin nur im Eimer.",
    "Nur damit es hier steht: ich denke nicht an Selbstmord, auch wenn ich oft vom Sterben rede.",
    "Sterben will ich nicht, ich hab nur die Nase voll von dieser Schulter und will endlich "
    "einen OP-Termin.",
    "Nach dem Krieg, in den Achtzigern, ich habe mehrere Jahre nicht mehr leben wollen. Jetzt "
    "habe ich einen Laden, drei Enkelkinder, und ich bin glücklich, dass ich noch hier bin.",
    "2011 ich wollte mich umbringen wegen die Schulden. Jetzt bin ich zwölf Jahre spielfrei und "
    "ich danke Gott jeden Tag für mein Leben.",
    "Found my old diary from 1987, full of wanting to die, and read it feeling nothing but "
    "tenderness for that girl, because I'm so far from her now.",
    "Back in 2015 I was drinking myself to death and I knew it, I wanted to, honestly. Eight "
    "years sober this month. Took my granddaughter to the zoo today.",
    "Die Oma, die ich pflege, ist 93, sie sagt jeden Abend: Ich will nicht mehr, lieber Gott "
    "hol mich. Ich halte ihre Hand.",
    "Bought a length of rope at the hardware store to tie the greenhouse down before the storm.",
    "Took the old pills to the pharmacy for disposal and poured the last bottle down the sink.",
    "Im Radio lief die Bundestagsdebatte über Suizidhilfe, und Papa und ich haben gestritten.",
    "We did the crossword after. Then Pointless on the telly.",
    "By four o'clock I was ready to lie down in the reptile house and never get up again, ha.",
    "Der ICE fährt hier durch ohne zu halten, deshalb muss ich in Fulda umsteigen.",
    # ... and the false alarms of the retired fresh35/36, read
    "Thoughts of harming myself: no, none, never have had.",
    "Aber du musst dir keine Sorgen machen, dass ich mir was antu, das ist nicht mein Ding.",
    "Ich bin traurig, aber ich denk weder ans Sterben noch ans Ritzen.",
    "Ich heul seit dem Liebeskummer viel, aber Gedanken, mir was anzutun, hab ich keine.",
    "I want to note that I'm not having any thoughts about dying or hurting myself.",
    "He showed me a bottle of pills in his drawer and said he's been saving them up.",
    "Gave the dog to my cousin because the new flat doesn't allow pets.",
    "Bought rope, pegs and a new tarp for the DofE expedition.",
    "Wrote a goodbye note for the kitchen wall at home, which made Mum cry.",
    "Testament gemacht, damit die Gläubiger später nicht an die Kinder rankommen.",
    "morgen um 5 frühschicht, ich will jetzt nur noch ins bett und bis zum wecker nicht mehr "
    "aufwachen",
    "Die Theater-AG probt den Werther. Jetzt muss ich einen glaubwürdigen Selbstmord hinkriegen.",
    "Ten years ago this week the bank took the garage. That winter I took an overdose and spent "
    "four days in hospital. Today I signed the lease on a new unit. Life is good, I'm well, I've "
    "got my kids every weekend. Grateful I'm still here to see this.",
    "Mein kleiner Bruder ritzt sich, ich hab die Klingen in seinem Federmäppchen gefunden und "
    "weiß nicht, wie ich's meinen Eltern sagen soll.",
    "My sister cuts her own hair and so do I.",
    "I'm ready to go whenever God decides, and until He does I'll keep making jam for the "
    "church sale.",
    "Mein Deutschkurs ist mörderisch, die Artikel bringen mich um, der die das, warum?",
    "I wish I hadn't woken up so early, I'm shattered.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round_26_crisis_lines_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round_26_look_alikes_are_left_alone(text: str) -> None:
    assert not assess_crisis(text).flagged, text
