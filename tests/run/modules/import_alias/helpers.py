# Helper module for modules/import_alias/main.py.
def shout(s):
    return s.upper() + "!"


def whisper(s):
    return s.lower() + "..."


GREETING = "Hello"
