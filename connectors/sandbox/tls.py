"""A throwaway certificate authority so the sandbox can serve HTTPS (msal refuses http).

Clients trust it through their own session (``requests.Session`` with
``trust_env = False`` and ``verify`` set to :attr:`ThrowawayTls.ca_file`), never
by switching verification off. Needs ``trustme`` (a runtime dependency:
``coffeechat demo`` serves an Outlook mailbox over HTTPS).
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ThrowawayTls:
    """A server context for the sandbox and the CA file its clients trust."""

    context: ssl.SSLContext
    ca_file: Path


def throwaway_tls(directory: Path) -> ThrowawayTls:
    """A fresh CA and a certificate for 127.0.0.1/localhost; the CA is written to ``directory``."""
    import trustme  # imported only when HTTPS is asked for: most commands never do

    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1", "localhost")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(context)
    ca_file = directory / "sandbox-ca.pem"
    authority.cert_pem.write_to_path(str(ca_file))
    return ThrowawayTls(context, ca_file)
