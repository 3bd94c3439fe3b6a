"""``coffeechat auth``: connect an account and keep its credentials in the vault."""

from __future__ import annotations

from typing import Annotated

import typer

from daemon.cli.app import GLOBALS, app
from daemon.settings import load_settings

auth_app = typer.Typer(help="Authorise coffeechat to read mail, write drafts and edit events.")
app.add_typer(auth_app, name="auth")


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
            help="Store a refresh token obtained elsewhere instead of running the consent flow.",
        ),
    ] = None,
) -> None:
    """Authorise a Google account and store its refresh token, encrypted."""
    # Imported here: the Google clients are slow to import and only this command needs them.
    from connectors.google.auth import run_consent_flow, verify
    from daemon.accounts import find_account, google_client, token_name, token_vault

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


@auth_app.command("microsoft")
def microsoft(
    account: Annotated[
        str, typer.Option("--account", help="The address of a configured Microsoft account.")
    ],
    refresh_token: Annotated[
        str | None,
        typer.Option(
            "--refresh-token",
            help="Sign in with a refresh token obtained elsewhere (the sandbox) "
            "instead of the device-code flow.",
        ),
    ] = None,
) -> None:
    """Sign a Microsoft account in (device code) and store msal's token cache, encrypted.

    The scopes are Mail.ReadWrite, Calendars.ReadWrite, User.Read and
    offline_access: no Mail.Send, so coffeechat cannot send mail.
    """
    from daemon.accounts import find_account, graph_auth

    settings = load_settings(GLOBALS.config)
    entry = find_account(settings, "microsoft", account)
    auth, session = graph_auth(settings, entry)
    try:
        if refresh_token is None:
            auth.sign_in_with_device_code(typer.echo)
        else:
            auth.import_refresh_token(refresh_token.strip())
    finally:
        session.close()
    typer.echo(f"microsoft account {entry.address}: authorised; token cache stored encrypted.")
