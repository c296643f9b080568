"""Indonesian knowledge as data: one module per table, UPPER_CASE names, sources noted at the top.

Extractors import these tables and never copy them; regexes are built from them.
"""
