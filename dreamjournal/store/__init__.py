"""Sealed rows in SQLite (or any SQLAlchemy URL) and the Journal repository over them."""
