"""Therapy support: sessions, rehearsal, outcomes and crisis-language safety."""
