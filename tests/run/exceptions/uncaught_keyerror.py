# An uncaught KeyError prints the repr of the key: `KeyError: 'colour'`.
settings = {"size": "large", "shape": "round"}
for key in ["size", "shape", "colour"]:
    print(key, settings[key])
