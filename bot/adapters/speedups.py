"""Speed-up applied in the Rasa server (measured by `make bench`, see docs/benchmark.md):
Rasa 3.6 validates every action
server response with `jsonschema.validate(result, schema)`, which re-checks the constant schema against
the JSON-Schema meta-schema and builds a new validator on every call. Under load that was about half of
the Rasa process's CPU. This builds the validator once and validates each response against the same
schema, so invalid responses are still rejected with the same ValidationError.

`apply()` patches rasa.core.actions.action.RemoteAction in the current process; only bot.startup.apply_patches()
calls it, from our components' create/load, so it runs wherever the model loads (the Rasa server). Written against
rasa 3.6.21 / jsonschema 4.17."""

from __future__ import annotations


def apply() -> bool:
    import jsonschema
    from jsonschema.exceptions import best_match
    from rasa.core.actions import action as action_mod

    cls = action_mod.RemoteAction
    if getattr(cls, "_fast_validation", False):
        return False
    schema = cls.action_response_format_spec()
    validator = jsonschema.validators.validator_for(schema)(schema)
    docs = action_mod.DOCS_BASE_URL

    def _validate_action_result(self, result):
        error = best_match(validator.iter_errors(result))
        if error is not None:
            error.message += (
                f". Failed to validate Action server response from API, make sure your response "
                f"from the Action endpoint is valid. For more information about the format visit "
                f"{docs}/custom-actions"
            )
            raise error
        return True

    cls._validate_action_result = _validate_action_result
    cls._fast_validation = True
    return True
