"""Both tokenizer backends: exact character offsets, nothing lost, no crash on odd input."""

import threading

import pytest

from bot.korean.morph import get_backend

TEXTS = [
    "실직했는데월세도밀리고빚도있어요 ㅇㅇ😢",
    "서울 마포구 합정동에 살아요",
    "갔었어요  해줬다\n다음줄",
    "35살이고 3인가구예요",
    "ㅋㅋㅋ 국취 1유형 되나요?",
    "Hello 세계 123",
    "\t  ",
    "",
    "가" * 500,
    "\u202e오른쪽에서 왼쪽\u202c",
    "👨‍👩‍👧 가족",
]


@pytest.mark.parametrize("backend", ["mecab", "okt"])
@pytest.mark.parametrize("text", TEXTS)
def test_offsets(backend, text):
    toks = get_backend(backend).tokenize(text)
    covered = set()
    for t in toks:
        assert text[t.start : t.end] == t.text
        assert t.text.strip() == t.text and t.text
        covered.update(range(t.start, t.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@pytest.mark.parametrize("backend", ["mecab", "okt"])
def test_thread_safe(backend):
    tok = get_backend(backend)
    expected = [t.text for t in tok.tokenize(TEXTS[0])]
    errors = []

    def work():
        try:
            for _ in range(20):
                assert [t.text for t in tok.tokenize(TEXTS[0])] == expected
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors


def test_unknown_backend():
    with pytest.raises(ValueError):
        get_backend("nope")


def test_rasa_component_tokens():
    from rasa.nlu.constants import TOKENS_NAMES
    from rasa.shared.nlu.constants import TEXT
    from rasa.shared.nlu.training_data.message import Message

    from bot.adapters.nlu import KoreanTokenizer

    for backend in ("mecab", "okt"):
        tok = KoreanTokenizer({**KoreanTokenizer.get_default_config(), "backend": backend})
        msg = Message({TEXT: "마포구합정동에 살아요"})
        tok.process([msg])
        tokens = msg.get(TOKENS_NAMES[TEXT])
        assert [msg.get(TEXT)[t.start : t.end] for t in tokens] == [t.text for t in tokens]
        assert "마포구" in "".join(t.text for t in tokens)


def test_okt_used_from_threads_lets_the_process_exit():
    """Regression: threads attached to the JVM as non-daemon kept DestroyJavaVM (at interpreter
    exit) waiting forever, so the test run, `make eval` or a server using Okt never exited."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import threading\n"
        "from bot.korean.morph import get_backend\n"
        "tok = get_backend('okt')\n"
        "ts = [threading.Thread(target=tok.tokenize, args=('서울에서 일자리 찾아요',)) for _ in range(4)]\n"
        "[t.start() for t in ts]; [t.join(60) for t in ts]\n"
        "print('done', flush=True)\n"
    )
    root = Path(__file__).resolve().parents[2]
    try:
        out = subprocess.run(
            [sys.executable, "-c", code],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=120,
            env={**__import__("os").environ, "PYTHONPATH": str(root)},
        )
    except subprocess.TimeoutExpired:
        pytest.fail("a process that used Okt from threads did not exit within 120 s")
    assert out.returncode == 0 and "done" in out.stdout, out.stderr[-800:]
