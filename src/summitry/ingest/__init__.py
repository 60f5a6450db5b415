"""Readers: every input format of the contract, and decoding of their bytes."""
