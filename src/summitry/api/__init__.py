"""The REST API and the web app: ``summitry serve``.

:func:`create_app` builds one FastAPI application over a store: the JSON API under
``/api`` (schema at ``/api/openapi.json``, listed on the ``/reference`` page) and the
server-rendered pages of :mod:`summitry.web`. Needs the ``web`` extra.
"""

from __future__ import annotations

from summitry.api.app import create_app

__all__ = ["create_app"]
