"""Gmail v1 and Google Calendar v3 behind coffeechat's connector Protocols.

Only ``google-api-python-client`` and ``google-auth(-oauthlib)`` talk to
Google; the sandbox is reached by changing the endpoint and token URI only.
"""

from __future__ import annotations

from connectors.google.auth import SCOPES, OAuthClient
from connectors.google.calendar import GoogleCalendarConnector
from connectors.google.client import GoogleApi
from connectors.google.gmail import GmailConnector

__all__ = ["SCOPES", "GmailConnector", "GoogleApi", "GoogleCalendarConnector", "OAuthClient"]
