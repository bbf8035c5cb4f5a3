"""Shared test helpers (e.g. a throw-away PostgreSQL server: tests.support.postgres)."""
