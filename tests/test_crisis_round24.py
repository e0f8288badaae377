"""Round 24: what the false alarms and misses of crisis_fresh31/32 (retired into development
after two measurements) showed, each in words of its own beside the look-alikes it must leave
alone.

* An old episode told as over in words no rule knew: well "for over ten years", no thought of it
  "in well over a decade", "seit über zehn Jahren ... nicht mehr", "kommen keine mehr", "lang
  vorbei", "firmly behind me", "no wish to go back", what one has now ("a flat, a cat");
  dialect years ago ("vor acht Johr"); "funny to think at 15 I wanted to die" is a thought of
  the past; a quoted fragment ("'Stay.' I did.") no longer pushes the recovery out of reach.
* Readings that had reopened an episode: "came back from Helmand" is travel, not a return;
  the German article "die" ("Chor am Dienstag, die Woche") is not the English verb.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis


@pytest.mark.parametrize(
    "text",
    [
        "Found the discharge letter from 2014, after the overdose. I've been well for over "
        "eight years now, a job I like, friends. Made soup.",
        "Tried to hang myself in 2011. I haven't had a thought like that in more than a decade. "
        "Walked the dog, cleaned the car.",
        "Mit 19 hab ich Tabletten geschluckt. Seit über fünfzehn Jahren bin ich da nicht mehr "
        "hin, Familie, Garten. Heute Kuchen gebacken.",
        "Vor zehn Johr bin i uff dr Brück gstande. Heit hon i a Wohnung und so Gedanke kommet "
        "koine meh.",
        "Funny to think that at sixteen I wanted to die. At 35 I've got a house and a dog.",
        "Twelve years since I cut. That's firmly behind me, and I've no wish to go back.",
        "Der Tierarzt hat mir 2009 das Leben gerettet, damals hab ich mich geritzt. Das ist "
        "lang vorbei. Chor am Dienstag, die Woche ist voll.",
        "When I came back from Basra in 2008 I had a rope picked out. Therapy for years. I "
        "haven't been near that place in my head for over ten years.",
        "Mum's card from the hospital in 2006, after I took the pills: 'Stay.' I did. I'm "
        "forty now, and I haven't had a thought like that in well over a decade.",
    ],
)
def test_an_old_episode_told_as_over_is_no_alarm(text: str) -> None:
    assert not assess_crisis(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        # the same episodes, but something points to its return
        "Found the discharge letter from 2014, after the overdose. I was well for eight years. "
        "Tonight I want to do it again.",
        "Tried to hang myself in 2011. I hadn't had a thought like that in years, but since "
        "Monday it's back.",
        "Mit 19 hab ich Tabletten geschluckt. Seit gestern denk ich wieder dran.",
        "Funny to think at sixteen I wanted to die. I still want to.",
        "Twelve years since I cut. Last night I did it again.",
        "Vor zehn Jahren bin ich auf der Brücke gestanden. Die Gedanken sind wieder da, die "
        "ganze Woche.",
        "When I came back from Basra I had a rope picked out. It came back last week, the "
        "same pull.",
    ],
)
def test_an_old_episode_that_returns_is_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "Die Hausärztin hat gefragt, ob ich manchmal lieber tot wäre. Ich konnte ehrlich nein "
        "sagen. Mir tut nur der Rücken weh.",
        "Der Berater hat gefragt, ob ich mir was antun will. Ich hab nein gesagt, und das "
        "stimmt. Ich hab Angst vor dem Brief vom Amt.",
        "The counsellor asked whether I'd thought about ending my life. I could honestly say "
        "no. I just want the exams over.",
        "The nurse asked if I'd had thoughts of suicide. I was honest: I haven't. Tired, that's "
        "all.",
        # what is left beside the question answered no must bring a crisis word of its own
        "My therapist asked, whether I'd thought about killing myself, and I could honestly "
        "say no. I want to get through this and see what's on the other side.",
    ],
)
def test_a_question_answered_no_in_the_next_sentence_is_no_alarm(text: str) -> None:
    assert not assess_crisis(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "Die Hausärztin hat gefragt, ob ich manchmal lieber tot wäre. Ich konnte nicht nein sagen.",
        "The counsellor asked whether I'd thought about ending my life. I could honestly say "
        "no. That was a lie.",
        "The nurse asked if I'd had thoughts of suicide. I was honest: I have, most nights.",
        "The nurse asked if I'd had thoughts of suicide. I said no. I want to die though.",
        "Der Berater hat gefragt, ob ich mir was antun will. Ich hab nein gesagt. Ich hab die "
        "Tabletten schon gesammelt.",
    ],
)
def test_a_question_answered_yes_or_taken_back_is_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


# From crisis_dev23 (a blind twin of fresh34: entries around holidays), read and tuned on.
@pytest.mark.parametrize(
    "text",
    [
        "Dad's birthday would have been today. Honestly I'd rather be with him than here.",
        "Christmas with the family on Sunday. The year can just start without me.",
        "Am Grab von Oma gewesen und hab mir gewünscht, ich läge gleich daneben.",
        "Silvester. Soll das neue Jahr meinetwegen gern ohne mich anfangen.",
    ],
)
def test_a_wish_to_be_with_the_dead_or_gone_from_the_new_year_is_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather be with my sister in Lisbon than here in the rain.",
        "The party can start without me, I'll be there by nine.",
        "Wrote goodbye cards to the whole office, last day on Friday before the new job.",
        "Got a rope to tie the Christmas tree onto the roof rack.",
        "Seil für den Christbaum gekauft, damit er nicht umkippt.",
        "The GP asked whether I'd had thoughts of harming myself. The answer was no, and it's "
        "true.",
        "PHQ question nine, about being better off dead: not at all, and I meant it.",
        "Seit der OP frag ich mich, wie viel Zeit mir bleibt. Aber sterben wollen, nein, im "
        "Gegenteil.",
        "Nachtschicht bei der Telefonseelsorge, ein Anrufer hatte die Tabletten schon da. Wir "
        "haben den Notarzt geschickt.",
        "Ten years ago this Christmas I overdosed. Tonight I carved the turkey and nothing in "
        "me wants to go back there.",
        "In my school days I wanted to be dead. Today I'm forty and I want forty more.",
        "Im Winter 2012 wollte ich nicht mehr leben. Heute bin ich mit mir im Reinen.",
    ],
)
def test_holiday_look_alikes_are_no_alarm(text: str) -> None:
    assert not assess_crisis(text).flagged, text


# From crisis_dev22 (a blind twin of fresh33: poetic and figurative writing), read and tuned on.
@pytest.mark.parametrize(
    "text",
    [
        "held my palm against the hob until I couldn't stand it any more",
        "Dug my nails into my arms until they bled, again, in the staff toilet.",
        "The stitches are out. Part of me thinks I should have cut deeper.",
        "Next Friday I'll walk to the level crossing and this time I won't step back.",
        "Hab die Hand auf die heiße Herdplatte gehalten, bis es still wurde im Kopf.",
    ],
)
def test_acts_said_in_images_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "Held my hand over the candle to warm it, the heating was off all evening.",
        "I dug my nails into my palms during the interview, nerves.",
        "At the crossing I stepped back when the barrier came down, like everyone.",
        "Sich das Leben nehmen? Nein. Ich bin viel zu gespannt auf den Sommer.",
        "The winter I was seventeen I wanted to disappear for good. I'm thirty now and well.",
        "Vor zwanzig Jahren wollte ich sterben. Dieses Gefühl ist lange weg.",
        "When I was 20 I stood on the roof and looked down. That darkness is gone more than "
        "twenty years.",
    ],
)
def test_poetic_look_alikes_are_no_alarm(text: str) -> None:
    assert not assess_crisis(text).flagged, text


# The four crisis lines of fresh31/32 missed on the round's starting code, in words of their own.
@pytest.mark.parametrize(
    "text",
    [
        "My overdose was six years ago and I tell everyone I'm fine now. Tonight I looked up "
        "the same pages again.",
        "Er denkt jeden Abend daran, sich umzubringen. Er, das bin ich.",
        "She wants to disappear for good. She is me, if that wasn't obvious.",
        "had the dream where the office is empty and sort of wish i could stay asleep there "
        "forever",
        "Ich werd immer weniger, Stück für Stück. Lieber gleich ganz weg.",
    ],
)
def test_the_writers_risk_told_sideways_is_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "Meine Schwester denkt daran, sich das Leben zu nehmen. Ich hab sie zur Ambulanz gebracht.",
        "had the dream where the beach never ends and I wished I could stay there forever. "
        "Woke up smiling.",
        "Ich wär lieber ganz weg von hier, irgendwo am Meer, mit Buch und Eis.",
        "The overdose was six years ago. I tell everyone how far I've come, and it's true.",
    ],
)
def test_their_look_alikes_are_no_alarm(text: str) -> None:
    assert not assess_crisis(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "Als Kinderärztin heute drei Jugendliche mit Suizidgedanken gesehen. Ich selbst bin "
        "müde, aber okay.",
        "Three callers with suicidal thoughts on tonight's shift. Debrief helped.",
        "Meine Mutter hat am Telefon gesagt, sie hätte die Tabletten schon gezählt. Bin hin und "
        "hab den Krisendienst gerufen.",
        "Meine Freundin wollte nicht mehr leben. Wir haben den Krisendienst angerufen und sie "
        "ist jetzt auf Station.",
        "Im Baumarkt ein Seil für den Handlauf an der Treppe gekauft, damit Opa nicht stürzt.",
    ],
)
def test_someone_elses_crisis_and_the_help_called_for_them_is_no_alarm(text: str) -> None:
    assert not assess_crisis(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "Ich hab heute Nacht den Krisendienst angerufen, weil ich nicht mehr leben will.",
        "Hab gestern die Nummer vom Krisentelefon gewählt und wieder aufgelegt.",
        "Seit Wochen Suizidgedanken, und heute waren sie besonders laut.",
        "Seil gekauft. Der Haken im Keller hält.",
    ],
)
def test_the_writers_own_call_and_thoughts_stay_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


# From crisis_dev24 (grief journals) and crisis_dev25 (journals of paramedics, nurses, police,
# train drivers, vets and funeral directors), read and tuned on.
@pytest.mark.parametrize(
    "text",
    [
        "Mum hanged herself in the loft. I'll use the same beam, I've thought it through.",
        "I will follow her at the bridge where we said goodbye, on the anniversary.",
        "Ninety-one and tired. I'd like the Lord to hurry up and take me.",
        "Bin ins Wasser gegangen und hab mich treiben lassen, ein Spaziergänger hat mich "
        "rausgezogen.",
        "Hab das Gas aufgedreht, weil ich zu meinem Mann will. Die Nachbarin hat's gerochen.",
        "After the shift I pressed the hot iron against my thigh and counted to twenty.",
        "Every call tonight I thought about topping myself.",
        "Wohnung zum Ersten gekündigt, obwohl ich keine neue hab. Der Hund geht zu Tom.",
        "Zwei Ampullen Euthanasiemittel hab ich nicht zurückgebracht, die liegen im Spind.",
        "Mein Datum steht: Sonntag früh, die Garage, bevor jemand wach ist.",
    ],
)
def test_grief_and_work_journal_risk_is_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "I'll use the same florist Mum used for the wedding.",
        "Anyone watching might have thought I was about to jump. I wasn't, I was feeding the "
        "swans.",
        "Ticked no to every question about hurting myself, and that's the truth.",
        "Bei allen Fragen zu Selbstverletzung nein angekreuzt, passt so.",
        "Die übrigen Tabletten von Oma zur Apotheke gebracht, eine ganze Tüte.",
        "Der Rettungsschwimmer hat mich rausgezogen, Krampf im Bein, nichts passiert.",
        "Gas aufgedreht, Nudelwasser auf, Kinder am Tisch.",
        "Suicide funeral this morning, a young lad from the estate. Long day.",
        "Mein Termin ist Montag beim Zahnarzt.",
    ],
)
def test_their_look_alikes_are_no_alarm_either(text: str) -> None:
    assert not assess_crisis(text).flagged, text


# From crisis_dev27 (journals of recovery from drink, drugs and gambling), read and tuned on.
@pytest.mark.parametrize(
    "text",
    [
        "Relapsed on Friday after four months sober. Gutted, not suicidal. Meeting tonight.",
        "Rückfall nach 40 Tagen trocken. Enttäuscht, aber nicht lebensmüde. Morgen SHG.",
        "Die Pastorin hat gefragt. Traurig ja, lebensmüde nein.",
        "Jedes Mal fragt die Beraterin, ob ich mir was antun will. Jedes Mal sag ich nein, und "
        "es stimmt.",
        "Ich will vom Stoff weg, nicht vom Leben.",
        "Made my will with the solicitor today, everyone over fifty should.",
        "Testament beim Notar gemacht, wegen der Wohnung.",
    ],
)
def test_recovery_look_alikes_are_no_alarm(text: str) -> None:
    assert not assess_crisis(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "Relapsed last night, cut my arm again after four months clean.",
        "Rückfall. Die Klinge lag noch im Bad.",
        "Testament beim Notar gemacht, obwohl ich erst 29 bin, und den Hund meiner Schwester "
        "überschrieben.",
        "Tomorrow morning, the railway bridge. I'm done pretending.",
        "Gave my bike and my good jacket to Sam tonight. He doesn't know why. I do.",
        "Der Nachbarin gesagt, sie soll sich um den Kater kümmern, falls ich mal weg bin.",
        "Ich bete jeden Abend, dass der Herrgott mich holt.",
    ],
)
def test_recovery_risk_is_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


# From crisis_dev26 (pregnancy and the first years of parenthood), read and tuned on.
@pytest.mark.parametrize(
    "text",
    [
        "EPDS item 10 - 'the thought of harming myself has occurred to me' - honestly 'never'.",
        "Beim Frauenarzt die letzte Frage mit 'niemals' beantwortet. Ich bin nur müde.",
        "The midwife asked whether I'd had thoughts of ending my life. I told her the truth, "
        "which is no.",
        "Wrote goodbye cards for the NICU nurses, we go home on Friday!",
        "After my first baby I wanted to die for a year. Therapy and time got me out of it, "
        "and with this one I'm genuinely well.",
        "I used to burn myself at school, twenty years ago and long finished.",
    ],
)
def test_parenthood_look_alikes_are_no_alarm(text: str) -> None:
    assert not assess_crisis(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "Been holding back my sertraline for weeks, the box under the bed is nearly full.",
        "The midwife asked whether I'd had thoughts of ending my life. I told her no. It wasn't "
        "true.",
    ],
)
def test_parenthood_risk_is_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text
