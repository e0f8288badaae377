"""Issue 13's failures, each as a test: emotions (HVdC classes, body cues, attribution, negation,
intensity), lemma/stem matching with typos and ae/oe/ue/ss, car parks, cities and brands, similes,
meta and waking lines, and the nightmare checks."""

from __future__ import annotations

import pytest

from dreamjournal.analysis import (
    CLEARLY_DISTRESSING,
    DreamFeatures,
    analyze,
    is_calmer,
    is_distressing,
)


def classes(f: DreamFeatures) -> set[str]:
    return set(f.dreamer_classes)


def symbols(f: DreamFeatures) -> set[str]:
    return {s.name for s in f.symbols}


# --- a two-word dream -----------------------------------------------------------------------


def test_two_word_dream_yields_something() -> None:
    f = analyze("falling again.")
    assert "falling" in f.dream_signs
    assert f.implied_classes == ["apprehension"]  # a hint, not a coded emotion
    assert f.dreamer_classes == []  # HVdC codes only what is said
    assert f.scene_plan is not None
    assert [s.action for s in f.scene_plan.scenes] == ["fall"]


def test_two_word_german_dream() -> None:
    f = analyze("Wieder gefallen.", language="de")
    assert "falling" in f.dream_signs


# --- the dreamer's emotions -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I was terrified.", {"apprehension"}),
        ("I was furious.", {"anger"}),
        ("I felt so sad and lonely.", {"sadness"}),
        ("I was confused, nothing made sense.", {"confusion"}),
        ("I was so happy.", {"happiness"}),
        ("I was amazed.", {"confusion"}),  # surprise is confusion in HVdC
        ("Ich war wütend.", {"anger"}),
        ("Ich hatte große Angst.", {"apprehension"}),
        ("Ich war traurig.", {"sadness"}),
        ("Ich war total verwirrt.", {"confusion"}),
        ("Ich war überglücklich.", {"happiness"}),
    ],
)
def test_hall_van_de_castle_classes(text: str, expected: set[str]) -> None:
    assert classes(analyze(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "My heart was pounding and I was drenched in sweat.",
        "I froze. My hands were trembling.",
        "I had goosebumps and couldn't breathe.",
        "Mein Herz raste und ich war schweißgebadet.",
        "Ich habe am ganzen Körper gezittert.",
        "Ich war wie gelähmt.",
    ],
)
def test_fear_shown_only_through_the_body(text: str) -> None:
    f = analyze(text)
    assert classes(f) == {"apprehension"}


def test_body_cues_are_marked() -> None:
    f = analyze("My heart was pounding and I was drenched in sweat.")
    assert [h.body for h in f.emotions] == [True]


def test_a_pounding_heart_with_joy_is_not_fear() -> None:
    f = analyze("My heart was pounding with excitement when they called my name. I was thrilled.")
    assert "apprehension" not in classes(f)
    assert "happiness" in classes(f)


@pytest.mark.parametrize(
    ("text", "dreamer", "other"),
    [
        ("I was furious.", {"anger"}, set()),
        ("He was furious.", set(), {"anger"}),
        ("My brother was furious at me, he kept yelling.", set(), {"anger"}),
        ("She made me so angry.", {"anger"}, set()),
        ("Meine Mutter hatte Angst.", set(), {"apprehension"}),
        ("Er machte mir Angst.", {"apprehension"}, set()),
        ("Everyone was terrified, me too.", {"apprehension"}, {"apprehension"}),
        ("The bus driver was angry and refused to let me on. I walked.", set(), {"anger"}),
    ],
)
def test_attribution_to_the_dreamer_or_another(
    text: str, dreamer: set[str], other: set[str]
) -> None:
    f = analyze(text)
    assert classes(f) == dreamer
    assert set(f.other_classes) == other


@pytest.mark.parametrize(
    "text",
    [
        "I wasn't scared.",
        "I was not afraid at all.",
        "Angst hatte ich keine.",
        "Ich hatte überhaupt keine Angst.",
    ],
)
def test_negated_emotion_is_no_dreamer_emotion(text: str) -> None:
    f = analyze(text)
    assert "apprehension" not in classes(f)


@pytest.mark.parametrize(
    ("text", "felt", "set_aside"),
    [
        ("I was more amused than afraid.", "happiness", "apprehension"),
        ("Ich war eher verwundert als ängstlich.", "confusion", "apprehension"),
        ("I was rather sad than angry.", "sadness", "anger"),
    ],
)
def test_the_feeling_after_than_is_set_aside(text: str, felt: str, set_aside: str) -> None:
    assert felt in classes(analyze(text)) and set_aside not in classes(analyze(text))


@pytest.mark.parametrize("text", ["I was more afraid than ever.", "Ich hatte mehr Angst als je."])
def test_more_of_a_feeling_than_before_keeps_it(text: str) -> None:
    assert classes(analyze(text)) == {"apprehension"}


def test_intensifiers_raise_intensity() -> None:
    strong = analyze("I was so incredibly scared.").emotions[0]
    plain = analyze("I was scared.").emotions[0]
    slight = analyze("I was slightly scared.").emotions[0]
    assert strong.intensity > plain.intensity > slight.intensity


def test_waking_and_meta_feelings_are_not_dream_emotions() -> None:
    f = analyze("A dog barked at me in the park. Then I woke up relieved it was only a dream.")
    assert "happiness" not in classes(f)
    assert "relief" in f.waking_feelings
    g = analyze("We were at the beach. Honestly I'm annoyed my brain does this.")
    assert "anger" not in classes(g)


# --- matching: stems, typos, spellings --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "emotion"),
    [
        ("I was terrifed.", "en", "apprehension"),  # one letter missing
        ("I was scraed.", "en", "apprehension"),  # two letters swapped
        ("I felt frigthened.", "en", "apprehension"),
        ("I was terrifyingly frightened, frightening everyone.", "en", "apprehension"),
        ("Ich war wuetend.", "de", "anger"),  # ue for ü
        ("Ich war gluecklich.", "de", "happiness"),
        ("Ich hatte grosse Angst.", "de", "apprehension"),  # ss for ß
        ("Ich war traurgi.", "de", "sadness"),  # swapped letters
    ],
)
def test_typos_and_spellings(text: str, language: str, emotion: str) -> None:
    assert emotion in classes(analyze(text, language=language))


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("Ich lief durch die Waelder.", "forest"),
        ("Die Tuer war offen.", "door"),
        ("Auf der Strasse lag Schnee.", "road"),
        ("Die Baeume bogen sich.", "tree"),
    ],
)
def test_german_spelled_out_umlauts(text: str, symbol: str) -> None:
    assert symbol in symbols(analyze(text, language="de"))


def test_real_words_near_a_lexicon_word_are_not_typos() -> None:
    f = analyze("A long conference in the morning, with name tags and coffee.")
    assert f.emotions == []


# --- settings, characters, similes -------------------------------------------------------------


def test_car_park_is_a_setting_not_a_park() -> None:
    f = analyze("I was looking for my car in a multi-storey car park.")
    assert "car park" in f.settings
    assert "park" not in f.settings
    g = analyze("Ich suchte mein Auto im Parkhaus.", language="de")
    assert g.settings == ["car park"]


def test_cities_and_car_brands_are_not_characters() -> None:
    f = analyze("I drove my Toyota from Berlin to Paris with Anna and we met Tom in London.")
    assert {"Anna", "Tom"} <= set(f.characters)
    assert not {"Toyota", "Berlin", "Paris", "London"} & set(f.characters)
    g = analyze("Wir fuhren mit dem BMW nach München, wo Lena auf uns wartete.", language="de")
    assert "Lena" in g.characters
    assert not {"BMW", "München"} & set(g.characters)


def test_a_simile_adds_no_symbol() -> None:
    f = analyze("It felt like being on the moon, light and quiet.")
    assert "moon" not in symbols(f)
    g = analyze("Ich flog wie ein Vogel über die Stadt.", language="de")
    assert "bird" not in symbols(g)
    assert "city" in symbols(g)  # the comparison ends at its noun
    h = analyze("I walked under the moon.")
    assert "moon" in symbols(h)


# --- marked lines ------------------------------------------------------------------------------


def test_negated_meta_and_waking_lines_are_marked_not_events() -> None:
    f = analyze(
        "I was in a forest. I wasn't scared. This was long, I'm forgetting half. "
        "Then my alarm went off."
    )
    assert f.scene_plan is not None
    kinds = [b.kind for b in f.scene_plan.lines]
    assert kinds == ["event", "negated", "meta", "waking"]
    assert all(b.action is None for b in f.scene_plan.lines if b.kind != "event")
    assert "apprehension" not in classes(f)


def test_german_marked_lines() -> None:
    f = analyze(
        "Ich war im Wald. Ich hatte keine Angst. Keine Ahnung, was dann passierte. "
        "Dann hat der Wecker geklingelt.",
        language="de",
    )
    assert f.scene_plan is not None
    assert [b.kind for b in f.scene_plan.lines] == ["event", "negated", "meta", "waking"]


def test_a_false_awakening_is_dream_content() -> None:
    f = analyze("I woke up, but I was still dreaming, and the room was full of water.")
    assert "false awakening" in f.dream_signs
    assert f.scene_plan is not None
    assert f.scene_plan.lines[0].kind == "event"


# --- nightmare checks --------------------------------------------------------------------------

NIGHTMARE = (
    "A monster chased me through a dark forest. I was terrified, my heart was pounding. "
    "It caught me and I screamed."
)


@pytest.mark.parametrize(
    "text",
    [
        NIGHTMARE,
        "Ich wurde von einem Mann mit einem Messer verfolgt. Ich hatte Todesangst und schrie.",
        "I was trapped under water and couldn't breathe. I woke up crying.",
    ],
)
def test_clearly_distressing_dreams(text: str) -> None:
    assert is_distressing(text)
    assert analyze(text).distress >= CLEARLY_DISTRESSING


@pytest.mark.parametrize(
    "text",
    [
        "We had a picnic by the lake. I was happy.",
        "I walked through a library with my cat.",
        "Ich saß mit meiner Oma im Garten und war glücklich.",
        "I wasn't scared at all.",
    ],
)
def test_calm_dreams_are_not_distressing(text: str) -> None:
    assert not is_distressing(text)


def test_a_calmer_rescript_is_calmer() -> None:
    verdict = is_calmer(
        NIGHTMARE,
        "The monster chased me, but I turned around and it became a small puppy. "
        "I laughed and felt safe and happy.",
    )
    assert verdict.calmer
    assert verdict.rescript_ending == "safe"
    assert verdict.rescript_valence > verdict.nightmare_valence


def test_a_rescript_where_the_threat_still_wins_is_not_calmer() -> None:
    verdict = is_calmer(NIGHTMARE, "The monster chased me and caught me again. I was terrified.")
    assert not verdict.calmer
    assert "threat_wins" in verdict.reasons


def test_a_more_negative_rescript_is_not_calmer() -> None:
    verdict = is_calmer(
        "I was a bit worried at the station.", "I was furious and desperate and sad."
    )
    assert not verdict.calmer
    assert "more_negative" in verdict.reasons


def test_german_rescript() -> None:
    verdict = is_calmer(
        "Ein Wolf verfolgte mich durch den Wald. Ich hatte große Angst.",
        "Der Wolf setzte sich neben mich und wurde ganz zahm. Ich war ruhig und glücklich.",
        language="de",
    )
    assert verdict.calmer


def test_nightmare_elements_for_the_safe_place() -> None:
    from dreamjournal.analysis import nightmare_elements

    elements = nightmare_elements(analyze(NIGHTMARE))
    assert {"monster", "forest", "darkness"} <= elements
    german = nightmare_elements(analyze("Ein Wolf jagte mich durch den Wald.", language="de"))
    assert {"wolf", "forest"} <= german  # English concepts, whatever the dream's language


@pytest.mark.parametrize(
    "text,lang",
    [
        ("wieder gefallen.", "de"),
        ("schon wieder", "de"),
        ("falling again.", "en"),
        ("still here", "en"),
        ("Traum", "de"),
    ],
)
def test_very_short_dreams_get_their_language(text: str, lang: str) -> None:
    from dreamjournal.analysis.text import detect_language

    assert detect_language(text) == lang
