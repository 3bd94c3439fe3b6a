"""``coffeechat auth``: connect an account and keep its credentials in the vault."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from connectors.errors import InputError
from daemon.cli.app import GLOBALS, app
from daemon.settings import load_settings

auth_app = typer.Typer(help="Authorise coffeechat to read mail, write drafts and edit events.")
app.add_typer(auth_app, name="auth")

#: ``--refresh-token-file``, the same for every provider.
RefreshTokenFileOpt = Annotated[
    str | None,
    typer.Option(
        "--refresh-token-file",
        metavar="PATH",
        help="Read that refresh token from PATH, or from standard input with -.",
    ),
]


@auth_app.command("google")
def google(
    account: Annotated[
        str, typer.Option("--account", help="The address of a configured Google account.")
    ],
    no_browser: Annotated[
        bool,
        typer.Option("--no-browser", help="Print the consent URL instead of opening a browser."),
    ] = False,
    refresh_token: Annotated[
        str | None,
        typer.Option(
            "--refresh-token",
            help=(
                "Store a refresh token obtained elsewhere instead of running the consent flow "
                "(visible to other users in the process list: prefer --refresh-token-file)."
            ),
        ),
    ] = None,
    refresh_token_file: RefreshTokenFileOpt = None,
) -> None:
    """Authorise a Google account and store its refresh token, encrypted."""
    # Imported here: the Google clients are slow to import and only this command needs them.
    from connectors.google.auth import run_consent_flow, verify
    from daemon.accounts import find_account, google_client, token_name, token_vault

    if refresh_token is not None and refresh_token_file is not None:
        raise InputError("give --refresh-token or --refresh-token-file, not both")
    if refresh_token_file is not None:
        refresh_token = _read_token(refresh_token_file)
    settings = load_settings(GLOBALS.config)
    entry = find_account(settings, "google", account)
    client = google_client(settings, entry)
    if refresh_token is None:
        token = run_consent_flow(client, entry.address, open_browser=not no_browser)
    else:
        token = refresh_token.strip()
        verify(client, token, entry.address)
    token_vault(settings).put(token_name(entry), token)
    typer.echo(f"google account {entry.address}: authorised; token stored encrypted.")


def _read_token(source: str) -> str:
    """The refresh token in file ``source`` (``-``: standard input), first line, trimmed."""
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the refresh token from {source}: {exc}") from exc
    lines = text.strip().splitlines()
    if not lines or not lines[0].strip():
        where = "standard input" if source == "-" else source
        raise InputError(f"no refresh token in {where}")
    return lines[0].strip()


#: How long ``auth microsoft --browser`` waits for the user to sign in.
BROWSER_SIGN_IN_SECONDS = 300.0


@auth_app.command("microsoft")
def microsoft(
    account: Annotated[
        str, typer.Option("--account", help="The address of a configured Microsoft account.")
    ],
    browser: Annotated[
        bool,
        typer.Option(
            "--browser",
            help="Sign in in a browser on this machine (the page answers a localhost "
            "listener) instead of typing a device code.",
        ),
    ] = False,
    refresh_token: Annotated[
        str | None,
        typer.Option(
            "--refresh-token",
            help="Sign in with a refresh token obtained elsewhere (the sandbox) instead of "
            "the device-code flow (visible in the process list: prefer --refresh-token-file).",
        ),
    ] = None,
    refresh_token_file: RefreshTokenFileOpt = None,
) -> None:
    """Sign a Microsoft account in (device code, or --browser); store msal's cache encrypted.

    The scopes are Mail.ReadWrite, Calendars.ReadWrite, User.Read and
    offline_access: no Mail.Send, so coffeechat cannot send mail.
    """
    from daemon.accounts import find_account, graph_auth

    if refresh_token is not None and refresh_token_file is not None:
        raise InputError("give --refresh-token or --refresh-token-file, not both")
    if browser and (refresh_token is not None or refresh_token_file is not None):
        raise InputError("give --browser or a refresh token, not both")
    if refresh_token_file is not None:
        refresh_token = _read_token(refresh_token_file)
    settings = load_settings(GLOBALS.config)
    entry = find_account(settings, "microsoft", account)
    auth, session = graph_auth(settings, entry)
    try:
        if browser:
            typer.echo(f"Sign in as {entry.address} in the browser that opens.")
            auth.sign_in_with_browser(typer.echo, BROWSER_SIGN_IN_SECONDS)
        elif refresh_token is None:
            auth.sign_in_with_device_code(typer.echo)
        else:
            auth.import_refresh_token(refresh_token.strip())
    finally:
        session.close()
    typer.echo(f"microsoft account {entry.address}: authorised; token cache stored encrypted.")
