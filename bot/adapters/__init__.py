"""Everything that touches Rasa, in one place. The rest of ``bot`` is plain Python and never imports
Rasa (``tests/staff/test_layering.py`` checks every other package).

=================  =========================================================================
module             adapts
=================  =========================================================================
``action``         rasa-sdk ``Action``: ``action_turn`` runs :func:`bot.dialogue.turn` per message
``action_server``  the rasa-sdk action server, bound to 127.0.0.1 and behind ``X-Action-Token``
``nlu``            NLU graph components: Korean tokenizer, entity extractor, crisis flag
``policy``         ``TurnPolicy``, the only policy: after a user message ``action_turn``, then listen
``rest_channel``   the hardened REST ``InputChannel`` (``credentials.yml``)
``kakao_channel``  the KakaoTalk skill ``InputChannel`` (``credentials.yml``)
``tracker_store``  the masking SQL tracker store (``endpoints.yml``)
``tracker_cache``  its in-memory cache with a freshness check (scale-out safe)
``speedups``       patches to Rasa internals, applied once by :mod:`bot.startup`
``turn_payload``   what ``action_turn`` reads of a tracker: the trimmed tracker Rasa sends it
=================  =========================================================================

``actions/actions.py`` (the Rasa project layout's entry point for ``--actions actions``) only re-exports
:class:`bot.adapters.action.ActionTurn`.
"""
