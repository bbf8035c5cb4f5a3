"""The action server's entry point (``--actions actions``, the Rasa project layout).

The action itself lives with the other Rasa adapters in :mod:`bot.adapters.action`; this module only
makes it importable from the place Rasa's tooling looks for it.
"""

from bot.adapters.action import ActionTurn

__all__ = ["ActionTurn"]
