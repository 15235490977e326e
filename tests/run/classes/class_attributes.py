# Class attributes: shared counters, constants read through instances and classes,
# an instance attribute shadowing a class attribute of the same type.
class Ticket:
    issued = 0
    prefix = "T"
    price = 2.5

    def __init__(self, holder):
        Ticket.issued += 1
        self.number = Ticket.issued
        self.holder = holder

    def code(self):
        return f"{self.prefix}{self.number:04d}"


class VipTicket(Ticket):
    prefix = "VIP"
    price = 10.0


tickets = [Ticket("ann"), Ticket("bob"), VipTicket("cy"), Ticket("dee"), VipTicket("eve")]
for t in tickets:
    print(t.holder, t.code(), t.price)
print("issued", Ticket.issued, VipTicket.issued)
print(Ticket.prefix, VipTicket.prefix, Ticket.price, VipTicket.price)

special = Ticket("zed")
special.price = 0.0
print(special.code(), special.price, Ticket.price)

Ticket.price = 3.0
print(tickets[0].price, tickets[2].price, special.price)
revenue = 0.0
for t in tickets:
    revenue += t.price
print("revenue", revenue)


class Config:
    DEBUG = False
    LEVELS = ["low", "mid", "high"]
    LIMITS = {"low": 1, "mid": 5, "high": 10}


print(Config.DEBUG, Config.LEVELS, Config.LIMITS["mid"])
Config.LEVELS.append("max")
c = Config()
print(c.LEVELS, len(Config.LEVELS))
