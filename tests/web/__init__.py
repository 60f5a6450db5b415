"""A package, so that this folder's conftest is imported as web.conftest and never shadows
tests/conftest.py, which other test modules import as ``conftest``."""
