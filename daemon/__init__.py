"""The coffeechat process: settings, store, broker wiring, scheduler and CLI."""
