# A base class whose methods raise NotImplementedError; subclasses override them.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def fee(self):
        raise NotImplementedError("fee")

    def kind(self):
        raise NotImplementedError

    def withdraw(self, amount):
        total = amount + self.fee()
        if total > self.balance:
            self.history.append("denied " + str(amount))
            return False
        self.balance -= total
        self.history.append("withdrew " + str(amount))
        return True

    def deposit(self, amount):
        self.balance += amount
        self.history.append("deposited " + str(amount))


class Checking(Account):
    def fee(self):
        return 1

    def kind(self):
        return "checking"


class Savings(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.rate = rate

    def fee(self):
        return 0 if self.balance > 1000 else 5

    def kind(self):
        return "savings"

    def add_interest(self):
        self.deposit(self.balance * self.rate // 100)


accounts = [Checking("ann", 100), Savings("bob", 2000, 3), Savings("cy", 50, 2)]
for acc in accounts:
    acc.deposit(25)
    acc.withdraw(60)
    acc.withdraw(80)
    if isinstance(acc, Savings):
        acc.add_interest()
for acc in accounts:
    print(acc.owner, acc.kind(), acc.balance, acc.history)

plain = Account("nobody", 0)
try:
    plain.withdraw(1)
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    plain.kind()
except NotImplementedError as e:
    print("NotImplementedError [" + str(e) + "]")
