"""Line-by-line junk removal for extracted article text.

    cleaner = LineCleaner(CleanConfig())
    result = cleaner.clean(text, site="example.com")
    result.text   # article lines joined by "\n"
    result.junk   # JunkLine(line, reason, index) for every line or piece removed
"""
from .cleaner import CleanResult, LineCleaner

__all__ = ["CleanResult", "LineCleaner"]
