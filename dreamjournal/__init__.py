"""Dream Journal: a local-first, encrypted dream journal."""

__version__ = "0.2.0"  # the one version source (pyproject reads it; `dreamjournal --version`)
