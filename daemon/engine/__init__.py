"""The engine: the I/O side of the pipeline, behind the actors.

``workflows`` decides (pure functions); the engine carries it out against the
store and the connectors: it syncs accounts, turns what it sees into pipeline
events, stores transitions with their commands in one transaction, executes
outbox commands exactly once and fires timers. See ``daemon.engine.core.Engine``
(not re-exported here, so that ``transitions`` can be imported without the
connectors).
"""
