"""Statements in Arabic news: clauses, speakers, reporting verbs and what each statement says."""
