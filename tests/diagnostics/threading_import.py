# Out of the subset: threads.
import threading  # <-- error


def work(n):
    print("working", n)


t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
