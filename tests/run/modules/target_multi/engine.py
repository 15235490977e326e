# Helper module for the target-mode program modules/target_multi/main.py.
class Account:
    def __init__(self, owner, cents):
        self.owner = owner
        self.cents = cents


class InsufficientFunds(Exception):
    pass


def transfer(src, dst, cents):
    if src.cents < cents:
        raise InsufficientFunds(f"{src.owner} has {src.cents}, needs {cents}")
    src.cents -= cents
    dst.cents += cents


def fmt(cents):
    return f"{cents // 100}.{cents % 100:02d}"
