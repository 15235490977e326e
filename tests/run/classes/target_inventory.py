# RPython target mode: classes for an inventory with restocking, run from entry_point.
class Item:
    def __init__(self, sku, name, qty, price):
        self.sku = sku
        self.name = name
        self.qty = qty
        self.price = price

    def value(self):
        return self.qty * self.price

    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"


class Inventory:
    reorder_level = 5

    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, item):
        self.items[item.sku] = item

    def sell(self, sku, n):
        item = self.items.get(sku)
        if item is None:
            self.log.append("unknown " + sku)
            return 0
        sold = min(n, item.qty)
        item.qty -= sold
        self.log.append(f"sold {sold}/{n} {item.name}")
        return sold * item.price

    def low_stock(self):
        return [it for it in self.items.values() if it.qty < Inventory.reorder_level]

    def restock(self):
        for it in self.low_stock():
            it.qty += 20
            self.log.append("restocked " + it.sku)


def entry_point(argv):
    inv = Inventory()
    inv.add(Item("A1", "widget", 12, 250))
    inv.add(Item("B2", "gadget", 3, 1999))
    inv.add(Item("C3", "doohickey", 40, 75))
    revenue = 0
    for sku, n in [("A1", 5), ("B2", 1), ("Z9", 2), ("A1", 4), ("C3", 38), ("B2", 9)]:
        revenue += inv.sell(sku, n)
    print("revenue", revenue)
    print("low", inv.low_stock())
    inv.restock()
    for line in inv.log:
        print(line)
    total = 0
    for it in inv.items.values():
        total += it.value()
    print("stock value", total, sorted(inv.items))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
