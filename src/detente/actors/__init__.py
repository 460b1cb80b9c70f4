"""Actor layer: mentions in text -> actor codes (ISO-3166 alpha-3 + PLOVER sector, IGO codes)."""
from .dictionary import ActorDictionary
from .model import Country, Igo, Person, Role
from .resolver import ActorResolver

__all__ = ["ActorResolver", "ActorDictionary", "Country", "Igo", "Person", "Role"]
