"""Key derivation, key wrapping and record sealing (format: see header.py)."""
