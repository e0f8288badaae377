"""Dream Journal: a local-first, encrypted dream journal."""

__version__ = "0.1.0"
