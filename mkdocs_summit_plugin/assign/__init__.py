"""Stage 4: assign each mention its event, what it measures (attribute) and its modality."""
