"""A house a new engineer can live in (issue 18): no module under bot/ over ~500 lines unless its docstring
says why ("Size: ..."), and imports at the top of modules unless a comment on the line says why not (a
cycle, a start-up cost, an optional backend)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted((ROOT / "bot").rglob("*.py"))
MAX_LINES = 500


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_long_module_says_why(path):
    text = path.read_text(encoding="utf-8")
    lines = len(text.splitlines())
    if lines <= MAX_LINES:
        return
    doc = ast.get_docstring(ast.parse(text)) or ""
    assert "\nSize: " in "\n" + doc, f"{path.relative_to(ROOT)} has {lines} lines; split it or say why (Size: ...)"


def _explained(source: "list[str]", i: int) -> bool:
    """A comment on the import's line, or on a line just above its group of local imports."""
    if "#" in source[i]:
        return True
    j = i - 1
    while j >= 0:
        line = source[j].strip()
        if line.startswith("#") or ("#" in line and line.startswith(("import ", "from "))):
            return True
        if not line.startswith(("import ", "from ")):
            return False
        j -= 1
    return False


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_inside_functions_say_why(path):
    source = path.read_text(encoding="utf-8").splitlines()
    tree = ast.parse("\n".join(source))
    local = []
    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(fn):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                if not _explained(source, node.lineno - 1):
                    local.append(f"{node.lineno}: {source[node.lineno - 1].strip()}")
    assert not local, f"{path.relative_to(ROOT)}: imports inside functions without a reason: {local}"


def test_the_shape_checks_see_the_modules():
    names = {str(p.relative_to(ROOT)) for p in MODULES}
    assert {"bot/dialogue/engine.py", "bot/screening/core.py", "bot/adapters/action.py"} <= names
