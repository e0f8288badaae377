"""Where vaults live in a data dir: one SQLite file per vault, `vaults/<name>.db`."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from dreamjournal.errors import InvalidInput

DEFAULT_VAULT = "journal"
# Letters of any script (a client called Jürgen or Ωμέγα), digits, '_', '-', '.'; first a
# letter or digit. fullmatch: `$` alone would let a trailing newline through.
_NAME = re.compile(r"[^\W_][\w.-]{0,63}")


def check_vault_name(name: str) -> str:
    """Vault names become file names: letters (any script), digits, '-', '_', '.'; up to 64."""
    name = unicodedata.normalize("NFC", name) if isinstance(name, str) else name
    if not isinstance(name, str) or not _NAME.fullmatch(name) or name.endswith(".") or ".." in name:
        raise InvalidInput("error.location.cannot_vault_name", name=name)
    return name


def vault_path(data_dir: Path, name: str = DEFAULT_VAULT) -> Path:
    """The SQLite file of vault `name`."""
    return Path(data_dir) / "vaults" / f"{check_vault_name(name)}.db"


def list_vaults(data_dir: Path) -> list[str]:
    """Names of the vaults in `data_dir`, sorted."""
    folder = Path(data_dir) / "vaults"
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.db") if _NAME.fullmatch(p.stem))
