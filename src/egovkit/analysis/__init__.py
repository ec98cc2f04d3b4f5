"""Analysis over many documents: a merged timeline and regions side by side.

This layer needs only :mod:`egovkit.model`; the public entry points
:func:`egovkit.timeline` and :func:`egovkit.compare` resolve names and parse paths first.
"""
