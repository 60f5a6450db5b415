"""What they agreed: commitments (plans, agreements, mechanisms...) and the statements that
make, keep or review them, found clause by clause from cue tables (one per language).

The stage reads only the public shape of the earlier layers: entities, times and the
meetings' ``id``, ``participants``, ``evidence`` and ``name``. Modules: ``cues`` (the
tables), ``names`` (where a commitment is named), ``status`` (what the clause does to it),
``parties`` (who is bound), ``lineage`` (periods and succession), ``stage`` (the wiring).
"""
