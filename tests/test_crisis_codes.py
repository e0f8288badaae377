"""A code, key or hash pasted into an entry, and keyboard gibberish, are nobody's crisis (round 49).

The third-stage classifier had never seen such a string and guessed: a bare 32-digit hex key
flagged 43 of 1,500 times, a dream line with a share-test canary ("BUNDLE" + a uuid) beside it
paused a share in a CI run. Codes are now left out of what the classifier reads, and a window
holding no word it was trained on and no crisis concept is not its to flag. A crisis written
beside a code is still caught.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dreamjournal.therapy.safety import assess_crisis

DREAM = "The moths spelled words on the ceiling."

# strings that flagged before round 49 (found by drawing random ones)
CODES = [
    "BUNDLEec5f80dd5a346e041cb9eea1f2dc18c6",
    "BUNDLEac24ccc700cfd09937def267117c7dcb",
    "BUNDLEbbe087351561e98e6060db24767c64f8",
    "dbf4a8b2b0c4312d20203626f3fe39c0",
    "c2216b02fc241d0bc9d488b1cfbf3360",
    "n_Kf59HGgg3I37W-itFVdw",
    "nVN4V8eFnZ2oMJ4wAEukHA",
]
GIBBERISH = ["pbshcsoblv", "svjqxatfgv", "nfrc bvvvu cvgtmvja", "vvseks axjbq dlthns"]


@pytest.mark.parametrize("code", CODES)
def test_a_code_alone_or_beside_a_dream_is_not_a_crisis(code: str) -> None:
    assert not assess_crisis(code).flagged
    assert not assess_crisis(f"{DREAM}\n{code}").flagged


@pytest.mark.parametrize("mash", GIBBERISH)
def test_keyboard_gibberish_is_not_a_crisis(mash: str) -> None:
    assert not assess_crisis(mash).flagged


@given(key=st.binary(min_size=16, max_size=16), prefix=st.sampled_from(["", "BUNDLE", "ref "]))
def test_no_hex_key_flags(key: bytes, prefix: str) -> None:
    assert not assess_crisis(f"{DREAM}\n{prefix}{key.hex()}").flagged


@pytest.mark.parametrize(
    "text",
    [
        "i want to die. ref 9f3c2b7d41e0a8c5",
        "I took 50mg of everything I had tonight so I won't wake up. ticket a1b2c3d4e5f6",
        "Ich will nicht mehr leben. Code: x7k2m9p4q1w8",
        "qwertzuiop. i can't do this anymore, i've written the note and bought the rope.",
    ],
)
def test_a_crisis_beside_a_code_or_gibberish_is_still_caught(text: str) -> None:
    assert assess_crisis(text).flagged
