"""The actor knowledge base: states, organizations and persons with their names in several
languages and their offices over time. Data files live in ``data/`` (see its README)."""

from summitry.kb.model import Actor, Office, Title
from summitry.kb.store import KnowledgeBase, default_kb

__all__ = ["Actor", "KnowledgeBase", "Office", "Title", "default_kb"]
