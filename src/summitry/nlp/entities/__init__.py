"""Recognising persons, states and organizations and linking them to the knowledge base."""
