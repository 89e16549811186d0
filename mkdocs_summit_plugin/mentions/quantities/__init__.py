"""Quantities in Arabic text: numbers and number words, units, bounds and hedges, and the grammar that ties them."""
