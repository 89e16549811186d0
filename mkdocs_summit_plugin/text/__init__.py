"""Stage 2: Arabic text: spelling folded with an offset map back to the text, sentences and clauses, word tokens and their stems."""
