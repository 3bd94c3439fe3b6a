"""deploy/: systemd units systemd accepts, hardened; a compose file without passwords."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

DEPLOY = Path(__file__).parents[2] / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("*.service"))
#: The units of a server install (system units, their own user).
SYSTEM_UNITS = [u for u in UNITS if u.name != "coffeechat.service"]


def _service(unit: Path) -> dict[str, list[str]]:
    """The [Service] section of ``unit``: each key with every value it is given."""
    values: dict[str, list[str]] = {}
    section = ""
    for raw in unit.read_text().splitlines():
        line = raw.strip()
        if line.startswith("["):
            section = line
        elif section == "[Service]" and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values.setdefault(key, []).append(value)
    return values


def test_every_unit_is_found() -> None:
    assert {u.name for u in UNITS} == {
        "coffeechat.service",
        "coffeechat-db-upgrade.service",
        "coffeechat-scheduler.service",
        "coffeechat-worker@.service",
    }


@pytest.mark.parametrize("unit", SYSTEM_UNITS, ids=lambda u: u.name)
def test_server_units_are_hardened(unit: Path) -> None:
    service = _service(unit)
    assert service.get("User") == ["coffeechat"] or service.get("DynamicUser") == ["yes"]
    for key, value in {
        "ProtectSystem": "strict",
        "NoNewPrivileges": "yes",
        "PrivateTmp": "yes",
        "ProtectHome": "yes",
        "StateDirectory": "coffeechat",
        "UMask": "0077",
        "CapabilityBoundingSet": "",
    }.items():
        assert service.get(key) == [value], f"{unit.name}: {key}={service.get(key)}"
    # The vault key is read from /etc, never from the state directory beside the vault
    assert "COFFEECHAT_SECRETS__KEY_FILE=/etc/coffeechat/secret.key" in service["Environment"]


def test_laptop_unit_is_hardened_as_far_as_a_user_unit_goes() -> None:
    service = _service(DEPLOY / "systemd" / "coffeechat.service")
    assert service["NoNewPrivileges"] == ["yes"]
    assert service["ProtectSystem"] == ["strict"]
    assert service["PrivateTmp"] == ["yes"]
    assert service["ReadWritePaths"] == ["-%h/.local/share/coffeechat"]


@pytest.mark.parametrize("unit", SYSTEM_UNITS, ids=lambda u: u.name)
def test_scheduler_and_workers_wait_for_the_migration(unit: Path) -> None:
    if unit.name == "coffeechat-db-upgrade.service":
        assert _service(unit)["ExecStart"] == ["/opt/coffeechat/bin/coffeechat db upgrade"]
        return
    text = unit.read_text()
    assert "Requires=coffeechat-db-upgrade.service" in text
    assert re.search(r"^After=coffeechat-db-upgrade.service", text, re.MULTILINE)


def test_systemd_accepts_every_unit(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed: the units were not verified")
    # Given the units, pointed at the coffeechat installed here (verify checks it exists)
    exe = str(Path(sys.executable).parent / "coffeechat")
    paths = []
    for unit in UNITS:
        text = unit.read_text()
        text = text.replace("/opt/coffeechat/bin/coffeechat", exe)
        text = text.replace("%h/.local/bin/coffeechat", exe)
        # A template is verified through one of its instances.
        copy = tmp_path / unit.name.replace("@.", "@1.")
        copy.write_text(text)
        paths.append(str(copy))
    # When systemd-analyze verifies them, it finds nothing to say about them
    done = subprocess.run(
        [analyze, "verify", "--man=no", *paths],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "SYSTEMD_LOG_LEVEL": "notice"},
    )
    about_ours = [line for line in done.stderr.splitlines() if str(tmp_path) in line]
    assert done.returncode == 0, done.stderr
    assert about_ours == []


def test_compose_takes_its_passwords_from_the_env_file() -> None:
    text = (DEPLOY / "compose.yaml").read_text()
    compose = yaml.safe_load(text)
    services = compose["services"]
    # No password is written in the file: each one is required from the environment
    assert services["postgres"]["environment"]["POSTGRES_PASSWORD"] == (
        "${POSTGRES_PASSWORD:?write it in deploy/coffeechat.env}"
    )
    assert "requirepass" in " ".join(services["redis"]["command"])
    assert "$$REDIS_PASSWORD" in " ".join(services["redis"]["command"])
    for name in ("migrate", "scheduler", "worker"):
        env = services[name]["environment"]
        assert ":${POSTGRES_PASSWORD:?" in env["COFFEECHAT_STORE__URL"]
        assert "redis://:${REDIS_PASSWORD:?" in env["COFFEECHAT_BROKER__URL"]
    # and the migration runs alone before the scheduler and the workers start
    assert services["migrate"]["command"] == ["db", "upgrade"]
    for name in ("scheduler", "worker"):
        assert services[name]["depends_on"]["migrate"] == {
            "condition": "service_completed_successfully"
        }
    # The example env file names both passwords and fills in neither
    example = configparser.ConfigParser()
    example.read_string("[env]\n" + (DEPLOY / "coffeechat.env.example").read_text())
    assert dict(example["env"]) == {"postgres_password": "", "redis_password": ""}
    assert "deploy/coffeechat.env" in (DEPLOY.parent / ".gitignore").read_text().splitlines()
