"""Lines seen in earlier documents of the same site, kept for one streaming run."""
from __future__ import annotations

import hashlib
import re
from collections import Counter, OrderedDict

_WORD = re.compile(r"\w+")


def fingerprint(line: str) -> bytes:
    """Case- and punctuation-insensitive 8-byte key of a line."""
    norm = " ".join(_WORD.findall(line.lower()))
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest()


class SiteMemory:
    """Per site: in how many earlier documents each line fingerprint occurred.

    Memory is bounded: a site stops learning new lines once it holds
    `max_lines_per_site` fingerprints (counts of known lines still grow), and at most
    `max_sites` sites are kept, the one least recently added to forgotten first.
    """

    def __init__(self, max_lines_per_site: int = 50_000, max_sites: int = 2_000):
        self.max_lines_per_site = max_lines_per_site
        self.max_sites = max(1, max_sites)
        self._sites: OrderedDict[str, Counter] = OrderedDict()

    def seen(self, site: str, key: bytes) -> int:
        counts = self._sites.get(site)
        return counts[key] if counts else 0

    def add(self, site: str, keys: set[bytes]) -> None:
        counts = self._sites.get(site)
        if counts is None:
            counts = self._sites[site] = Counter()
            while len(self._sites) > self.max_sites:
                self._sites.popitem(last=False)
        else:
            self._sites.move_to_end(site)
        for key in keys:
            if key in counts or len(counts) < self.max_lines_per_site:
                counts[key] += 1
