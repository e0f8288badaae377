"""Round 15 of the crisis check: what the two retired held-out sets (eval/crisis_fresh15.jsonl and
crisis_fresh16.jsonl) showed it missed or over-flagged, in sentences written for these tests (not
the sets' lines), so each test checks the mechanism rather than one phrasing."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis, assess_with

# Missed before round 15, each a general mechanism of the first two stages (patterns and concepts:
# the classifier is not asked, so each line checks the rule, not the model's guess).
CAUGHT = [
    # a negation inside a "wenn" clause does not deny the main clause after it ("mach ich's")
    "Wenn im August alle im Urlaub sind und keiner nach mir fragt, mach ichs.",
    "Sobald die Kinder bei ihrem Vater sind und mich keiner braucht, mach ich es.",
    # "nicht nur" is "not only", i.e. more; a thought one cannot get rid of is no denial
    "Ich werd den Gedanken nicht los, mir was anzutun, und zwar ernsthaft, nicht nur ritzen.",
    "I can't shake the thought of killing myself.",
    # the colloquial first person without its -e
    "bin 15 und ritz mich seit ostern, keiner weiß es",
    "Ritz mich jeden Abend im Bad.",
    # pills, then an ambulance or an emergency doctor
    "Pills on Friday night, then the paramedics, then two days on a drip.",
    "Tabletten am Freitag, dann der Notarzt, dann zwei Tage am Tropf.",
    # already over the parapet, then back
    "Gestern stand ich auf dem Parkdeck, schon halb über der Brüstung.",
    "I was already halfway over the railings when my phone rang.",
    # survival regretted, an attempt told as done
    "Am Freitag hab ichs wirklich gemacht, das Auto ist Schrott, ich hab leider überlebt.",
    "Survived, unfortunately. The hospital lets me go home on Monday.",
    # everything in the medicine cabinet; a plan "to"
    "The plan is to swallow everything in the bathroom cabinet the night before the hearing.",
    # waking let down to be still here
    "Alarm went off and I was gutted to still be here.",
    "Woke up and felt disappointed to still be alive.",
    # what the dreamer wished had been real was the dream's death
    "dreamt i was dead under a bus and it was so quiet. honestly i wish the bus had been real",
]

# Over-flagged before round 15.
NOT_FLAGGED = [
    # a past episode told as over: a fragment after the past goes on telling it, a past period
    # named plainly, an age now in words, a life that feels like someone else's, Swiss German
    "Found my old diary from 2014 in the attic. Pages full of wanting to be dead. So glad I got help back then, I'm doing well now.",
    "In my thirties I had a rough patch when I wanted to die. I'm sixty-two now and it feels like another life.",
    "There was a spring after my redundancy when I thought about ending it every day. That's behind me now, therapy helped.",
    "Nach der Trennung wollte ich nicht mehr leben. Das ist inzwischen acht Jahre her. Heute geht es mir gut.",
    "War mal in ner ganz dunklen Phase und hab mich geschnitten. Isch lang her, jetzt gaht's mir guet.",
    # someone else's crisis: a pupil, a message told to the writer, he or she texting the writer
    "One of my pupils wrote in his diary that everyone would be better off without him. I flagged it to the head.",
    "Meine Schwester hat mir gestern spät abends noch ne lange Nachricht geschickt, sie kann nicht mehr und will sterben. Ich fahr morgen hin.",
    "My friend Tom was in my dream last night. He texted me this morning saying he has the rope ready and wants to be gone. His dad is with him now.",
    # the same new words in everyday sentences
    "The plan is to take the kids to the zoo on Saturday.",
    "Hab mir vorgenommen, dass ich mehr Sport mache.",
    "Ich leg die Wäsche zur Seite und geh schlafen.",
    "dreamt we won the lottery, i wish the ticket had been real lol",
    # a dream the entry wakes up from is not the concepts' to read either
    "I was at my own funeral in a stadium and my mum sold programmes. Then I woke up laughing.",
    # a thought denied a little further back, an inverted denial, a form's item answered "not at all"
    "No, I'm not having any thoughts of hurting myself.",
    "Not once in the past two weeks did I wish I was dead.",
    "Kein einziges Mal hab ich diese Woche dran gedacht, mich umzubringen.",
    "Thoughts that you would be better off dead: not at all.",
    "Gedanken, dass Sie lieber tot wären: überhaupt nicht.",
    # the fear of dying in the moment, hyperbole about a trifle, laughter, exhaustion
    "Der Stau heute früh, ich dacht echt, ich sterb.",
    "Ich bring mich um vor Lachen, der Kater hat schon wieder die Gardine erwischt.",
    "Ich könnt mich erschießen, so fertig bin ich nach dem Umzug.",
    "Lieber sterb ich, als nochmal Karaoke mit der Abteilung.",
    "Told my boss I'd throw myself off the roof if I saw one more comment bubble on that draft.",
    # someone else's words quoted after "does say", what he told the writer "in echt"
    "Dream of my grandad in the care home. He does say it in real life now, 'I want to die, I have had enough', he's 96.",
    "Traum: Mein Bruder stand am offenen Fenster und hat gewunken. In echt hat er mir gestern geschrieben, dass er keinen Sinn mehr sieht und Tabletten gesammelt hat. Ich hab die 112 gerufen.",
]

# The writer's own crisis stays flagged beside the new ways of setting text aside.
STILL_FLAGGED = [
    "He texted me that I should just kill myself. Maybe he is right, I want to die.",
    "She told me I looked tired. Honestly I want to die.",
    "Ten years ago I wanted to die. Cutting again since Monday.",
    "Wenn ich keinen Job find, bring ich mich um.",
    "In my twenties I wanted to die. I'm forty now and I want to die again.",
    # a wish before waking is still read; a waking day is no dream
    "I wanted to die. Then I woke up.",
    "Wanted to die all day. Then woke up at 3 again and it was worse.",
    "Thought about killing myself at work. Then woke at 4 and could not sleep.",
    # a denial taken back, a question of life answered no, a present wish after "not once"
    "Gedanken an den Tod – nie. Aber manchmal doch.",
    "Gedanken an den Tod: nie. Aber manchmal doch.",
    "Reason to go on: none.",
    "Not once did I think about it, but tonight I want to die.",
    "Lieber sterb ich, als so weiterzuleben.",
    "Ich könnt mich erschießen. Ich will nicht mehr leben.",
    # an entry read as a dream up to its first waking line still names suicide outright
    "Long day. Made soup. Booked the dentist. Suicidal thoughts: yes, most days, no plan yet. dream: i was a cat on a roof. yes really. woke up laughing.",
]

# Denials stay denials.
DENIED = [
    "Ich denk nicht dran, mir was anzutun.",
    "I would not kill myself, I promise.",
    "mir was anzutun? nein, nicht mal ansatzweise.",
]


# The classifier's window beside a sentence told of someone else needs a crisis concept of its
# own only when that sentence names someone else's crisis (a denial or a quote still gates it).
BESIDE_SOMEONE_ELSE = [
    "Left my bank cards and the flat key in an envelope for my brother. He'll know what to do with them.",
]
STILL_GATED = [
    "No, I don't want to die. I want this month to end.",
    "My student said she has pills saved up. Told the safeguarding lead today, cant stop thinking about it.",
]


@pytest.mark.parametrize("text", BESIDE_SOMEONE_ELSE)
def test_errands_beside_someone_else_are_read_by_the_classifier(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", STILL_GATED)
def test_a_denial_or_another_persons_crisis_still_gates_the_classifier(text: str) -> None:
    assert not assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", CAUGHT)
def test_round15_misses_are_caught(text: str) -> None:
    assert assess_with(text, None).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round15_false_alarms_are_gone(text: str) -> None:
    assert not assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", STILL_FLAGGED)
def test_round15_own_crisis_still_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", DENIED)
def test_round15_denials_still_denied(text: str) -> None:
    assert not assess_crisis(text).flagged, text
