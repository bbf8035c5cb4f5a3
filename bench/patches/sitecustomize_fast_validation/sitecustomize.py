"""Benchmark-only loader for bench/patches/rasa_fast_validation.py: put this folder first on PYTHONPATH
(BENCH_EXTRA_PYTHONPATH) and the patch is applied right after Rasa imports rasa.core.actions.action.
Processes that never import that module (the action server) are untouched."""
import importlib.abc
import importlib.util
import sys

_TARGET = "rasa.core.actions.action"


class _PatchAfterImport(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != _TARGET:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        exec_module = spec.loader.exec_module

        def exec_and_patch(module):
            exec_module(module)
            from bench.patches.rasa_fast_validation import apply

            apply()
            print("bench: fast action-response validation applied", file=sys.stderr)

        spec.loader.exec_module = exec_and_patch
        return spec


sys.meta_path.insert(0, _PatchAfterImport())
