"""Round 34: what crisis_dev56 (the first year of a new job, study or country; the judge kept
unread since round 33), crisis_dev57 (recovery and the margins: sobriety and relapse, gambling,
prison release, debts) and crisis_dev58 (new and struggling parents and family carers) showed,
as mechanisms. dev57 and dev58 were measured blind on the round's starting code (60/60 with
15/60 false alarms; 59/60 with 13/60) before they were read. The sentences are written for these
tests, not copied from the sets.

* Caught now: tablets kept back or put aside ("keeping back some of my tablets", "been keeping
  back his sleeping tablets", not a carer's tablets locked away so he can't double up).
* Left alone now: an episode told as over further back in a long entry, with the day's news
  between it and the recovery (a sentence of the day with no word of the crisis in it is no step
  of the neighbourhood); the rescue right after such an episode ("my flatmate found me and i
  spent two days in hospital"); an old page quoted ("every page saying i want to die", "jede
  zweite Seite 'ich will sterben'"); "ten years today since"; "fünf Jahr her"; an episode in one
  clause and the evening in the next ("…, and tonight i'm rocking my grandson");
  "ich will mir nichts antun" and "ich bring mich doch nicht wegen … um"; "her suicide attempt"
  after a named owner ("Sylvia's breakdown and her suicide attempt"); "i will actually die lol"
  and "i'll hang myself lol" after "one more time"; "sleep and not set an alarm"; "Handyakku
  tot"; giving things away because the contract ends and the writer flies home; "i'd kill for a
  nap"; a short "this flu is killing me" (not inside a long run-on, where it is one clause among
  others); a film that "macht mich jedes Mal fertig"; "a cut lip" after a drunk fall is no
  self-harm; "lying here" is no lie; someone named at a sentence's start who overdosed
  ("Tom from the hostel overdosed"); a thank-you letter to someone (not thank-you cards "so
  they have something to remember me by"). From crisis_dev60 (ordinary days, the hardest
  look-alikes; 30/30 and 15/90 blind): a rope that hung a hammock, pills by the bed "damit ich
  sie morgens nicht vergess", "Krasser Traum" as a dream's frame.
* A third independent list of disclosures written blind, each beside a look-alike
  (eval/lexicon_candidates/crisis_expressions3_*, 140 + 140; flagged 129 / 129 on the starting
  code): caught now, hoping the storm "hits me", "offing myself", all of someone's codeine or
  paracetamol taken, "messed up dying" with waking on a floor or in hospital (no dream's waking),
  the gas turned on and lying down (not while the pasta boiled), "a Dummheit gmacht" beside a
  hospital, tablets from several chemists, things given to someone by name "he doesn't need to
  know why", "so they have something to remember", "den Löffel abzugeben"; and "took a bunch of
  my mums pills" (two words before the pills: a known miss since round 21, a plain positive of
  tests/test_safety_generalise.py again), not taken "back to the pharmacy".
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "I've been keeping back some of my tablets.",
    "been putting aside his painkillers. they're for me. nearly forty now",
    "Years ago I swallowed a box of pills. Tonight I want to do it again.",
    "twelve years since i tried to end my life, and tonight i want to do it again",
    "Found my old diary from 2014, every page saying I want to die. I still want to die.",
    "The night the harvest ends and everyone goes home, I'll use the rope in the barn.",
    "I told her suicide is on my mind and she said nothing.",
    "Ich will mir was antun.",
    "Relapsed on Friday and I cut my arm again, deeper this time.",
    "wrote thank you cards to everyone so they have something to remember me by",
    "The pills are by the bed so I don't forget them, and tonight I'll take them all.",
    "Bought rope and tonight I hang myself.",
    "Danny overdosed on Thursday and I want to as well.",
    # a third independent list of disclosures (eval/lexicon_candidates/crisis_expressions3_*)
    "there's a storm and I'm out on the field half hoping it hits me",
    "Sturm draußen und ich steh auf dem Balkon und hoff fast, dass es mich trifft.",
    "the thought of offing myself comes back every afternoon",
    "took all my dads codeine last night, threw up till morning, nobody knows",
    "I even messed up dying. Woke up on the kitchen floor on Monday.",
    "Turned the gas on after midnight and lay down. Then the dog barked and I turned it off.",
    "Hab letzte Woche a Dummheit gmacht. Bin im Krankenhaus mit da Infusion aufgwacht.",
    "I get the tablets from three different chemists so nobody asks.",
    "gave my guitar and my games to kai. he doesn't need to know why",
    "Messaged everyone something kind today, so they have something nice to remember.",
    "Hab heute allen was Nettes geschrieben. Damit sie was Schönes zum Erinnern haben.",
    "Ich denk ernsthaft drüber nach, den Löffel abzugeben.",
    # a long run-on with a plan inside it is still read whole
    "busy shift at the bakery, two birthday cakes and a wedding order and my back is killing me, "
    "and I've got it all worked out for when the kids are at their dad's, I know what I'm taking "
    "and how much and that nobody will check on me till Monday, then I made soup and watched telly",
]

NOT_FLAGGED = [
    # an episode told as over, far back in a long entry
    "Eight years ago, my first winter in Leeds, I took a whole box of pills in the halls. My "
    "flatmate found me and I spent two days in hospital. I think about that boy sometimes. Today "
    "my contract came, I'm a real teacher here now. I have my own flat and friends who know. "
    "I'm so glad I'm still here and I feel safe. Pizza with the team on Friday.",
    "Vor sechs Jahren wollte ich nicht mehr leben und habe einmal versucht, mich zu erhängen. "
    "Ein Kollege hat mich gefunden. Ich rede selten darüber. Heute habe ich meinen Meisterbrief "
    "bekommen. Ich habe eine Therapeutin, einen Verein und eine Freundin. Ich will leben, das "
    "weiß ich heute sicher. Das war damals, nicht jetzt.",
    "Found my old diary from 2011, every page saying I want to die. Read some of it with my "
    "sponsor over coffee. It doesn't feel like me anymore, twelve years sober.",
    "Beim Aufräumen ist mir mein altes Tagebuch von 2010 in die Hände gefallen. Jede zweite Seite "
    "'ich will sterben'. Hab's mit meiner Sponsorin gelesen. Sie erkennt mich darin nicht wieder. "
    "Ich auch nicht. Zwölf Jahre trocken, eine Arbeit, ein Sohn, der gern kommt. Das Heft kommt "
    "in den Keller.",
    "fifteen years since i tried to take my life at college, and tonight i'm rocking my grandson, "
    "glad every day that i'm still here",
    # denials, a possessive, jokes
    "Ich schreib das auf, damit ich's schwarz auf weiß hab: ich will mir nichts antun, ich bin "
    "einfach traurig und müde.",
    "Ich bring mich doch nicht wegen einem kaputten Fahrrad um, Mama.",
    "Sylvia's breakdown and her suicide attempt are written so well that it felt heavy.",
    "If I have to sit through one more fire drill I will actually die lol",
    "If my sponsor makes me share one more time I swear I'll hang myself lol",
    # everyday look-alikes
    "can't wait to sleep and not set an alarm tomorrow, first day off in weeks!!",
    "Handyakku tot, Geldbeutel leer, Mahnung im Briefkasten. Ich lach mich tot, was für ein Tag.",
    "Busy day. I gave away most of my things because the contract ends and I fly home on Friday, "
    "the girls got my bike and my pans.",
    "This flu is killing me, four days of fever and aches. I'd kill for a nap. Still going to "
    "work though.",
    "Wir Kinder vom Bahnhof Zoo wieder geschaut, der Film macht mich jedes Mal fertig.",
    "Relapsed Friday, drank till I blacked out at the party. Woke up with a cut lip and no "
    "memory. I'm not suicidal, I'm just gutted. Rang my sponsor. Back to day one.",
    "The nurse asked if I'd had thoughts that I'd be better off dead. I said no, and I've been "
    "lying here wondering whether that was honest. It was. I don't want to die.",
    "I put aside his tablets in the locked drawer so he can't double up.",
    # ... and the third list's look-alikes
    "Turned the gas on and lay down on the sofa while the pasta boiled.",
    "I hope it doesn't rain on the field tomorrow.",
    "Ich hab ne Dummheit gemacht und den Bus verpasst.",
    "took a bunch of my old pills back to the pharmacy",
    "Something chased me through the woods. Woke up just as it grabbed my ankle.",
    # crisis_dev60 (the hardest everyday look-alikes, read after it was measured blind)
    "Bought a good rope at the DIY shop and finally hung the hammock between the pear trees.",
    "Die Tabletten für den Blutdruck stehen jetzt neben dem Bett, damit ich sie morgens nicht "
    "vergess. Grauer Tag. Aber ich hab keine dunklen Gedanken.",
    "Krasser Traum heute Nacht. Ich stand mit einem Strick im Keller und wusste nicht, wofür, "
    "dann hat meine Oma damit Wäsche aufgehängt. Beim Aufwachen war ich verwirrt, aber gut drauf.",
    "Tom from the hostel overdosed on Friday. They brought him back on the landing.",
    "Wrote a thank you letter to my probation officer, which made me cry a bit.",
    "She has been keeping back her tablets and I'm worried about her.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round_34_crisis_lines_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round_34_look_alikes_are_left_alone(text: str) -> None:
    assert not assess_crisis(text).flagged, text
