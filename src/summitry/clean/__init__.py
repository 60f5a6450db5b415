"""Cleaning: cut an article down to its title, dateline and own paragraphs.

The cleaner never rewrites text: it decides which stretches of the original are the body
and records every stretch it leaves out with the reason, so evaluation and debugging can
see what was dropped and why.
"""
