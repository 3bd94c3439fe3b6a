"""A Microsoft account is signed in without Mail.Send: Graph refuses any send."""

from __future__ import annotations

import pytest

from connectors.base import DraftSpec
from connectors.errors import ConnectorError
from connectors.microsoft import SCOPES, OutlookMailConnector
from tests.contract.conftest import Plugged


@pytest.mark.parametrize("plugged", ["microsoft"], indirect=True)
def test_sending_a_draft_with_the_connectors_own_token_is_refused(plugged: Plugged) -> None:
    mail = plugged.mail
    assert isinstance(mail, OutlookMailConnector)
    draft = mail.create_draft(
        DraftSpec(key="k-send", to=("alice@contacts.example",), subject="Hi", text="Hello")
    )

    with pytest.raises(ConnectorError, match="403 ErrorAccessDenied"):
        mail.client.call("POST", f"/me/messages/{draft.id}/send", "messages.send")

    (violation,) = plugged.admin.violations()
    assert violation["kind"] == "send" and violation["method"] == "graph.messages.send"
    assert plugged.world.state()["sent"] == []
    assert "Mail.Send" not in SCOPES
    plugged.admin.clear_violations()  # provoked on purpose; the fixture checks for others
