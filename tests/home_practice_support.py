"""What the home-practice tests look for in a sealed file or a relay's database."""

from __future__ import annotations

# The client's dreams in the tests' vaults, word for word (as they are stored in the vault). A
# short needle ("wolf", any case) turns up by chance in some hundred kilobytes of ciphertext
# about once in a thousand runs; these do not.
PLAINTEXT = (
    b"The wolf",
    b"A wolf chased me",
    b"The wolf lies down in the sun",
    b"Dinner with my sister",
    b'"wolf"',  # a word of the dream as a JSON value (a symbol, a tag) in some plain index
    b'"sister"',
)


def holds_plaintext(data: bytes) -> bool:
    """Whether any of the client's dream texts is readable in `data`."""
    return any(text in data for text in PLAINTEXT)
