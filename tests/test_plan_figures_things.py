"""Who the figures are and what they hold, as the dream says it: a German "Lehrerin" stays a
woman in the English prompt, "the teacher, a stern woman" is one figure, "my sister held a
lantern" holds a lantern (not "something"), and a flooded classroom stays flooded down the
hallway the dreamer rows along.

Every sentence here is new: none is in eval/.
"""

from __future__ import annotations

import pytest

from dreamjournal.analysis import analyze, plan_scenes
from dreamjournal.visualize.models import GuidedScript, VisualizationPrompt
from dreamjournal.visualize.offline import OfflineWriter
from dreamjournal.visualize.writer import VisualizationRequest


def _write(text: str) -> tuple[VisualizationPrompt, GuidedScript]:
    request = VisualizationRequest("t", "t", text, analyze(text), False, seconds=12.0)
    return OfflineWriter().write(request)


def _script(text: str) -> str:
    return " ".join(step.text for step in _write(text)[1].steps)


@pytest.mark.parametrize(
    ("text", "figure", "gender", "shown"),
    [
        ("Die Lehrerin stand an der Tafel und lachte.", "teacher", "female", "female teacher"),
        ("Meine Chefin rief mich in ihr Büro.", "boss", "female", "female boss"),
        ("Die Ärztin sah mich lange an.", "doctor", "female", "female doctor"),
        ("Meine Nachbarin winkte mir vom Balkon zu.", "neighbour", "female", "female neighbour"),
        ("Mein Lehrer stand an der Tafel.", "teacher", "male", "male teacher"),
        ("The waitress brought me a cake.", "waiter", "female", "waitress"),
        ("My boss came in late. She was furious.", "boss", "female", "female boss"),
        ("A doctor walked past me. He was whistling.", "doctor", "male", "male doctor"),
    ],
)
def test_a_figure_is_a_woman_or_a_man_as_the_dream_says_and_the_prompt_shows_it(
    text: str, figure: str, gender: str, shown: str
) -> None:
    cast = {c.id: c for c in plan_scenes(text).cast}
    assert cast[figure].gender == gender
    assert shown in _write(text)[0].as_text()


@pytest.mark.parametrize(
    "text",
    ["A doctor walked past me.", "Ein Gast saß am Tisch.", "I saw my colleague at the bus stop."],
)
def test_nothing_is_guessed_when_the_dream_does_not_say(text: str) -> None:
    plan = plan_scenes(text)
    assert [c.gender for c in plan.cast if c.concept not in {"man", "woman"}] == [None]
    assert "female" not in _write(text)[0].as_text()


def test_an_apposition_is_the_same_figure_with_its_describing_words() -> None:
    text = "The teacher, a stern woman, was writing on the blackboard."
    plan = plan_scenes(text)
    assert [(c.id, c.gender) for c in plan.cast] == [("teacher", "female")]
    prompt = _write(text)[0].as_text()
    assert "stern female teacher" in prompt and "a stern and" not in prompt
    assert "stern woman is there" not in _script(text)  # no second figure in the script
    german = plan_scenes("Mein Nachbar, ein alter Mann, winkte mir zu.")
    assert [(c.id, c.role, c.gender) for c in german.cast] == [
        ("neighbour", "my old neighbour", "male")
    ]


def test_a_list_of_figures_is_no_apposition() -> None:
    plan = plan_scenes("In the kitchen I saw my sister, a dog, and a man.")
    assert [c.id for c in plan.cast] == ["sister", "dog", "man"]
    plan = plan_scenes("I met my aunt, a woman and her son.")
    assert {"aunt", "woman"} <= {c.id for c in plan.cast}


@pytest.mark.parametrize(
    ("text", "figure", "shot", "script"),
    [
        (
            "We were in the cellar. My sister held a lantern.",
            "sister",
            "holds a lantern",
            "Your sister holds a lantern.",
        ),
        (
            "Im Keller war es dunkel. Meine Schwester hielt eine Laterne.",
            "sister",
            "holds a lantern",
            "Deine Schwester hält eine Laterne.",
        ),
        (
            "In the garden my grandma gave me a small blue box.",
            "grandmother",
            "hands a small blue box to the dreamer",
            "Your grandmother hands you a small blue box.",
        ),
    ],
)
def test_what_a_figure_holds_or_gives_is_named(
    text: str, figure: str, shot: str, script: str
) -> None:
    scene = next(s for s in plan_scenes(text).scenes if s.characters)
    holder = next(c for c in scene.characters if c.id == figure)
    assert holder.holds is not None
    prompt = _write(text)[0].as_text()
    assert shot in prompt and "something" not in prompt
    assert script in _script(text)


def test_a_flooded_room_stays_flooded_down_the_hallway_the_dreamer_rows_along() -> None:
    text = (
        "I was back at my old school. Suddenly the classroom was flooded knee-deep. "
        "Then I was rowing a little red boat down the hallway."
    )
    plan = plan_scenes(text)
    flooded = {s.setting.place: s.setting.flooded for s in plan.scenes}
    assert flooded == {"school": False, "classroom": True, "corridor": True}
    hallway = plan.scenes[-1]
    assert hallway.setting.vehicle is not None and hallway.setting.vehicle.concept == "boat"
    prompt = _write(text)[0].as_text()
    assert "classroom, flooded with water" in prompt
    assert "little red boat on the water that floods a long hallway" in prompt
    assert "Water covers the floor around you." in _script(text)
    german = (
        "Im Klassenzimmer stand das Wasser bis zu den Knien. Ich ruderte im Boot durch den Flur."
    )
    assert [s.setting.flooded for s in plan_scenes(german).scenes] == [True, True]
    assert "Wasser bedeckt den Boden um dich herum." in _script(german)


def test_a_flood_stays_inside_and_a_lake_is_no_flood() -> None:
    plan = plan_scenes("The kitchen was flooding. Then I was out in the garden in the sun.")
    assert [s.setting.flooded for s in plan.scenes] == [True, False]
    plan = plan_scenes("We rowed a boat across the lake.")
    assert [s.setting.flooded for s in plan.scenes] == [False]


@pytest.mark.parametrize(
    ("text", "who", "action", "shot"),
    [
        ("At the top of the tower I jumped into the pool.", "dreamer", "jump", "jumps"),
        ("Oma hat in der Küche gekocht.", "grandmother", "cook", "cooks"),
        ("Ich las ein Buch im Zug.", "dreamer", "read", "reads"),
        ("Die Lehrerin schrieb etwas an die Tafel.", "teacher", "write", "writes"),
        ("We were singing in the choir.", "dreamer", "sing", "sings"),
        ("I was packing my suitcase in a hurry.", "dreamer", "pack", "packs a suitcase"),
    ],
)
def test_what_people_do_in_dreams_is_drawn(text: str, who: str, action: str, shot: str) -> None:
    scene = plan_scenes(text).scenes[0]
    done = scene.dreamer.action if who == "dreamer" else scene.characters[0].action
    assert (scene.characters[0].id if who != "dreamer" else who, done) == (who, action)
    assert shot in _write(text)[0].as_text()


@pytest.mark.parametrize(
    "text",
    [
        "I couldn't read the letter.",
        "Ich konnte den Brief nicht lesen.",
        "Ich hab gekocht vor Wut.",
    ],
)
def test_a_task_not_done_or_an_idiom_is_no_action(text: str) -> None:
    assert plan_scenes(text).scenes[0].dreamer.action not in {"read", "cook"}


@pytest.mark.parametrize(
    ("text", "not_done"),
    [
        ("I kept jumping from roof to roof and never once fell.", "fall"),
        ("I jump and I don't fall, I just float up over the fields.", "fall"),
        ("Ich sprang vom Steg, aber ich fiel nicht ins Wasser.", "fall"),
        ("My husband was steering and didn't say a word.", "talk"),
    ],
)
def test_a_denied_verb_is_not_done(text: str, not_done: str) -> None:
    plan = plan_scenes(text)
    assert all(s.dreamer.action != not_done for s in plan.scenes)
    assert all(c.action != not_done for s in plan.scenes for c in s.characters)


def test_a_verb_the_dreamer_could_not_do_is_still_a_freeze() -> None:
    for text in ("The thing came closer and I couldn't run.", "Ich konnte nicht rennen."):
        assert plan_scenes(text).scenes[0].dreamer.action == "freeze"


@pytest.mark.parametrize(
    ("text", "role", "shown", "script"),
    [
        (
            "Meine Lehrerin, Frau Berger, stand vorne an der Tafel.",
            "my teacher Mrs Berger",
            "female teacher, the dreamer's teacher Mrs Berger",
            "Deine Lehrerin Frau Berger",
        ),
        (
            "In the right room Mrs. Patel, my old chemistry teacher, handed me the exam.",
            "my old chemistry teacher Mrs Patel",
            "Mrs Patel",
            "Your teacher Mrs Patel",
        ),
        (
            "In the kitchen was Marco, my old friend from university, making tea.",
            "my old friend Marco",
            "the dreamer's old friend Marco",
            "Your friend Marco",
        ),
        ("Frau Schäfer saß auf der Treppe.", "Mrs Schäfer", "A woman, Mrs Schäfer", "Frau Schäfer"),
        (
            "Our neighbour, an old man called Mr Fisher, waved at me.",
            "our old neighbour Mr Fisher",
            "Mr Fisher",
            "Mr Fisher",
        ),
    ],
)
def test_a_name_and_its_role_or_title_are_one_person(
    text: str, role: str, shown: str, script: str
) -> None:
    plan = plan_scenes(text)
    assert [c.role for c in plan.cast] == [role]
    assert all(s.setting.place not in {"mountains", "school"} for s in plan.scenes)  # Berger
    assert shown in _write(text)[0].as_text()
    said = _script(text)
    assert script in said and "Deine Frau" not in said and "woman Berger" not in said


def test_an_apposition_brings_its_look_and_figures_are_no_things_in_view() -> None:
    text = "I met my cousin Lena, a tall girl in a yellow raincoat, at the bus stop."
    plan = plan_scenes(text)
    assert [(c.role, c.gender) for c in plan.cast] == [
        ("my tall cousin Lena in a yellow raincoat", "female")
    ]
    assert "in view: a tall girl" not in _write(text)[0].as_text()


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Someone knocked on the front door three times.", "knock"),
        ("Mein Vater hat das Wohnzimmer knallgelb gestrichen.", "paint"),
        ("Ich saß allein in einer kleinen Kapelle und hab gebetet.", "pray"),
        ("I was typing an email that never ended.", "type"),
        ("Wir haben im Hof mit Schneebällen geworfen.", "throw"),
        ("I was scrubbing the kitchen floor on my knees.", "clean"),
    ],
)
def test_more_things_people_do_are_actions(text: str, action: str) -> None:
    scene = plan_scenes(text).scenes[0]
    assert action in {scene.dreamer.action, *(c.action for c in scene.characters)}


def test_the_water_was_clean_is_no_cleaning_and_pushed_me_is_an_attack() -> None:
    assert plan_scenes("The water was clean and cold.").scenes[0].dreamer.action != "clean"
    scene = plan_scenes("A man pushed me off the platform.").scenes[0]
    assert scene.characters[0].action == "attack"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Wir sind nachts über einen Friedhof gelaufen.", "cemetery"),
        ("I was digging in an old graveyard at dusk.", "cemetery"),
        ("I was waiting on a train station platform, alone.", "station"),
        ("War im alten Hallenbad von früher.", "swimming_pool"),
        ("Ich war auf der Hochzeit meiner Schwester.", "party"),
        ("My ex showed up at my sister's wedding.", "party"),
        ("Dad took us along the coast road in his car.", "beach"),
    ],
)
def test_places_people_dream_of(text: str, place: str) -> None:
    assert plan_scenes(text).scenes[0].setting.place == place


def test_an_idiom_or_a_verb_is_no_place() -> None:
    plan = plan_scenes("Ich war in einer Vorlesung an der Uni. Ich hab nur Bahnhof verstanden.")
    assert [s.setting.place for s in plan.scenes] == ["school"]
    plan = plan_scenes("My ex showed up late and sat down.")
    assert all(s.setting.place != "bathroom" for s in plan.scenes)  # "showed" is no shower


def test_a_flooded_station_is_no_lake() -> None:
    scene = plan_scenes("Die U-Bahn-Station war bis zur Decke voll Wasser.").scenes[0]
    assert (scene.setting.place, scene.setting.flooded) == ("station", True)


def test_teeth_fall_out_and_the_dreamer_stays_put() -> None:
    for text in ("Teeth falling out again.", "Zähne verloren.", "Mir fielen die Zähne aus."):
        plan = plan_scenes(text)
        assert plan.scenes[0].dreamer.action != "fall", text
        assert analyze(text).dream_signs == ["teeth falling out"], text


def test_a_pet_that_follows_is_company_and_a_stranger_that_follows_a_chase() -> None:
    calm = plan_scenes("My cat followed me the whole time. I wasn't scared, more amazed.")
    assert (calm.scenes[0].dreamer.action, calm.scenes[0].characters[0].action) == (None, "walk")
    scary = plan_scenes("A man followed me home and I panicked.")
    assert scary.scenes[0].characters[0].action == "chase"


def test_the_dead_kill_nobody() -> None:
    for text in ("Da lagen nur noch tote Fische.", "Ich wusste, dass er tot ist."):
        scene = plan_scenes(text).scenes[0]
        assert "attack" not in {scene.dreamer.action, *(c.action for c in scene.characters)}


@pytest.mark.parametrize(
    ("text", "thing", "shown"),
    [
        ("Ich trug einen Korb voller Äpfel durch den Wald.", "basket", "holds a basket"),
        ("I was pushing a shopping cart through an empty supermarket.", "trolley", "trolley"),
        ("Wir haben mit Schneebällen geworfen.", "snowball", "snowball"),
    ],
)
def test_everyday_things_in_hand_are_named(text: str, thing: str, shown: str) -> None:
    scene = plan_scenes(text).scenes[0]
    assert thing in {o.concept for o in scene.objects}
    assert shown in _write(text)[0].as_text()


def test_packing_a_suitcase_is_no_grab_and_a_stranger_is_no_denial() -> None:
    scene = plan_scenes("Ich musste ganz schnell meinen Koffer packen.").scenes[0]
    assert scene.dreamer.action == "pack"
    plan = plan_scenes("A woman I didn't know handed me a small brass key.")
    assert plan.lines[0].kind == "event"  # "I didn't know" tells who she is


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The hall was huge, like a cathedral, and I was alone in it.", "cathedral"),
        ("My friend Tom laughed like a donkey at the back of the bus.", "donkey"),
    ],
)
def test_a_simile_draws_nothing(text: str, absent: str) -> None:
    assert absent not in _write(text)[0].as_text().lower()


def test_what_was_there_instead_of_what_was_not_is_drawn() -> None:
    text = "Ich hab meine Schwester nicht gesehen, nur ihren Mantel auf dem Stuhl."
    plan = plan_scenes(text)
    assert [b.kind for b in plan.lines] == ["negated", "event"]
    assert {"coat", "chair"} <= {o.concept for s in plan.scenes for o in s.objects}
    assert not plan.cast  # the sister was not seen
    assert "a sports hall" in _write("Die Decke in der Turnhalle war endlos hoch.")[0].as_text()


def test_who_does_what_others_and_owners() -> None:
    plan = plan_scenes("Alle anderen haben geschrieben, nur ich saß da und starrte aufs Blatt.")
    assert plan.scenes[0].dreamer.action != "write"  # the others wrote
    assert plan_scenes("Wir sind alle aufs Dach gegangen.").scenes[0].dreamer.action == "walk"
    plan = plan_scenes("Eine Ärztin hat mir einen weißen Kittel gegeben.")
    assert plan.scenes[0].characters[0].action == "give"  # she gave it; "mir" is the dreamer
    assert plan.scenes[0].dreamer.action is None
    plan = plan_scenes("I'm standing on the roof of my grandmother's house at dusk.")
    assert plan.cast == []  # her house, not her
    assert [c.role for c in plan_scenes("I hear someone at the back door.").cast] == [
        "a stranger"
    ]  # "hear" is no describing word


def test_rain_that_stops_is_no_rain() -> None:
    for text in (
        "Ich laufe mit meiner Schwester durch den Wald, aber es hört auf zu regnen.",
        "It stopped raining and the sun came out.",
    ):
        scene = plan_scenes(text).scenes[0]
        assert scene.setting.weather == "clear", text
        assert "rain" not in {o.concept for o in scene.objects}
        assert "Es regnet" not in _script(text) and "It is raining" not in _script(text)
    assert plan_scenes("It was raining hard.").scenes[0].setting.weather == "rain"


def test_a_person_who_was_an_animal_is_the_animal_and_roles_keep_their_words() -> None:
    plan = plan_scenes("On the train the conductor was a giant dog in a blue uniform.")
    assert [c.concept for s in plan.scenes for c in s.characters] == ["dog"]
    kept = plan_scenes("My sister was a nurse in the dream.").scenes[0].characters
    assert "sister" in {c.concept for c in kept}  # a role describes her; she stays
    roles = {
        "My little brother is waving at me, holding a red kite.": "my little brother",
        "Mein kleiner Bruder winkte mir zu.": "my little brother",
        "Meine große Schwester lachte.": "my big sister",
    }
    for text, role in roles.items():
        assert [c.role for c in plan_scenes(text).cast] == [role], text
    text = "My little brother is waving at me, holding a red kite."
    assert "waves to the dreamer, holding a red kite" in _write(text)[0].as_text()


def test_roles_in_the_dreamers_words_and_what_they_wear() -> None:
    text = "A nurse with bright pink hair took my blood pressure. He said my heart was too loud."
    assert [(c.role, c.gender) for c in plan_scenes(text).cast] == [
        ("a nurse with bright pink hair", "male")
    ]
    assert "male nurse with bright pink hair" in _write(text)[0].as_text()
    text = "my aunt, a tiny woman in a fur coat, was standing at the bus stop lol"
    plan = plan_scenes(text)
    assert [c.role for c in plan.cast] == ["my tiny aunt in a fur coat"]  # "lol" is no remark
    text = "The bus driver was Mrs Patel, my old primary school teacher, and she drove on."
    plan = plan_scenes(text)
    assert [c.role for c in plan.cast] == ["the driver Mrs Patel, an old primary school teacher"]
    assert [s.setting.place for s in plan.scenes] == ["bus"]  # a school teacher is no school


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Oma hat Pfannkuchen gebacken und ich hab Kakao getrunken.", "pancake"),
        ("Ich stand in Gummistiefeln auf dem Dach.", "rubber boots"),
        ("Wir waren in der Apotheke und haben Pflaster gekauft.", "a pharmacy"),
        ("Ich bin auf der Eisbahn im Kreis gefahren.", "an ice rink"),
    ],
)
def test_german_things_and_places_reach_the_english_prompt(text: str, shown: str) -> None:
    assert shown in _write(text)[0].as_text()


def test_a_german_word_is_matched_by_its_forms_not_its_stem() -> None:
    text = "Später war ich wieder zu Hause. Alle waren da."
    prompt = _write(text)[0].as_text()
    assert "spade" not in prompt and "avenue" not in prompt  # "später", "alle"


def test_english_things_with_no_article_are_named_and_body_words_are_not() -> None:
    prompt = _write("We folded paper planes on the balcony and ate sunflower seeds.")[0].as_text()
    assert "balcony" in prompt and "sunflower" in prompt and "cabin" not in prompt
    plan = plan_scenes("My chest was tight and the walls were orange.")
    assert not {"chest", "orange"} & {o.concept for s in plan.scenes for o in s.objects}


def test_kin_told_bare_and_german_roles_in_english() -> None:
    assert [c.role for c in plan_scenes("Opa saß bei uns im Garten.").cast] == ["my grandfather"]
    text = "Vor uns saß der Busfahrer von der Linie 7."
    assert [c.role for c in plan_scenes(text).cast] == ["the bus driver"]
    text = "Der Hausmeister hat im Keller Hühner gehalten."
    assert "janitor" in _write(text)[0].as_text()


def test_me_as_the_object_is_not_the_one_who_acts() -> None:
    scene = plan_scenes("My boss, Karen, called me on the phone and was yelling.").scenes[0]
    assert (scene.dreamer.action, scene.characters[0].action) == (None, "shout")
    scene = plan_scenes("My boss caught me sleeping at my desk.").scenes[0]
    assert scene.dreamer.action == "sleep"  # "caught me sleeping": I sleep
    scene = plan_scenes("A kid from my old class and me were hiding in a wardrobe.").scenes[0]
    assert scene.dreamer.action == "hide"


@pytest.mark.parametrize(
    ("text", "place", "shown"),
    [
        ("I ran down a long hospital corridor.", "corridor", "long hospital corridor"),
        ("Wir saßen in einem kleinen Café.", "restaurant", "small café"),
        ("Next thing I know I'm on a ferry in thick fog.", "ship", "the deck of a ferry"),
    ],
)
def test_a_place_is_called_as_said(text: str, place: str, shown: str) -> None:
    setting = plan_scenes(text).scenes[-1].setting
    assert setting.place == place and setting.called is not None
    assert shown in _write(text)[0].as_text().lower()


def test_a_remark_after_a_comma_leaves_the_event_before_it() -> None:
    text = "Ich war im Krankenhaus und hab ein Baby gehalten, keine Ahnung wessen Baby das war."
    plan = plan_scenes(text)
    assert [b.kind for b in plan.lines] == ["event", "meta"]
    assert plan.scenes[0].setting.place == "hospital"


def test_a_subjectless_line_continues_its_sentence_and_stops_are_places() -> None:
    text = "Meine Chefin hat im Meeting plötzlich angefangen zu singen."
    assert [(c.id, c.action) for c in plan_scenes(text).scenes[0].characters] == [("boss", "sing")]
    text = "I saw my mother and then suddenly ran away."
    assert plan_scenes(text).scenes[0].dreamer.action == "flee"
    setting = plan_scenes("My aunt was standing at the bus stop in the rain.").scenes[0].setting
    assert (setting.place, setting.called, setting.weather) == ("station", "a bus stop", "rain")
    text = "My best friend from high school was waiting for me at the ice rink."
    assert plan_scenes(text).scenes[0].setting.called == "an ice rink"
    assert "male bus driver" in _write("Vor uns saß der Busfahrer von der Linie 7.")[0].as_text()


def test_the_place_of_a_place_and_places_in_two_words() -> None:
    text = "Dann bin ich irgendwie in der Turnhalle von meiner alten Schule gelandet."
    assert plan_scenes(text).scenes[0].setting.place == "sports_ground"
    text = "My parents were dancing in the living room."
    assert plan_scenes(text).scenes[0].setting.place == "house"  # not a "room" compound
