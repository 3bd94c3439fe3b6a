"""load_settings: defaults, the TOML file, environment overrides and one-line errors."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

import pytest

from connectors.errors import ConfigError
from daemon.settings import WorkingHours, load_settings


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def test_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "absent.toml")
    assert settings.config_file == tmp_path / "absent.toml"
    assert settings.user.timezone == "UTC"
    assert settings.user.working_hours == WorkingHours(time(9, 0), time(17, 30))
    assert settings.user.working_days == ["mon", "tue", "wed", "thu", "fri"]
    assert settings.user.meeting_length == timedelta(minutes=30)
    assert settings.cadence.nudge_after == timedelta(days=7)
    assert settings.cadence.retry_limit == 8
    assert settings.broker.url == ""
    assert (settings.broker.workers, settings.broker.maintenance_chance) == (4, 100_000)
    assert settings.broker.claim_lease == timedelta(seconds=15)
    assert settings.store.url == f"sqlite:///{settings.data_dir / 'coffeechat.db'}"
    assert settings.secrets.key_file == settings.data_dir / "secret.key"


def test_default_file_is_in_the_user_config_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "coffeechat").mkdir()
    (tmp_path / "coffeechat" / "config.toml").write_text('[user]\nname = "Ann"\n')
    settings = load_settings()
    assert settings.user.name == "Ann"
    assert settings.config_file == tmp_path / "coffeechat" / "config.toml"


def test_coffeechat_config_variable_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COFFEECHAT_CONFIG", str(_write(tmp_path, '[user]\nname = "Bo"\n')))
    assert load_settings().user.name == "Bo"


def test_file_values_are_read_and_parsed(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
data_dir = "~/cc-data"
[user]
name = "Ann Lee"
timezone = "Europe/Paris"
working_hours = "8:30-12:00"
working_days = ["Mon", "wed"]
[cadence]
nudge_after = "1d12h"
poll_interval = "45s"
[[accounts]]
provider = "microsoft"
address = "Ann@Example.org"
poll_interval = "2m"
""",
    )
    settings = load_settings(path)
    assert settings.data_dir == Path.home() / "cc-data"
    assert settings.store.url == f"sqlite:///{Path.home() / 'cc-data' / 'coffeechat.db'}"
    assert settings.user.zone.key == "Europe/Paris"
    assert settings.user.working_hours == WorkingHours(time(8, 30), time(12, 0))
    assert settings.user.working_days == ["mon", "wed"]
    assert settings.user.signature == "Ann Lee"
    assert settings.cadence.nudge_after == timedelta(days=1, hours=12)
    assert settings.cadence.poll_interval == timedelta(seconds=45)
    [account] = settings.accounts
    assert (account.provider, account.address, account.poll_interval) == (
        "microsoft",
        "ann@example.org",
        timedelta(minutes=2),
    )


def test_environment_overrides_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, '[cadence]\nnudge_after = "7d"\n[user]\nname = "Ann"\n')
    monkeypatch.setenv("COFFEECHAT_CADENCE__NUDGE_AFTER", "3d")
    monkeypatch.setenv("COFFEECHAT_BROKER__WORKERS", "9")
    monkeypatch.setenv("COFFEECHAT_STORE__URL", "postgresql://cc@db.example/cc")
    settings = load_settings(path)
    assert settings.cadence.nudge_after == timedelta(days=3)
    assert settings.broker.workers == 9
    assert settings.store.url == "postgresql://cc@db.example/cc"
    assert settings.user.name == "Ann"


def test_sqlite_url_with_tilde_is_expanded(tmp_path: Path) -> None:
    settings = load_settings(_write(tmp_path, '[store]\nurl = "sqlite:///~/x/cc.db"\n'))
    assert settings.store.url == f"sqlite:///{Path.home() / 'x' / 'cc.db'}"


def test_secrets_stay_out_of_repr(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
[google]
client_secret = "g-secret-1"
[broker]
url = "redis://:r-secret-2@localhost:6379/0"
[store]
url = "postgresql://u:p-secret-3@localhost/cc"
""",
    )
    settings = load_settings(path)
    assert settings.google.client_secret.get_secret_value() == "g-secret-1"
    shown = repr(settings) + str(settings)
    for secret in ("g-secret-1", "r-secret-2", "p-secret-3"):
        assert secret not in shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[cadence]\nnudge_aftr = "7d"\n', "cadence.nudge_aftr: unknown key"),
        ("[gogle]\nclient_id = 'x'\n", "gogle: unknown key"),
        ('[broker]\nworkers = "many"\n', "broker.workers: Input should be a valid integer"),
        ("[user]\nworking_days = 'mon'\n", "user.working_days: Input should be a valid list"),
        ('[user]\ntimezone = "Mars/Olympus"\n', "user.timezone: unknown timezone: 'Mars/Olympus'"),
        ('[cadence]\nnudge_after = "7x"\n', "cadence.nudge_after: not a duration: '7x'"),
        ("[cadence]\nnudge_after = 7\n", "cadence.nudge_after: not a duration: 7"),
        ('[user]\nworking_hours = "17:00-09:00"\n', "user.working_hours: not a time range"),
        ('[store]\nurl = "mysql://x/y"\n', "store.url: unsupported database 'mysql'"),
        ('[broker]\nurl = "amqp://x"\n', "broker.url: not a Redis URL"),
        (
            '[[accounts]]\nprovider = "yahoo"\naddress = "a@b.c"\n',
            "accounts[0].provider: Input should be 'google' or 'microsoft'",
        ),
        ('[[accounts]]\nprovider = "google"\n', "accounts[0].address: Field required"),
        (
            '[user]\nname = "Ann"\n[cadence\n',
            "TOML syntax error: Expected ']' at the end of a table",
        ),
    ],
    ids=[
        "unknown-key",
        "unknown-section",
        "wrong-type",
        "wrong-type-list",
        "bad-timezone",
        "bad-duration",
        "number-for-duration",
        "bad-working-hours",
        "bad-store-url",
        "bad-broker-url",
        "bad-provider",
        "missing-address",
        "toml-syntax",
    ],
)
def test_bad_config_is_one_line_naming_file_and_key(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: {expected}")
    assert "\n" not in message


def test_toml_syntax_error_gives_the_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"at line 3, column"):
        load_settings(_write(tmp_path, '[user]\nname = "Ann"\nemail = \n'))


def test_bad_value_from_the_environment_names_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COFFEECHAT_CADENCE__NUDGE_AFTER", "soon")
    with pytest.raises(ConfigError) as caught:
        load_settings(tmp_path / "absent.toml")
    assert str(caught.value).startswith(
        "$COFFEECHAT_CADENCE__NUDGE_AFTER: cadence.nudge_after: not a duration: 'soon'"
    )


def test_config_path_that_is_a_folder_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not a file"):
        load_settings(tmp_path)
