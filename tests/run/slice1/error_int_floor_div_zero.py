# Ends with ZeroDivisionError from integer floor division by zero.
def average_bucket(total, count):
    return total // count

buckets = 4
total = 100
while buckets >= 0:
    print("bucket size", buckets, "->", average_bucket(total, buckets) if buckets > 0 else -1)
    buckets -= 1
print(-7 // 2, 7 // -2)
print(9007199254740991 // 3, -9007199254740991 // 1000)
print("about to divide by zero")
zero = buckets + 1
print(1 // zero)
print("never printed")
