# User exception classes: plain subclasses, a hierarchy, a custom __init__ and __str__.
class AppError(Exception):
    pass


class ConfigError(AppError):
    pass


class ParseError(AppError):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line
        self.msg = msg


class HttpError(Exception):
    def __init__(self, code):
        self.code = code

    def __str__(self):
        return f"HTTP {self.code}"


def parse(text):
    for i, ln in enumerate(text.split("\n"), 1):
        if "=" not in ln:
            raise ParseError(i, "expected '=' in " + repr(ln))
    return len(text.split("\n"))


def fetch(path):
    if path == "/missing":
        raise HttpError(404)
    if path == "/config":
        raise ConfigError("no config")
    return "ok " + path


for src in ["a=1\nb=2", "a=1\nbroken\nc=3"]:
    try:
        print("parsed", parse(src))
    except ParseError as e:
        print("ParseError:", e, "| line", e.line, "| msg", e.msg)
for path in ["/index", "/missing", "/config"]:
    try:
        print(fetch(path))
    except HttpError as e:
        print("caught", e, e.code, repr(str(e)))
    except AppError as e:
        print("app error", e, isinstance(e, ConfigError))
try:
    raise AppError()
except AppError as e:
    print("empty message [" + str(e) + "]", repr(e))
try:
    raise ConfigError("bad", )
except Exception as e:
    print(repr(e), isinstance(e, AppError), isinstance(e, ParseError))
print(repr(ParseError(3, "oops")), str(HttpError(500)))
