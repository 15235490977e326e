# Nested dicts: a two-level index built in loops, merged, and summarised.
sales = [
    ("north", "apples", 12), ("south", "pears", 7), ("north", "pears", 3),
    ("east", "apples", 9), ("south", "apples", 4), ("north", "apples", 5),
    ("east", "plums", 11), ("south", "pears", 2),
]
by_region = {}
for region, fruit, n in sales:
    if region not in by_region:
        by_region[region] = {}
    inner = by_region[region]
    inner[fruit] = inner.get(fruit, 0) + n
print(by_region)
totals = {r: sum(fr.values()) for r, fr in by_region.items()}
print(totals, max(totals, key=lambda r: totals[r]))
by_fruit = {}
for region, fruits in by_region.items():
    for fruit, n in fruits.items():
        by_fruit.setdefault(fruit, {})[region] = n
print(by_fruit)
for fruit in sorted(by_fruit):
    regions = by_fruit[fruit]
    print(f"{fruit:<7}", " ".join(f"{r}={regions[r]}" for r in sorted(regions)))
extra = {"north": {"plums": 1}, "west": {"apples": 6}}
for region, fruits in extra.items():
    by_region.setdefault(region, {}).update(fruits)
print(by_region)
print(by_region["north"].get("kiwis", 0), "west" in by_region, len(by_region))
