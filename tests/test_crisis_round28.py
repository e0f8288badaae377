"""Round 28: false alarms that earlier development sets left (crisis_dev32/34), as mechanisms,
each beside the crisis line it must not lose.

* A wish denied as the reason ("not because I want to die", "nicht, weil ich sterben will",
  "not that I want to die"): the negator right before "because", "weil", "that" or "dass" denies
  the phrase that follows (elsewhere "because" after a negator ends the negation's reach: "I
  don't know why I want to die" stays flagged).
* A routine is no date: "going to do it every Thursday", "every Thursday I'll do it" (a day
  after "every", "each", "jeden" ... is no time set for an act).
* Someone by their age is someone else: "our 16-year-old disclosed a suicide attempt",
  "unsere 15-Jährige ... dass sie sich ritzt" (as "our daughter"); "I'm a 16-year-old and I
  tried to kill myself" is the writer's own.

... and what crisis_dev35 (dream-journal entries with a waking part; a development set,
measured blind, then read) showed:

* Caught now: the amount of one's own pills looked up ("google ich, wie viele von meinen
  Schlaftabletten man bräuchte"); a timed mail with the passwords and what is to become of the
  flat; things given away and "wrote the note."; "I have thoughts to hurt me" (a second-language
  "me" for "myself").
* Left alone now: a sleep wish with its end ("not wake up before noon", "bis die Prüfungen vorbei
  sind"); "haven't once wished I wouldn't wake up" (also where the negation is the crisis);
  a stage death ("rehearsals", "offstage", "a prop revolver", "Generalprobe", "die Szene, wo");
  a farewell letter to colleagues (and "Sparkasse" is a bank, not saving up); a dream labelled
  "Traum:" ("... das Seil ist gerissen ..."), while "das ist der Plan für Samstag" after it is
  the writer speaking; "a lad in bed 4 who took an overdose"; "took it to safeguarding" is
  carried, not swallowed; "no thoughts to hurt me"; "in my student time ... now, twenty years
  later, I feel safe and strong".

... and what the retired held-out sets crisis_fresh39/40 (family life; hard, dangerous and
lonely work) showed once read:

* Caught now: "I'd just like to be dead and done with it"; "wish that IED had finished the job";
  things given away with a cover story that is none ("she thinks it's about the divorce. It
  isn't.", "he doesn't know which game"), also to a named person ("gave Danny my boots");
  forearms scratched open "wie früher" (a return, not the past), "and it helped" (the harm
  helped: no recovery).
* Left alone now: "den Strick gedreht", "string me up", "dreht sich im Grab um", "halb tot ins
  Bett", "this job will be the end of me", "lieber fall ich tot vom Dach, als dass ich in Rente
  geh"; a rope for tree work ("abgeseilt"); a will put off for years or made so the heirs won't
  quarrel; "ein Kamerad ... hat sich ein Seil gekauft" (his); "erschieß ich mich, ehrlich 🙈";
  "I don't want to wake up until she's eighteen lol".

... and what crisis_dev36 (grief and loss; the round's judge, measured unread at the start and
after the rest, 114/120 with 25 and 24 false alarms, then read) showed:

* Caught now: "I'm 34 and not planning to get old" ("hab nicht vor, alt zu werden"); "ich will
  zu ihr in dieses kleine Grab"; the dead father's pills "nicht zur Apotheke zurückgebracht, wie
  alle denken, sondern ... zu meinen eigenen dazu"; a shard kept after years free of it, "I want
  to use it so badly"; "the idea of eating my own gun"; "what I didn't say is that I think about
  suicide most days" (not saying it denies nothing).
* Left alone now: a crime novel "in dem eine Witwe einen Abschiedsbrief schreibt", a novel
  named the sentence before ("it's about a widow in Norfolk who plans to ..."); a helpline rung
  "to ask what to do" about someone; a past told by "the winter after" ("in dem Winter
  danach") and over by "Lust auf jeden Sommer".

... and what crisis_dev37 (a dream journal app's regular users, written late in the round,
measured blind, then read) showed:

* Caught now: a compass stuck into the leg under the desk; "I'd swap this life for that pew";
  "dieses Durchspielen, wie und wo"; the business handed over for nothing and a cover story that
  is none ("Er denkt, ich gehe zurück nach Italien. Ich gehe nicht nach Italien."); "I've
  settled on how I'll kill myself, and the dream felt like a rehearsal for it" (a rehearsal in a
  simile is no stage).
* Left alone now: "the answer, like every week, was no"; "mir was antun, das steht nicht zur
  Debatte"; "bis übermorgen nicht mehr aufstehen"; "Traum in zwei Akten." opening a dream; "als
  ich war 17, nach dem Krieg, ... es ist lange vorbei".

... and what crisis_dev38 (written at the very end, measured blind: 117/120 and 16/120 on the
round's starting and final code alike, then read) showed: "I hope there aren't many of them"
(the years left), "can't see any version of the next thirty years I want to be in", "woke up
jealous of the me in the box"; a sleep wish whose end stands before it ("bis Sonntag nicht mehr
aufwachen") or is a number word ("nobody wake me before three"); "his shaving bag" is no shave.
(The first two still reach the classifier, a gentle false alarm: only the rules leave them.)
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis, assess_with

FLAGGED = [
    "I don't know why, I want to die.",
    "I don't know why I want to die, I just do.",
    "Thursday. I'll do it on Thursday when he's at work.",
    "I'm going to do it on Sunday when everyone is at church.",
    "I'm a 16-year-old and I tried to kill myself last week.",
    "Ich bin 15 und hab mich gestern wieder geritzt.",
    "Ich will sterben, nicht weil es mir schlecht geht, sondern weil ich nicht mehr kann.",
    "Googled how many of my tablets it would take, then shut the laptop.",
    "Zwischendurch google ich, wie viele von meinen Schlaftabletten man bräuchte.",
    "Mail an meinen Bruder mit allen Passwörtern und dem, was mit meiner Wohnung passieren soll, "
    "zeitversetzt auf Sonntag gestellt.",
    "Gave most of my records to the neighbour's boy and wrote the note. It's under the lamp.",
    "Sometimes I have thoughts to hurt me when the night is long.",
    "Not once this year, but today I wished I wouldn't wake up.",
    "I want to sleep and never wake up.",
    "Ich will nur noch schlafen und nie wieder aufwachen, bis in alle Ewigkeit.",
    "Back then I wanted to die. I feel safe nowhere, and I want to die again.",
    "Nothing left on this farm, and mostly I'd just like to be dead and done with it.",
    "Wish that roadside bomb had finished the job back then.",
    "Bought the plot next to his today. I'm 41 and not planning to get old.",
    "Ich hab die Stelle daneben dazugekauft. Ich hab nicht vor, alt zu werden.",
    "Alle sagen, wir sind noch jung. Ich will nicht jung sein, ich will zu ihm in dieses Grab.",
    "Mamas Schlaftabletten hab ich nicht zur Apotheke zurückgebracht, wie alle denken, sondern "
    "versteckt, zu meinen eigenen dazu.",
    "Three years free of it. Found a razor in his shaving bag. I want to use it so badly.",
    "Found a razor in his shaving bag and I want to use it so badly.",
    "The neurologist said MS. I can't see any version of the next thirty years I want to be in, "
    "and I hope there aren't many of them.",
    "Dreamt of my own funeral, everyone drinking tea. Woke up jealous of the me in the box.",
    "The idea of eating my own gun has been stuck in my head all week.",
    "What I didn't say at group is that I think about suicide most nights.",
    "Pushed the compass into my thigh under the desk during chemistry, four times.",
    "Dreamt of my own funeral. I'd swap this life for that back row in a heartbeat.",
    "Um fünf wach und wieder dieses Durchspielen, wie und wo, ganz nüchtern.",
    "Heute die Werkstatt an Tomasz übergeben, die Schlüssel, alles. Er denkt, ich gehe zurück "
    "nach Polen. Ich gehe nicht nach Polen.",
    "I've settled on how and when I'll kill myself, and the dream felt like a rehearsal for it.",
    "Gave my brother my watch and the good bike. He thinks it's about the move. It isn't.",
    "Gave Kelly my good boots today, told her I'm getting out of the game. She doesn't know "
    "which game.",
    "Nach dem Termin hab ich mir im Auto die Arme aufgekratzt, bis es geblutet hat, wie früher, "
    "und es hat geholfen.",
    "Ein Seil und einen Karabiner bestellt, kommt an die Packstation, damit keiner das Paket "
    "sieht. Der Haken im Keller hält, hab's getestet.",
]

NOT_FLAGGED = [
    "Went to the GP, not because I want to die but because I cannot sleep.",
    "Ich war beim Arzt, nicht weil ich sterben will, sondern weil ich endlich schlafen möchte.",
    "We're going to do it every Thursday from now on, the whole family at the pool.",
    "Every Thursday I'll do it, the ironing, while the radio plays.",
    "Our 16-year-old disclosed a suicide attempt last spring, we are all in family therapy now.",
    "Unsere 15-jährige hat uns gestern gesagt, dass sie sich ritzt.",
    "So tired after the late shift, I only want to sleep and not wake up before noon.",
    "Will nur noch schlafen, bis die Prüfungen vorbei sind.",
    "I haven't once wished I wouldn't wake up this winter, tired as I am.",
    "Rehearsals all week: I shoot myself offstage with a prop revolver every night.",
    "Theatergruppe, Generalprobe: die Szene, wo der Tod kommt und mich holt.",
    "Abschiedsbrief an die Kolleginnen geschrieben, nach 30 Jahren bei der Sparkasse ist Schluss.",
    "Traum: der Aufzug, das Seil ist gerissen und wir sind gefallen, ganz langsam. Aufgewacht "
    "um sechs.",
    "Tonight there's a lad in bed 4 who took an overdose, I'm on his obs.",
    "I have no thoughts to hurt me, only homesick.",
    "In my student time I wanted to die. Now, twenty years later, I feel safe and strong.",
    "Googled how many ibuprofen I can take for a headache.",
    "My ex has thoughts of hurting me, the police know.",
    "Gave my books to the charity shop and wrote my essay.",
    "Hab mir mit dem neuen Vertrag selber den Strick gedreht, die Kollegen lynchen mich.",
    "The members are going to string me up over this overtime deal.",
    "Opa würde sich im Grab umdrehen, wenn er den Hof so sähe. Halb tot ins Bett gefallen.",
    "This job will be the end of me one of these days, ha.",
    "Lieber fall ich tot vom Gerüst, als dass ich in Rente geh.",
    "Baumpflege am Friedhof, der Kletterer ist mit Seil hoch und ich hab die Äste abgeseilt.",
    "Made my will after putting it off for twenty years. Pie at the café after.",
    "Ein Kamerad aus meinem alten Zug hat sich ein Seil gekauft und sagt nicht wofür.",
    "Wenn der Kleine noch einmal Warum fragt, erschieß ich mich, ehrlich 🙈",
    "Going to bed at eight and I don't want to wake up until she's eighteen lol",
    "I would love to dye my hair blue before the wedding.",
    "I wish the bus had taken me all the way to the door.",
    "Lesekreis: ein Krimi, in dem eine Witwe einen Abschiedsbrief schreibt und Tabletten nimmt.",
    "Worked on the novel all morning. It's about a widow in Norfolk who plans to walk into the "
    "sea.",
    "I rang the Samaritans myself tonight to ask what to do about Dad.",
    "The nurse asked if I'd had thoughts of ending my life, and the answer, as always, was no.",
    "Jahrestag heute. Aber mir was antun, das steht nicht zur Debatte.",
    "Nach der Nachtschicht will ich nur ins Bett und bis übermorgen nicht mehr aufstehen.",
    "Traum in zwei Akten. Erst zählte ich Tabletten in Dosen, dann hing ein Strick von einem "
    "Baum. Aufgewacht um vier.",
    "Dress rehearsal tonight: I die in act three, stabbed by my brother.",
    "Dass ich Johannes' Grab für zwanzig Jahre im Voraus bezahlt habe, hat die Frau gewundert.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round_28_crisis_lines_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round_28_look_alikes_are_left_alone(text: str) -> None:
    assert not assess_crisis(text).flagged, text


RULES_LEAVE_ALONE = [
    "Nach der Inventur will ich nur noch ins Bett und bis Sonntag nicht mehr aufwachen.",
    "Night shift done, blackout blinds, earplugs. Please nobody wake me before three.",
]


@pytest.mark.parametrize("text", RULES_LEAVE_ALONE)
def test_round_28_rules_leave_a_rest_with_its_end_alone(text: str) -> None:
    assert not assess_with(text, None).flagged, text
