# Richards: the operating-system scheduler simulation.
#
# Origin: Martin Richards' benchmark (Cambridge, originally BCPL, early 1980s), later
# ported to Smalltalk, C, Java, JavaScript (V8/Octane) and Python (PyPy's classic
# benchmark suite). It simulates a tiny OS kernel: an idle task, a worker task, two
# packet handlers and two devices exchange packets through a priority scheduler.
# This is an independent implementation written for the pyrt test corpus, in the
# RPython 3 subset (classes, nullable attributes, integer bit operations).
#
# With COUNT = 10000 each run must queue 23246 packets and hold tasks 9297 times (the
# counts every faithful port reproduces); the program checks both and prints totals.

ID_IDLE = 0
ID_WORKER = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
NUM_IDS = 6

KIND_DEVICE = 0
KIND_WORK = 1
DATA_SIZE = 4

STATE_RUNNING = 0
STATE_RUNNABLE = 1
STATE_SUSPENDED = 2
STATE_HELD = 4
STATE_SUSPENDED_RUNNABLE = STATE_SUSPENDED | STATE_RUNNABLE
STATE_NOT_HELD = ~STATE_HELD

COUNT = 10000
EXPECTED_QUEUE_COUNT = 23246
EXPECTED_HOLD_COUNT = 9297


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.a1 = 0
        self.a2 = [0] * DATA_SIZE

    def append_to(self, queue):
        # appends self at the end of queue; returns the new head
        self.link = None
        if queue is None:
            return self
        cur = queue
        nxt = cur.link
        while nxt is not None:
            cur = nxt
            nxt = cur.link
        cur.link = self
        return queue


class Task:
    def __init__(self, sched):
        self.sched = sched

    def run(self, packet):
        raise NotImplementedError("Task.run")


class TaskControlBlock:
    def __init__(self, link, ident, priority, queue, task):
        self.link = link
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.task = task
        if queue is None:
            self.state = STATE_SUSPENDED
        else:
            self.state = STATE_SUSPENDED_RUNNABLE

    def set_running(self):
        self.state = STATE_RUNNING

    def mark_not_held(self):
        self.state = self.state & STATE_NOT_HELD

    def mark_held(self):
        self.state = self.state | STATE_HELD

    def held_or_suspended(self):
        return (self.state & STATE_HELD) != 0 or self.state == STATE_SUSPENDED

    def mark_suspended(self):
        self.state = self.state | STATE_SUSPENDED

    def mark_runnable(self):
        self.state = self.state | STATE_RUNNABLE

    def run(self):
        packet = None
        if self.state == STATE_SUSPENDED_RUNNABLE:
            packet = self.queue
            if packet is not None:
                self.queue = packet.link
            self.state = STATE_RUNNING if self.queue is None else STATE_RUNNABLE
        return self.task.run(packet)

    def add_input(self, packet, current):
        # a packet arrives for this task; returns the task that should run next
        if self.queue is None:
            self.queue = packet
            self.mark_runnable()
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class Scheduler:
    def __init__(self):
        self.queue_count = 0
        self.hold_count = 0
        self.blocks = [None] * NUM_IDS
        self.task_list = None
        self.current = None
        self.current_id = 0

    def add_task(self, ident, priority, queue, task):
        tcb = TaskControlBlock(self.task_list, ident, priority, queue, task)
        self.task_list = tcb
        self.current = tcb
        self.blocks[ident] = tcb
        return tcb

    def add_running_task(self, ident, priority, queue, task):
        self.add_task(ident, priority, queue, task).set_running()

    def current_tcb(self):
        tcb = self.current
        if tcb is None:
            raise RuntimeError("no current task")
        return tcb

    def schedule(self):
        tcb = self.task_list
        while tcb is not None:
            if tcb.held_or_suspended():
                tcb = tcb.link
            else:
                self.current = tcb
                self.current_id = tcb.ident
                tcb = tcb.run()

    def release(self, ident):
        tcb = self.blocks[ident]
        cur = self.current_tcb()
        if tcb is None:
            return tcb
        tcb.mark_not_held()
        if tcb.priority > cur.priority:
            return tcb
        return cur

    def hold_current(self):
        cur = self.current_tcb()
        self.hold_count += 1
        cur.mark_held()
        return cur.link

    def suspend_current(self):
        cur = self.current_tcb()
        cur.mark_suspended()
        return cur

    def send(self, packet):
        target = self.blocks[packet.ident]
        if target is None:
            return target
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current_id
        return target.add_input(packet, self.current_tcb())


class IdleTask(Task):
    def __init__(self, sched, v1, count):
        Task.__init__(self, sched)
        self.v1 = v1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_current()
        if (self.v1 & 1) == 0:
            self.v1 = self.v1 >> 1
            return self.sched.release(ID_DEVICE_A)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return self.sched.release(ID_DEVICE_B)


class DeviceTask(Task):
    def __init__(self, sched):
        Task.__init__(self, sched)
        self.pending = None

    def run(self, packet):
        if packet is None:
            p = self.pending
            if p is None:
                return self.sched.suspend_current()
            self.pending = None
            return self.sched.send(p)
        self.pending = packet
        return self.sched.hold_current()


class WorkerTask(Task):
    def __init__(self, sched, dest, counter):
        Task.__init__(self, sched)
        self.dest = dest
        self.counter = counter

    def run(self, packet):
        if packet is None:
            return self.sched.suspend_current()
        self.dest = ID_HANDLER_B if self.dest == ID_HANDLER_A else ID_HANDLER_A
        packet.ident = self.dest
        packet.a1 = 0
        for i in range(DATA_SIZE):
            self.counter += 1
            if self.counter > 26:
                self.counter = 1
            packet.a2[i] = self.counter
        return self.sched.send(packet)


class HandlerTask(Task):
    def __init__(self, sched):
        Task.__init__(self, sched)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            count = work.a1
            if count < DATA_SIZE:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.a1 = work.a2[count]
                    work.a1 = count + 1
                    return self.sched.send(dev)
            else:
                self.work = work.link
                return self.sched.send(work)
        return self.sched.suspend_current()


def run_once(count):
    s = Scheduler()
    s.add_running_task(ID_IDLE, 0, None, IdleTask(s, 1, count))
    q = Packet(None, ID_WORKER, KIND_WORK)
    q = Packet(q, ID_WORKER, KIND_WORK)
    s.add_task(ID_WORKER, 1000, q, WorkerTask(s, ID_HANDLER_A, 0))
    q = Packet(None, ID_DEVICE_A, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_A, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_A, KIND_DEVICE)
    s.add_task(ID_HANDLER_A, 2000, q, HandlerTask(s))
    q = Packet(None, ID_DEVICE_B, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_B, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_B, KIND_DEVICE)
    s.add_task(ID_HANDLER_B, 3000, q, HandlerTask(s))
    s.add_task(ID_DEVICE_A, 4000, None, DeviceTask(s))
    s.add_task(ID_DEVICE_B, 5000, None, DeviceTask(s))
    s.schedule()
    return s.queue_count, s.hold_count


def entry_point(argv):
    iterations = 30
    if len(argv) > 1:
        iterations = int(argv[1])
    total_queue = 0
    total_hold = 0
    ok = True
    for i in range(iterations):
        qc, hc = run_once(COUNT)
        total_queue += qc
        total_hold += hc
        if qc != EXPECTED_QUEUE_COUNT or hc != EXPECTED_HOLD_COUNT:
            ok = False
            print("iteration", i, "wrong counts", qc, hc)
    small_q, small_h = run_once(100)
    print("richards", iterations, "iterations")
    print("queue count", total_queue, "hold count", total_hold)
    print("count=100:", small_q, small_h)
    print("ok" if ok else "FAILED")
    return 0 if ok else 1


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
