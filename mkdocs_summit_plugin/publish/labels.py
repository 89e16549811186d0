"""The site's names for what the model calls by code: statuses, modalities, kinds of claim.

Every template has them as globals (``templates.py``); the starter overrides
file (``editorial/starter.py``) heads each claim with its status label.
"""
from __future__ import annotations

from ..model import CONFLICTING, CONSISTENT, SINGLE_SOURCE

STATUS_LABELS = {
    CONFLICTING: "متعارض",
    CONSISTENT: "متسق",
    SINGLE_SOURCE: "مصدر واحد",
}
MODALITY_LABELS = {"reported": "وقع فعلا", "planned": "متوقع/مخطط", "denied": "منفي"}
KIND_LABELS = {"quantity": "رقم", "statement": "تصريح"}
