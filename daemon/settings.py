"""The one settings model of coffeechat, read from TOML and the environment.

Sources, strongest first: environment variables ``COFFEECHAT_<SECTION>__<KEY>``
(e.g. ``COFFEECHAT_CADENCE__NUDGE_AFTER=3d``), then the TOML file
(``--config``, else ``$COFFEECHAT_CONFIG``, else ``<user config dir>/config.toml``),
then the defaults below. ``config.example.toml`` documents every key.

:func:`load_settings` is the only entry point; every problem it finds becomes a
one-line :class:`~connectors.errors.ConfigError` naming the file and the key.
"""

from __future__ import annotations

import os
import re
import tomllib
from contextvars import ContextVar
from datetime import time, timedelta
from ipaddress import ip_address
from pathlib import Path
from typing import Annotated, Literal, NamedTuple
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PrivateAttr,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from connectors.errors import ConfigError
from daemon import paths
from daemon.durations import Duration

ENV_PREFIX = "COFFEECHAT_"
ENV_DELIMITER = "__"

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
"""Working days are written as three-letter English abbreviations."""

_WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri")

UserPath = Annotated[Path, AfterValidator(lambda p: p.expanduser())]
"""A path in the config; ``~`` is expanded."""


class WorkingHours(NamedTuple):
    """The part of a working day that meetings may use, in the user's timezone."""

    start: time
    end: time

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


def _parse_working_hours(value: object) -> object:
    if not isinstance(value, str):
        return value
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*", value)
    if not match:
        raise ValueError(f'not a time range: {value!r} (write e.g. "09:00-17:30")')
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    try:
        start, end = time(h1, m1), time(h2, m2)
    except ValueError as exc:
        raise ValueError(f"not a time range: {value!r} ({exc})") from exc
    if end <= start:
        raise ValueError(f"not a time range: {value!r} (the end must come after the start)")
    return WorkingHours(start, end)


WorkingHoursField = Annotated[
    WorkingHours,
    BeforeValidator(_parse_working_hours),
    PlainSerializer(str, return_type=str),
]


class _Section(BaseModel):
    """Base of every section: unknown keys are errors, never silently ignored."""

    model_config = ConfigDict(extra="forbid")


class UserSettings(_Section):
    """``[user]``: who the drafts speak for, and when they can meet."""

    name: str = ""
    email: str = ""
    timezone: str = "UTC"
    working_hours: WorkingHoursField = WorkingHours(time(9, 0), time(17, 30))
    working_days: list[Weekday] = Field(default_factory=lambda: list(_WEEKDAYS))
    pitch: str = ""
    exploring: str = ""
    sectors: list[str] = Field(default_factory=list)
    goals: str = ""
    meeting_length: Duration = timedelta(minutes=30)
    meeting_place: str = "a video call"
    signature: str = ""

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(
                f"unknown timezone: {value!r} (use an IANA name such as Europe/Paris)"
            ) from exc
        return value

    @field_validator("working_days", mode="before")
    @classmethod
    def _lower_days(cls, value: object) -> object:
        if isinstance(value, list):
            return [day.lower() if isinstance(day, str) else day for day in value]
        return value

    @model_validator(mode="after")
    def _signature_defaults_to_name(self) -> UserSettings:
        if not self.signature:
            self.signature = self.name
        return self

    @property
    def zone(self) -> ZoneInfo:
        """:attr:`timezone` as a :class:`~zoneinfo.ZoneInfo`."""
        return ZoneInfo(self.timezone)


class StoreSettings(_Section):
    """``[store]``: where the database lives (SQLite file or PostgreSQL URL)."""

    # repr=False: a PostgreSQL URL may carry a password.
    url: str = Field(default="", repr=False)

    @field_validator("url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        if not value:
            return value
        try:
            url = make_url(value)
        except ArgumentError as exc:
            raise ValueError(
                "not a database URL (write sqlite:///PATH or postgresql://...)"
            ) from exc
        backend = url.get_backend_name()
        if backend not in ("sqlite", "postgresql"):
            raise ValueError(f"unsupported database {backend!r} (use sqlite or postgresql)")
        if backend == "sqlite" and url.database and url.database.startswith("~"):
            url = url.set(database=str(Path(url.database).expanduser()))
            return url.render_as_string(hide_password=False)
        return value


class BrokerSettings(_Section):
    """``[broker]``: dramatiq's transport; empty URL means in-process."""

    # repr=False: a Redis URL may carry a password.
    url: str = Field(default="", repr=False)
    namespace: str = "coffeechat"
    workers: int = Field(default=4, ge=1)
    heartbeat_timeout_ms: int = Field(default=5000, ge=100)
    # Out of a MILLION dispatches (dramatiq's MAINTENANCE_SCALE), not ten thousand.
    maintenance_chance: int = Field(default=100_000, ge=0, le=1_000_000)
    # A command claimed by a worker that died is claimable again after this;
    # longer than any one command takes, or two workers could run it at once.
    claim_lease: Duration = Field(default=timedelta(seconds=15), ge=timedelta(seconds=1))

    @field_validator("url")
    @classmethod
    def _redis_url(cls, value: str) -> str:
        if value and not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("not a Redis URL (write redis://HOST:6379/0, or leave empty)")
        return value


class CadenceSettings(_Section):
    """``[cadence]``: how long the daemon waits between steps."""

    nudge_after: Duration = timedelta(days=7)
    thanks_within: Duration = timedelta(hours=12)
    follow_up_after: Duration = timedelta(days=21)
    brief_before: Duration = timedelta(hours=24)
    prep_slot: Duration = timedelta(minutes=30)
    poll_interval: Duration = timedelta(seconds=30)
    sweep_interval: Duration = timedelta(seconds=60)
    retry_limit: int = Field(default=8, ge=0)
    retry_backoff_max: Duration = Field(default=timedelta(minutes=5), ge=timedelta(seconds=1))


class ClockSettings(_Section):
    """``[clock]``: where the daemon reads calendar time (see ``daemon.clock``)."""

    # Demos and tests run the contacts' calendar ahead instead of waiting days.
    offset_file: UserPath | None = None


class DraftingSettings(_Section):
    """``[drafting]``: where the user's own templates are, if any."""

    templates_dir: UserPath | None = None


class GoogleSettings(_Section):
    """``[google]``: the OAuth client used for Gmail and Google Calendar."""

    client_id: str = ""
    client_secret: SecretStr = SecretStr("")
    client_secrets_file: UserPath | None = None
    # A call silent for this long counts as a timeout (retried like a 5xx).
    http_timeout: Duration = Field(default=timedelta(seconds=30), ge=timedelta(seconds=1))


class MicrosoftSettings(_Section):
    """``[microsoft]``: the Entra ID (Azure AD) app used for Outlook."""

    client_id: str = ""
    tenant: str = "common"
    # A call silent for this long counts as a timeout (retried like a 5xx).
    http_timeout: Duration = Field(default=timedelta(seconds=30), ge=timedelta(seconds=1))


class SecretsSettings(_Section):
    """``[secrets]``: how OAuth tokens are encrypted at rest."""

    key_file: UserPath = Field(default_factory=lambda: paths.data_dir() / "secret.key")
    use_keyring: bool = True


class HealthSettings(_Section):
    """``[health]``: the optional /healthz and /metrics listener, on 127.0.0.1 only."""

    enabled: bool = False
    port: int = Field(default=9465, ge=1, le=65535)


def _is_loopback(host: str | None) -> bool:
    """Whether ``host`` names this machine: ``localhost`` or a loopback IP."""
    if host is None:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


class AccountSettings(_Section):
    """One ``[[accounts]]`` entry: a mailbox + calendar the daemon watches."""

    provider: Literal["google", "microsoft"]
    address: str
    api_base: str | None = None
    token_uri: str | None = None
    # CA bundle to trust for api_base (the sandbox's throwaway CA); Microsoft only.
    ca_file: UserPath | None = None
    poll_interval: Duration | None = None

    @field_validator("api_base", "token_uri")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is None:
            return value
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"not an http(s) URL: {value!r}")
        # Tokens and mail cross this URL: in the clear only to this machine (the sandbox).
        if value.startswith("http://") and not _is_loopback(urlsplit(value).hostname):
            raise ValueError(f"plain http is only for a loopback address, use https: {value!r}")
        return value

    @field_validator("address")
    @classmethod
    def _mail_address(cls, value: str) -> str:
        if "@" not in value:
            raise ValueError(f"not an email address: {value!r}")
        return value.strip().lower()


# load_settings() sets this so that settings_customise_sources knows the file.
_TOML_FILE: ContextVar[Path | None] = ContextVar("_TOML_FILE", default=None)


class Settings(BaseSettings):
    """Everything configurable. Build it with :func:`load_settings`."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter=ENV_DELIMITER,
        extra="forbid",
        case_sensitive=False,
    )

    data_dir: UserPath = Field(default_factory=paths.data_dir)
    user: UserSettings = Field(default_factory=UserSettings)
    store: StoreSettings = Field(default_factory=StoreSettings)
    broker: BrokerSettings = Field(default_factory=BrokerSettings)
    cadence: CadenceSettings = Field(default_factory=CadenceSettings)
    clock: ClockSettings = Field(default_factory=ClockSettings)
    drafting: DraftingSettings = Field(default_factory=DraftingSettings)
    google: GoogleSettings = Field(default_factory=GoogleSettings)
    microsoft: MicrosoftSettings = Field(default_factory=MicrosoftSettings)
    secrets: SecretsSettings = Field(default_factory=SecretsSettings)
    health: HealthSettings = Field(default_factory=HealthSettings)
    accounts: list[AccountSettings] = Field(default_factory=list)

    _config_file: Path | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _defaults_under_data_dir(self) -> Settings:
        # The store and the key live under data_dir unless set on their own.
        if not self.store.url:
            self.store.url = f"sqlite:///{self.data_dir / 'coffeechat.db'}"
        if "key_file" not in self.secrets.model_fields_set:
            self.secrets.key_file = self.data_dir / "secret.key"
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Environment first, then the TOML file; no dotenv, no secrets dir."""
        toml_file = _TOML_FILE.get()
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if toml_file is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_file))
        return tuple(sources)

    @property
    def config_file(self) -> Path | None:
        """The TOML file these settings were read from (it may not exist)."""
        return self._config_file


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings from ``path`` (else the default file) and the environment.

    A missing file means defaults. Any problem raises :class:`ConfigError` with
    one line naming the file (or environment variable) and the key.
    """
    toml_file = paths.config_path(path)
    if toml_file.exists() and not toml_file.is_file():
        raise ConfigError(f"{toml_file}: not a file")
    token = _TOML_FILE.set(toml_file)
    try:
        settings = Settings()
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{toml_file}: TOML syntax error: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"{toml_file}: cannot read: {exc.strerror}") from exc
    except ValidationError as exc:
        raise ConfigError(_one_line(toml_file, exc)) from exc
    finally:
        _TOML_FILE.reset(token)
    settings._config_file = toml_file
    return settings


def _one_line(toml_file: Path, exc: ValidationError) -> str:
    """Turn pydantic's report into ``FILE: key.path: what is wrong``."""
    errors = exc.errors(include_url=False, include_input=False)
    first = errors[0]
    loc = first["loc"]
    key = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc)
    key = key.lstrip(".") or "(top level)"
    if first["type"] == "extra_forbidden":
        message = "unknown key"
    else:
        message = str(first["msg"]).removeprefix("Value error, ")
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    where = _env_var_for(loc) or str(toml_file)
    return f"{where}: {key}: {message}{more}".replace("\n", " ")


def _env_var_for(loc: tuple[int | str, ...]) -> str | None:
    """The environment variable that set the value at ``loc``, if one did."""
    names = {name.upper() for name in os.environ}
    for depth in range(len(loc), 0, -1):
        candidate = ENV_PREFIX + ENV_DELIMITER.join(str(part).upper() for part in loc[:depth])
        if candidate in names:
            return f"${candidate}"
    return None
