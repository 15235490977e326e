# Attributes that start as None and later hold an instance or a value (nullable attributes).
class Employee:
    def __init__(self, name):
        self.name = name
        self.manager = None
        self.salary = None
        self.reports = []

    def set_manager(self, m):
        self.manager = m
        m.reports.append(self)

    def chain(self):
        out = [self.name]
        cur = self.manager
        while cur is not None:
            out.append(cur.name)
            cur = cur.manager
        return " -> ".join(out)

    def pay(self):
        if self.salary is None:
            return 0
        return self.salary


ceo = Employee("ceo")
vp = Employee("vp")
dev = Employee("dev")
intern = Employee("intern")
vp.set_manager(ceo)
dev.set_manager(vp)
intern.set_manager(dev)
ceo.salary = 300
dev.salary = 120
for e in [ceo, vp, dev, intern]:
    mgr = e.manager
    print(e.name, "manager:", mgr.name if mgr is not None else None, "pay:", e.pay(), "reports:", [r.name for r in e.reports])
print(intern.chain())
print(sum(e.pay() for e in [ceo, vp, dev, intern]))
vp.manager = None
print(intern.chain(), vp.manager is None)
