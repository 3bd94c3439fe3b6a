"""config.example.toml loads, documents every field of the model, and ships in the package."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel

from daemon.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[2]
TOP_LEVEL = ROOT / "config.example.toml"
PACKAGED = ROOT / "daemon" / "config.example.toml"
# "#key = value" and "#[table]" are settings left off; "# text" is commentary.
DISABLED = re.compile(r"^#(?=\[|[a-z_]+ = )", re.MULTILINE)


def _model_keys(model: type[BaseModel], prefix: str = "") -> set[str]:
    keys = set()
    for name, field in model.model_fields.items():
        inner = [field.annotation, *get_args(field.annotation)]
        nested = next((t for t in inner if isinstance(t, type) and issubclass(t, BaseModel)), None)
        if nested is None:
            keys.add(prefix + name)
        else:
            keys |= _model_keys(nested, f"{prefix}{name}.")
    return keys


def _toml_keys(data: dict[str, Any], prefix: str = "") -> set[str]:
    keys = set()
    for name, value in data.items():
        if isinstance(value, dict):
            keys |= _toml_keys(value, f"{prefix}{name}.")
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for item in value:
                keys |= _toml_keys(item, f"{prefix}{name}.")
        else:
            keys.add(prefix + name)
    return keys


def test_top_level_example_is_the_packaged_one() -> None:
    assert TOP_LEVEL.read_bytes() == PACKAGED.read_bytes()


def test_example_loads_as_is() -> None:
    settings = load_settings(TOP_LEVEL)
    assert settings.user.name == "Your Name"
    assert settings.accounts == []
    assert settings.store.url.startswith("sqlite:///")


def test_example_with_every_setting_switched_on_loads(tmp_path: Path) -> None:
    enabled = tmp_path / "config.toml"
    enabled.write_text(DISABLED.sub("", TOP_LEVEL.read_text()))
    settings = load_settings(enabled)
    assert [a.provider for a in settings.accounts] == ["google"]
    assert settings.store.url.startswith("postgresql+psycopg://")


def test_example_documents_every_field_of_the_model() -> None:
    documented = _toml_keys(tomllib.loads(DISABLED.sub("", TOP_LEVEL.read_text())))
    assert documented == _model_keys(Settings)


def test_every_example_key_has_a_comment_above_it() -> None:
    lines = DISABLED.sub("", TOP_LEVEL.read_text()).splitlines()
    for number, line in enumerate(lines):
        if re.match(r"^[a-z_]+ = ", line):
            assert lines[number - 1].startswith("# "), f"line {number + 1} {line!r} has no comment"
