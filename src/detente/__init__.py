"""detente: evidence-backed event data from raw news."""
__version__ = "0.1.0"
