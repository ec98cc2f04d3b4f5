"""Analysis over many documents: a merged timeline and regions side by side.

This layer needs only ``egovkit.model``; the public entry points
``egovkit.timeline`` and ``egovkit.compare`` resolve names and parse paths first.
"""
