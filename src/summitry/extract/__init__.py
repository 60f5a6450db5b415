"""Meeting extraction: mentions of meetings found sentence by sentence, merged into one
record per meeting with its date, format, level, chairs, participants and evidence."""
