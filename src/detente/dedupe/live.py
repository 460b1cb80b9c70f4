"""LiveSet: which keys an index still keeps for linking, and which it can forget.

A key is forgotten when more than `cap` are live (the least recently touched first: arrival
order for documents, latest join for stories), or, if dated, once its date is more than
`window` days behind the newest date seen: no later document dated near the newest one can
match it. Undated keys go by order only.
"""
from __future__ import annotations

import heapq
from collections import OrderedDict
from datetime import date

UNDATED = -1


class LiveSet:
    def __init__(self, cap: int, window_days: int):
        self.cap = max(1, cap)
        self.window = window_days
        self.newest = UNDATED                                 # ordinal of the newest date seen
        self._day: OrderedDict[str, int] = OrderedDict()      # key -> latest day, least recent first
        self._heap: list[tuple[int, str]] = []                # (day, key); entries whose day changed are stale

    def __len__(self) -> int:
        return len(self._day)

    def __contains__(self, key: str) -> bool:
        return key in self._day

    def touch(self, key: str, published: date | None) -> list[str]:
        """Mark `key` live (again, as the most recent) with a date; return the keys to forget."""
        day = published.toordinal() if published else UNDATED
        old = self._day.pop(key, UNDATED)
        self._day[key] = new = max(day, old)
        if new != UNDATED and new != old:
            heapq.heappush(self._heap, (new, key))
        self.newest = max(self.newest, day)
        return self._expired()

    def _expired(self) -> list[str]:
        gone = []
        limit = self.newest - self.window
        while self._heap and self._heap[0][0] < limit:
            day, key = heapq.heappop(self._heap)
            if self._day.get(key) == day:
                del self._day[key]
                gone.append(key)
        while len(self._day) > self.cap:
            gone.append(self._day.popitem(last=False)[0])
        if len(self._heap) > 2 * len(self._day) + 64:        # drop stale entries of keys gone by count
            self._heap = [(d, k) for k, d in self._day.items() if d != UNDATED]
            heapq.heapify(self._heap)
        return gone
