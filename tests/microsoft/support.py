"""An Outlook account on the HTTPS sandbox, wired as the daemon wires one (msal, requests)."""

from __future__ import annotations

from connectors.microsoft import EntraApp, GraphAuth, GraphClient, new_session
from connectors.sandbox import Sandbox, SandboxAdmin
from connectors.sandbox.tls import ThrowawayTls


class MemoryCacheStore:
    """msal's token cache kept in memory (the daemon keeps it in its vault)."""

    def __init__(self) -> None:
        self.blob: str | None = None
        self.saves = 0

    def load(self) -> str | None:
        return self.blob

    def save(self, blob: str) -> None:
        self.blob = blob
        self.saves += 1


def outlook_client(
    sandbox: Sandbox, admin: SandboxAdmin, tls: ThrowawayTls, address: str
) -> tuple[GraphClient, MemoryCacheStore]:
    """A new Microsoft mailbox ``address``, signed in by its refresh token."""
    creds = admin.create_mailbox(address, provider="microsoft")
    session = new_session(tls.ca_file)
    store = MemoryCacheStore()
    auth = GraphAuth(address, EntraApp(creds["client_id"], creds["authority"]), store, session)
    auth.import_refresh_token(creds["refresh_token"])
    return GraphClient(auth, session, api_base=sandbox.base_url), store
