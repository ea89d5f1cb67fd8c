/**
 * The JavaScript twin of programs/richards.lua: Martin Richards' operating-system simulation,
 * a scheduler running an idle task, a worker, two handlers and two devices that pass packets
 * through queues. Each run (the idle task running 1000 times) queues 2322 packets and holds
 * 928 times.
 */

const QUEUED_PER_RUN = 2322;
const HOLDS_PER_RUN = 928;
const IDLE_COUNT = 1000;
const DATA_SIZE = 4;

const ID_IDLE = 1;
const ID_WORKER = 2;
const ID_HANDLER_A = 3;
const ID_HANDLER_B = 4;
const ID_DEVICE_A = 5;
const ID_DEVICE_B = 6;
const KIND_DEVICE = 0;
const KIND_WORK = 1;

class Packet {
  link: Packet | null;
  id: number;
  kind: number;
  a1 = 0;
  a2: number[] = [];

  constructor(link: Packet | null, id: number, kind: number) {
    this.link = link;
    this.id = id;
    this.kind = kind;
    for (let i = 0; i < DATA_SIZE; i++) this.a2.push(0);
  }

  /** Appends this packet at the end of queue; returns the queue. */
  addTo(queue: Packet | null): Packet {
    this.link = null;
    if (queue === null) return this;
    let last = queue;
    let next = last.link;
    while (next !== null) {
      last = next;
      next = last.link;
    }
    last.link = this;
    return queue;
  }
}

interface Task {
  run(packet: Packet | null): Tcb | null;
}

/** A task control block: a new task waits for a packet, with one pending if it has a queue. */
class Tcb {
  link: Tcb | null;
  id: number;
  priority: number;
  queue: Packet | null;
  task: Task;
  packetPending: boolean;
  taskWaiting = true;
  taskHolding = false;

  constructor(link: Tcb | null, id: number, priority: number, queue: Packet | null, task: Task) {
    this.link = link;
    this.id = id;
    this.priority = priority;
    this.queue = queue;
    this.task = task;
    this.packetPending = queue !== null;
  }

  isHeldOrSuspended(): boolean {
    return this.taskHolding || (this.taskWaiting && !this.packetPending);
  }

  markAsRunning(): void {
    this.packetPending = false;
    this.taskWaiting = false;
  }

  run(): Tcb | null {
    let packet: Packet | null = null;
    if (this.taskWaiting && this.packetPending && !this.taskHolding) {
      packet = this.queue!;
      this.queue = packet.link;
      this.packetPending = this.queue !== null;
      this.taskWaiting = false;
    }
    return this.task.run(packet);
  }

  checkPriorityAdd(current: Tcb, packet: Packet): Tcb {
    if (this.queue === null) {
      this.queue = packet;
      this.packetPending = true;
      if (this.priority > current.priority) return this;
    } else {
      this.queue = packet.addTo(this.queue);
    }
    return current;
  }
}

class Scheduler {
  queueCount = 0;
  holdCount = 0;
  blocks: (Tcb | null)[] = [null, null, null, null, null, null, null];
  list: Tcb | null = null;
  current: Tcb | null = null;
  currentId = 0;

  addTask(id: number, priority: number, queue: Packet | null, task: Task): void {
    const tcb = new Tcb(this.list, id, priority, queue, task);
    this.list = tcb;
    this.current = tcb;
    this.blocks[id] = tcb;
  }

  schedule(): void {
    let tcb = this.list;
    while (tcb !== null) {
      if (tcb.isHeldOrSuspended()) {
        tcb = tcb.link;
      } else {
        this.current = tcb;
        this.currentId = tcb.id;
        tcb = tcb.run();
      }
    }
  }

  release(id: number): Tcb {
    const tcb = this.blocks[id]!;
    tcb.taskHolding = false;
    if (tcb.priority > this.current!.priority) return tcb;
    return this.current!;
  }

  holdCurrent(): Tcb | null {
    this.holdCount++;
    this.current!.taskHolding = true;
    return this.current!.link;
  }

  suspendCurrent(): Tcb {
    this.current!.taskWaiting = true;
    return this.current!;
  }

  queue(packet: Packet): Tcb {
    const tcb = this.blocks[packet.id]!;
    this.queueCount++;
    packet.link = null;
    packet.id = this.currentId;
    return tcb.checkPriorityAdd(this.current!, packet);
  }
}

class IdleTask implements Task {
  constructor(private scheduler: Scheduler, private seed: number, private count: number) {}

  run(_packet: Packet | null): Tcb | null {
    this.count--;
    if (this.count === 0) return this.scheduler.holdCurrent();
    if ((this.seed & 1) === 0) {
      this.seed = this.seed >> 1;
      return this.scheduler.release(ID_DEVICE_A);
    }
    this.seed = (this.seed >> 1) ^ 0xd008;
    return this.scheduler.release(ID_DEVICE_B);
  }
}

class DeviceTask implements Task {
  private pending: Packet | null = null;

  constructor(private scheduler: Scheduler) {}

  run(packet: Packet | null): Tcb | null {
    if (packet === null) {
      const pending = this.pending;
      if (pending === null) return this.scheduler.suspendCurrent();
      this.pending = null;
      return this.scheduler.queue(pending);
    }
    this.pending = packet;
    return this.scheduler.holdCurrent();
  }
}

class WorkerTask implements Task {
  constructor(private scheduler: Scheduler, private destination: number, private letter: number) {}

  run(packet: Packet | null): Tcb | null {
    if (packet === null) return this.scheduler.suspendCurrent();
    this.destination = this.destination === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
    packet.id = this.destination;
    packet.a1 = 0;
    const data = packet.a2;
    for (let i = 0; i < DATA_SIZE; i++) {
      let letter = this.letter + 1;
      if (letter > 26) letter = 1;
      this.letter = letter;
      data[i] = letter;
    }
    return this.scheduler.queue(packet);
  }
}

class HandlerTask implements Task {
  private work: Packet | null = null;
  private devices: Packet | null = null;

  constructor(private scheduler: Scheduler) {}

  run(packet: Packet | null): Tcb | null {
    if (packet !== null) {
      if (packet.kind === KIND_WORK) this.work = packet.addTo(this.work);
      else this.devices = packet.addTo(this.devices);
    }
    const work = this.work;
    if (work !== null) {
      const index = work.a1;
      if (index < DATA_SIZE) {
        const device = this.devices;
        if (device !== null) {
          this.devices = device.link;
          device.a1 = work.a2[index];
          work.a1 = index + 1;
          return this.scheduler.queue(device);
        }
      } else {
        this.work = work.link;
        return this.scheduler.queue(work);
      }
    }
    return this.scheduler.suspendCurrent();
  }
}

function packets(count: number, id: number, kind: number): Packet | null {
  let queue: Packet | null = null;
  for (let i = 0; i < count; i++) queue = new Packet(queue, id, kind);
  return queue;
}

function runOnce(): [number, number] {
  const s = new Scheduler();
  s.addTask(ID_IDLE, 0, null, new IdleTask(s, 1, IDLE_COUNT));
  s.current!.markAsRunning();
  s.addTask(ID_WORKER, 1000, packets(2, ID_WORKER, KIND_WORK), new WorkerTask(s, ID_HANDLER_A, 0));
  s.addTask(ID_HANDLER_A, 2000, packets(3, ID_DEVICE_A, KIND_DEVICE), new HandlerTask(s));
  s.addTask(ID_HANDLER_B, 3000, packets(3, ID_DEVICE_B, KIND_DEVICE), new HandlerTask(s));
  s.addTask(ID_DEVICE_A, 4000, null, new DeviceTask(s));
  s.addTask(ID_DEVICE_B, 5000, null, new DeviceTask(s));
  s.schedule();
  return [s.queueCount, s.holdCount];
}

export function run(n: number): string {
  let queued = 0;
  let holds = 0;
  for (let r = 0; r < n; r++) {
    const [q, h] = runOnce();
    queued += q;
    holds += h;
  }
  if (queued !== QUEUED_PER_RUN * n || holds !== HOLDS_PER_RUN * n) {
    throw new Error(`richards: wrong result ${queued} packets queued and ${holds} holds in ${n} runs`);
  }
  return `richards: ${queued} packets queued, ${holds} holds in ${n} runs`;
}
