"""Channel helpers that need no Rasa: Kakao response formatting, input sanitising, rate limits and
deletion requests typed in a chat. The Rasa ``InputChannel`` adapters that use them are in
:mod:`bot.adapters` (``rest_channel``, ``kakao_channel``)."""
