"""Mail and calendar providers behind small Protocols (see ``connectors.base``)."""
