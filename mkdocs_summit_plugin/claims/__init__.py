"""Stage 5: claims: mentions grouped into claims, each judged (stances, status) and worded."""
