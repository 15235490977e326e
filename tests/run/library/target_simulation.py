# RPython target mode: a seeded queue simulation using random and math.
import math
import random


class Customer:
    def __init__(self, ident, arrival, service):
        self.ident = ident
        self.arrival = arrival
        self.service = service
        self.start = 0.0


def exp_sample(rate):
    return -math.log(1.0 - random.random()) / rate


def simulate(n, arrival_rate, service_rate):
    t = 0.0
    customers = []
    for i in range(n):
        t += exp_sample(arrival_rate)
        customers.append(Customer(i, t, exp_sample(service_rate)))
    free_at = 0.0
    waits = []
    for c in customers:
        c.start = max(c.arrival, free_at)
        free_at = c.start + c.service
        waits.append(c.start - c.arrival)
    return customers, waits, free_at


def entry_point(argv):
    random.seed(31337)
    customers, waits, end = simulate(2000, 0.9, 1.0)
    print("customers", len(customers))
    print("end time", f"{end:.4f}")
    print("mean wait", f"{sum(waits) / len(waits):.6f}")
    print("max wait", f"{max(waits):.6f}")
    print("no wait", sum(1 for w in waits if w == 0.0))
    longest = max(customers, key=lambda c: c.service)
    print("longest service", longest.ident, f"{longest.service:.6f}")
    buckets = [0] * 5
    for w in waits:
        buckets[min(4, int(w // 2.0))] += 1
    print("histogram", buckets)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
