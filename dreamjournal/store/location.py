"""Where vaults live in a data dir: one SQLite file per vault, `vaults/<name>.db`."""

from __future__ import annotations

import re
from pathlib import Path

from dreamjournal.errors import InvalidInput

DEFAULT_VAULT = "journal"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def check_vault_name(name: str) -> str:
    """Vault names become file names: letters, digits, '-', '_', '.'; up to 64."""
    if not _NAME.match(name) or name.endswith(".") or ".." in name:
        raise InvalidInput(
            f"{name!r} cannot be a vault name. Use letters, digits, '-' or '_' (up to 64), "
            "for example 'journal' or 'client-07'."
        )
    return name


def vault_path(data_dir: Path, name: str = DEFAULT_VAULT) -> Path:
    """The SQLite file of vault `name`."""
    return Path(data_dir) / "vaults" / f"{check_vault_name(name)}.db"


def list_vaults(data_dir: Path) -> list[str]:
    """Names of the vaults in `data_dir`, sorted."""
    folder = Path(data_dir) / "vaults"
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.db") if _NAME.match(p.stem))
