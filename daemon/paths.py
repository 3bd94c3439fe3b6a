"""Where coffeechat keeps its files by default (platformdirs user dirs)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path

APP_NAME = "coffeechat"
CONFIG_ENV = "COFFEECHAT_CONFIG"


def config_dir() -> Path:
    """The per-user configuration folder, e.g. ``~/.config/coffeechat``."""
    return user_config_path(APP_NAME)


def data_dir() -> Path:
    """The per-user data folder (store, secret key), e.g. ``~/.local/share/coffeechat``."""
    return user_data_path(APP_NAME)


def config_path(explicit: Path | None = None) -> Path:
    """The config file to read.

    ``explicit`` (``--config``), else ``$COFFEECHAT_CONFIG``, else
    ``config.toml`` in :func:`config_dir`.
    """
    if explicit is not None:
        return explicit.expanduser()
    from_env = os.environ.get(CONFIG_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return config_dir() / "config.toml"
