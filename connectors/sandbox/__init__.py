"""A local server that speaks the Gmail v1, Calendar v3 and Google OAuth protocols.

Tests, benchmarks and the demo run the real client libraries against it; only
the endpoint URL differs. :func:`running_sandbox` starts one on a free port and
:class:`SandboxAdmin` plays the world through its admin API.
"""

from __future__ import annotations

from connectors.sandbox.client import SandboxAdmin
from connectors.sandbox.server import Sandbox, running_sandbox

__all__ = ["Sandbox", "SandboxAdmin", "running_sandbox"]
