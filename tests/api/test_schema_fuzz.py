"""Property-based requests against the OpenAPI schema (schemathesis): no request the schema
allows, nor the invalid ones derived from it, gets a 500 or an answer outside the schema.

Bounded for ``make test`` (SCHEMA_EXAMPLES per operation and mode; CI has 2 cores); raise
it to search longer: ``SCHEMA_EXAMPLES=500 .venv/bin/pytest tests/api/test_schema_fuzz.py``.
"""

from __future__ import annotations

import os

import pytest
from api_helpers import AUTH, TOKEN

from summitry.api import create_app
from summitry.store.database import Store

schemathesis = pytest.importorskip("schemathesis")
hypothesis = pytest.importorskip("hypothesis")

SCHEMA_EXAMPLES = int(os.environ.get("SCHEMA_EXAMPLES", "40"))
MODES = ("POSITIVE", "NEGATIVE")
#: A calendar (no 30 February) cannot be written as a JSON-schema pattern, so a date the
#: schema's pattern admits may still be refused with 422: that one check is left out.
EXCLUDED = [pytest.importorskip("schemathesis.specs.openapi.checks").positive_data_acceptance]


def operations(store: Store):
    schema = schemathesis.openapi.from_asgi("/api/openapi.json",
                                            create_app(store, token=TOKEN, pages=False))
    found = [result.ok() for result in schema.get_all_operations()]
    assert len(found) >= 8, [op.label for op in found]
    return found


@pytest.mark.parametrize("mode", MODES)
def test_no_request_gets_a_500_or_an_answer_outside_the_schema(store: Store, mode: str):
    failures: list[str] = []
    for operation in operations(store):
        strategy = operation.as_strategy(getattr(schemathesis.GenerationMode, mode))

        @hypothesis.given(case=strategy)
        @hypothesis.settings(max_examples=SCHEMA_EXAMPLES, deadline=None, derandomize=True,
                             database=None, suppress_health_check=list(hypothesis.HealthCheck))
        def call(case) -> None:
            case.call_and_validate(headers=AUTH if case.method == "POST" else None,
                                   excluded_checks=EXCLUDED)

        try:
            call()
        except hypothesis.errors.Unsatisfiable:
            continue  # no invalid request can be derived (no parameters to get wrong)
        except Exception as exc:  # collect every operation's failure, then report them all
            failures.append(f"{operation.label}: {str(exc)[:1500]}")
    assert not failures, "\n\n".join(failures)
