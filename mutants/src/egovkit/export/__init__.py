"""Exports of parsed documents: SQLite tables and the HTML evidence viewer."""
