"""Outlook mail and calendar over Microsoft Graph v1.0, behind coffeechat's connector Protocols.

msal signs in; ``requests`` speaks Graph. The sandbox is reached by changing
the authority, the API base and the CA only.
"""

from __future__ import annotations

from connectors.microsoft.auth import SCOPES, CacheStore, EntraApp, GraphAuth, new_session
from connectors.microsoft.calendar import OutlookCalendarConnector
from connectors.microsoft.client import GraphClient
from connectors.microsoft.mail import OutlookMailConnector

__all__ = [
    "SCOPES",
    "CacheStore",
    "EntraApp",
    "GraphAuth",
    "GraphClient",
    "OutlookCalendarConnector",
    "OutlookMailConnector",
    "new_session",
]
