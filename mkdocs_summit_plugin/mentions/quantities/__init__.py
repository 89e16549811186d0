"""Quantities in Arabic text: numbers and number words, units, bounds and hedges, and the grammar that ties them.

In reading order: :mod:`.words` (token pattern, proclitics), :mod:`.tables`
(``lexicon/quantities.yaml`` indexed), :mod:`.tokens` (tokens and their
analysis), :mod:`.numbers` (digits and number words), :mod:`.phrases` (table
phrases in the token stream), :mod:`.core` (a number with its unit),
:mod:`.units`, :mod:`.measure_tails`, :mod:`.dates` (moments, skipped),
:mod:`.starts` (where a quantity begins), :mod:`.ordinals`, :mod:`.ranges`,
:mod:`.bounds`, :mod:`.ages`, and :mod:`.grammar` with :func:`find_quantities`.
"""
