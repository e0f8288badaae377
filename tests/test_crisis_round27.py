"""Round 27: what the new development sets crisis_dev32/33 (family life; hard, dangerous and
lonely work) showed once read, each in words of its own beside the look-alikes it must leave
alone.

* Crisis phrasings now caught: a fall told to everyone that was none ("I say to everybody I
  fall. I did not fall."); a rifle turned on oneself, also by its calibre (".308 around on
  myself"); letting the ground have one; a rope looked at for "was man damit noch machen
  kann"; an attempt two weeks ago told beside a colleague's "alles gut" (a cut said as
  "Pulsadern aufgeschnitten" or "geritzt" is a crisis word that a recent time reopens).
* False alarms as mechanisms: a past told by a year written "'06" or "in '97" or by "spent
  years", over by "ein gutes Leben", "a good life", "life's good", "grateful I stayed", "been
  well for a long, long time", "es mir seit so vielen Jahren gut geht"; a word of recovery is
  no crisis word that lets "this morning" reopen the past; "you can come back" told to a
  daughter is no return; "honest answer is no" in the sentence after the question; "I'd rather
  die than retire"; "wenn mich noch eine Person fragt ..., spring ich aus dem Fenster"; pills
  someone else ("her") was saving.
* ... and of the retired crisis_fresh37/38 (illness and old age; drinking and recovery), read:
  the guts to go through with it, pulled off the tracks ("hat mich runtergezogen"), "wo ich
  hingehe, brauche ich nix", a balcony "und danach endlich Ruhe", things given away that left
  the receivers puzzled, a will needed "before Christmas", rat poison drunk on purpose (an
  "I drink" of a second-language writer), a blade fetched after years free (a word of recovery
  that holds the crisis word keeps it); and as false alarms: a drinking relapse beside a
  denied death ("I don't want to die"; German "die" is an article, not the verb), "ehrlich
  gesagt: nein", "Nein gesagt, und es hat gestimmt", "seitdem stabil", "früheren
  Suizidversuchen", a radio play "about a fisherman who ...", a toy pistol in a rehearsal,
  "watched Pointless", "the lads want to know the worst bit", a fragment after a sentence of
  the past read with its neighbourhood; "today" holds no German "Tod".
* ... and of crisis_dev34 (people far from home), written last, measured unread at the start
  and the end of the round (117/120, 21/120 both times) and then read: a rope to be used, hair
  torn out in tufts; and as false alarms someone's fear or belief answered no in the next
  sentence ("Mein Betreuer hat Angst, dass ich mir was antue. Tu ich nicht.", "People think
  ... that I want to die. No."), "keine dunklen Gedanken mehr" and "heute habe ich eine
  Ausbildung", a story one wrote about a fisherman who walks into the sea, "freeze to death"
  in a northern winter.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "Last week I go in the water from the pier in the night. A man from the other boat pull me "
    "out. I say to everybody I fall. I did not fall.",
    "I told them I fell off the ladder. I did not fall.",
    "Sat in the stand from first light, no deer, and spent two hours thinking about turning the "
    ".308 around on myself instead.",
    "Spent the evening thinking about turning the rifle on myself.",
    "Wife two years gone. Some days I'd as soon lie down in the back paddock and let the ground "
    "have me.",
    "Im Maschinenschuppen hängt der Kälberstrick, und ich hab heute ne halbe Stunde davor "
    "gestanden und dran gedacht, was man damit noch machen kann.",
    "Erste Schicht nach zwei Wochen krank. Ich war nicht krank, ich hab mir vor zwei Wochen die "
    "Pulsadern aufgeschnitten und meine Mitbewohnerin kam früher heim. Erster Einsatz war ein "
    "Sturz in der Badewanne, älterer Herr, alles gut.",
    "Sieben Monate clean und dann an Silvester wieder geritzt, mit der Scherbe vom Sektglas.",
    "I'd rather die than live like this another year.",
    "Woke at 3 with the nerve pain, lay there working out whether I'd have the guts to go "
    "through with it this time.",
    "Bin am Mittwoch mit dem Rollator auf die Gleise am Haltepunkt gegangen. Ein Schüler hat mich "
    "runtergezogen, bevor die S-Bahn kam.",
    "Ich habe die Therapieplatz abgesagt und meine Werkzeug an Kollegen gegeben. Wo ich hingehe, "
    "brauche ich nix.",
    "Seit Tagen läuft im Kopf derselbe Film: ich, der Balkon im neunten Stock, und danach endlich "
    "Ruhe.",
    "gave my guitar to my nephew today and my watch to Dev. they both looked confused, fine",
    "Updated my will on my lunch break. She wouldn't have smiled like that if she knew I'd be "
    "needing it before Christmas.",
    "Ten days ago I drink the rat poison from the farm shed, on purpose.",
    "Seit sieben Jahren ritz ich nicht mehr, und heute nach dem Gespräch mit dem Onkologen ist "
    "der Druck wieder so stark, dass ich die Rasierklingen vom Opa aus der Schublade geholt hab.",
    "Sie hat gefragt, ob ich manchmal daran denke, mir das Leben zu nehmen. Ehrlich gesagt: ja, "
    "fast jeden Abend.",
    "The night the season ends and everyone gets on the bus home, I'll use the rope from the "
    "tomato greenhouse.",
    "ich reiß mir die haare raus, büschelweise, immer wenn die anderen im zimmer mit ihren "
    "familien telefonieren.",
    "Mein Betreuer hat Angst, dass ich mir was antue, weil ich so still bin. Er hat recht.",
]

NOT_FLAGGED = [
    "I nearly slipped on the ice but I did not fall.",
    "Cleaned the rifle and sighted it in at 200 before the season opens.",
    "We let the ground rest a year before we plant it again.",
    "Im Stall hängt der Kälberstrick, und ich hab dran gedacht, dass wir noch einen zweiten "
    "brauchen.",
    "Von meinem Suizidversuch in der Ausbildung, 1994, hab ich heute zum ersten Mal einer "
    "Kollegin erzählt, weil es mir seit so vielen Jahren gut geht, dass ich drüber reden kann.",
    "Ich hab dort erzählt, dass ich 2006 selber ganz unten war und mich vor die Bahn werfen "
    "wollte, und dass ich heute, fast zwanzig Jahre später, ein gutes Leben hab.",
    "In the drought of '06 I wanted to be dead. Looking at green paddocks this morning I'm "
    "grateful I stayed, life's good.",
    "After the explosion I spent years wanting to die, drank, tried to hang myself in '97, and my "
    "brother found me in time. That was nearly thirty years ago. I've been well for a long, "
    "long time and I'm content, honestly.",
    "When I was a student in Lagos, a long time ago, I tried to kill myself with tablets. Now I "
    "am fifty, I have four children and a good job in the hospital. I am well and I am thankful "
    "every day. I told my daughter this story so she knows you can come back.",
    "Chaplain asked me straight out if I'd thought about killing myself since the fire. Honest "
    "answer is no, not once. I'm grieving and it's heavy, but I want to be here for it.",
    "Told him I'd rather die than retire and sit in a recliner watching Bargain Hunt.",
    "Wenn mich noch eine Person fragt, ob es bald so weit ist, spring ich aus dem Fenster, "
    "ehrlich.",
    "Call at 0200, F 34, neighbour says she had been saving her pills for weeks. Transport, "
    "handover.",
    "I finally had the guts to tell my sister about the diagnosis.",
    "Gave my guitar to my nephew, he starts lessons next week.",
    "Relapsed after five months, Friday night at my cousin's engagement. Six pints and the "
    "Jägerbombs. My sponsor asked me straight if I was having any thoughts of ending it. "
    "Honestly, no. I don't want to die, I want to start again on Monday.",
    "Rückfall gestern auf dem Schützenfest, nach sieben Monaten. Drei Bier, dann Korn. Meine "
    "Patin hat gefragt, ob ich Gedanken hab, mir was anzutun. Hab ich nicht. Lebensmüde bin ich "
    "nicht, nur enttäuscht von mir.",
    "Heute Termin bei der Psychoonkologin. Sie hat gefragt, ob ich manchmal daran denke, mir das "
    "Leben zu nehmen. Ehrlich gesagt: nein, nicht ein einziges Mal.",
    "Meine Therapeutin hat heute wieder die Suizidfrage gestellt, Standard bei ihr. Ich hab Nein "
    "gesagt, und es hat gestimmt.",
    "Im Aufnahmebogen für die Reha stand die Frage nach früheren Suizidversuchen. Ich hab „ja, "
    "1987“ angekreuzt und dazugeschrieben: lange her, seitdem stabil, keine Gedanken in diese "
    "Richtung.",
    "The afternoon play on Radio 4 was about a fisherman who walks into the sea after his wife "
    "dies. Beautifully done.",
    "Theater-AG in der Suchtklinik, wir proben den Werther. Am Ende muss ich mich mit einer "
    "Spielzeugpistole erschießen und dann fünf Minuten auf dem Boden liegen.",
    "Made a cheese toastie and watched Pointless. Not a bad day all told.",
    "Shared my story at the prison meeting today. The lads always want to know the worst bit, so "
    "I told them: in 2009 I tried to take my own life in a cell. I don't hide it anymore. "
    "Fifteen years on I've got my own plastering business. I haven't had a dark thought like "
    "that in over a decade. One lad stayed behind and asked for my number. Gave it him. Drove "
    "home with the windows down.",
    "Twenty years ago I swallowed a bottle of pills after losing the business. Today I'm 70, "
    "happily married again, I volunteer on the phones at the Samaritans and I'm well.",
    "I'll use the rope from the shed to tie the tomatoes up.",
    "Mein Betreuer hat Angst, dass ich mir was antue, weil ich so still bin. Tu ich nicht. Ich "
    "bin still, weil mein Deutsch noch nicht reicht.",
    "People think because I cry on the phone that I want to die. No. I want my papers and my "
    "children here, and I will fight for that.",
    "Damals 2016 in Idomeni wollte ich nicht mehr leben, heute habe ich eine Ausbildung, eine "
    "Wohnung und keine dunklen Gedanken mehr.",
    "Creative writing class tonight. I wrote about a fisherman who walks into the sea after his "
    "boat is taken, and I read it aloud.",
    "My friend in Lagos says I'll freeze to death in this place and sends me pictures of the "
    "beach.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round_27_crisis_lines_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round_27_look_alikes_are_left_alone(text: str) -> None:
    assert not assess_crisis(text).flagged, text
