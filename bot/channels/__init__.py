"""Channel adapters (web proxy helpers, KakaoTalk skill, safe REST).

Importing this package must stay Rasa-free: only ``kakao.py`` and
``rest_safe.py`` import rasa (they are Rasa InputChannel adapters) and they are
never imported from here.
"""
