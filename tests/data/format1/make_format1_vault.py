"""Make a format-1 vault with the code of main d9c7052 (before the manifest), for a migration test."""
import sqlite3, sys
from pathlib import Path
from dreamjournal.store.journal import Journal
from dreamjournal.vault.kdf import KdfParams
from dreamjournal.vault.clipfile import encrypt_bytes

out = Path(sys.argv[1])
vault = out / "vaults" / "old.db"
kdf = KdfParams(name="argon2id", salt=bytes(range(16)), memory_kib=1024, iterations=1, lanes=1)
j = Journal.create(vault, "correct horse battery staple", kdf=kdf)
a = j.add(title="The old house", body="I walked through the old house.", tags=["house"], date="2026-01-02")
b = j.add(title="Flying", body="I flew over the sea.", date="2026-01-03", lucidity=3)
j.put_record("setting", "preferences", {"language": "en"})
clip_id = "0123456789abcdef0123456789abcdef"
j.clip_dir.mkdir(parents=True, exist_ok=True)
encrypt_bytes(j.file_key(clip_id), clip_id, b"not really an mp4", j.clip_dir / f"{clip_id}.djclip")
j.put_record("clip", clip_id, {"entry_id": a.id, "seconds": 1.0, "width": 2, "height": 2, "backend": "procedural", "seed": 1, "created": "2026-01-02T00:00:00+00:00", "mp4_bytes": 17, "poster": False})
print(a.id, b.id, j.header.format, j.header.schema_version)
j.lock()
db = sqlite3.connect(vault); db.execute("PRAGMA wal_checkpoint(TRUNCATE)"); db.close()
