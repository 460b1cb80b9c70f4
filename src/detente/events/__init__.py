"""Event coding: PLOVER events with modality, attribution, dates, places; quotes with speakers."""
from .coder import EventCoder

__all__ = ["EventCoder"]
