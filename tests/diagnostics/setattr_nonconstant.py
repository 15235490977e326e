# Out of the subset: setattr with a name computed at run time.
class Config:
    def __init__(self):
        self.debug = 0
        self.level = 0


cfg = Config()
for line in ["debug=1", "level=3"]:
    key, value = line.split("=")
    setattr(cfg, key, int(value))  # <-- error
print(cfg.debug, cfg.level)
