"""The dialogue and screening packages stay readable: no module over ~500 lines unless its docstring says
why, and imports at the top unless a comment on the line names the cycle that keeps them local."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted((ROOT / "bot" / "dialogue").glob("*.py")) + sorted((ROOT / "bot" / "screening").glob("*.py"))
MAX_LINES = 520


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_long_module_says_why(path):
    text = path.read_text(encoding="utf-8")
    lines = text.count("\n")
    if lines <= MAX_LINES:
        return
    doc = ast.get_docstring(ast.parse(text)) or ""
    assert "on purpose" in doc, f"{path.name} has {lines} lines and no reason in its docstring"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_imports_inside_functions_name_their_cycle(path):
    source = path.read_text(encoding="utf-8").splitlines()
    tree = ast.parse("\n".join(source))
    local = []
    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(fn):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                line = source[node.lineno - 1]
                if "cycle" not in line and "imports this module" not in line:
                    local.append(f"{node.lineno}: {line.strip()}")
    assert not local, f"{path.name}: imports inside functions without a reason: {local}"


def test_the_shape_checks_see_the_modules():
    names = {p.name for p in MODULES}
    assert {"engine.py", "results.py", "booking_flow.py", "core.py"} <= names
