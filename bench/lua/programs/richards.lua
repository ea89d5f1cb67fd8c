-- richards: Martin Richards' simulation of an operating system kernel. A scheduler runs six
-- tasks (an idle task, a worker, two packet handlers and two devices) that pass work packets
-- to each other through queues; every task is a table with a metatable, and each run counts
-- the packets queued and the times a task held itself. A run ends when the idle task has
-- run 1000 times; every run does the same work, so the counts per run are fixed: 2322
-- packets queued and 928 holds.
local n = tonumber((...)) or 400

local QUEUED_PER_RUN, HOLDS_PER_RUN = 2322, 928
local IDLE_COUNT = 1000
local DATA_SIZE = 4

local ID_IDLE, ID_WORKER, ID_HANDLER_A, ID_HANDLER_B, ID_DEVICE_A, ID_DEVICE_B = 1, 2, 3, 4, 5, 6
local KIND_DEVICE, KIND_WORK = 0, 1

-- A packet: a link in a queue, the id of the task it is addressed to (then of the task that
-- sent it), its kind, a counter and a small data array.
local Packet = {}
Packet.__index = Packet

function Packet.new(link, id, kind)
  local data = {}
  for i = 1, DATA_SIZE do data[i] = 0 end
  return setmetatable({ link = link, id = id, kind = kind, a1 = 0, a2 = data }, Packet)
end

-- Appends the packet at the end of queue (nil for the empty queue); returns the queue.
function Packet:addTo(queue)
  self.link = nil
  if queue == nil then return self end
  local last = queue
  local nextPacket = last.link
  while nextPacket ~= nil do
    last = nextPacket
    nextPacket = last.link
  end
  last.link = self
  return queue
end

-- A task control block: the task's place in the scheduler's list, its priority, its queue
-- of input packets and its state: whether a packet is pending, the task waits for a packet
-- (a new task does), the task is held.
local Tcb = {}
Tcb.__index = Tcb

function Tcb.new(link, id, priority, queue, task)
  return setmetatable({
    link = link, id = id, priority = priority, queue = queue, task = task,
    packetPending = queue ~= nil, taskWaiting = true, taskHolding = false,
  }, Tcb)
end

-- Held, or waiting with no packet pending: nothing to run.
function Tcb:isHeldOrSuspended()
  return self.taskHolding or (self.taskWaiting and not self.packetPending)
end

function Tcb:markAsRunning()
  self.packetPending = false
  self.taskWaiting = false
end

-- Runs the task with the first packet of its queue when it waits for one.
function Tcb:run()
  local packet = nil
  if self.taskWaiting and self.packetPending and not self.taskHolding then
    packet = self.queue
    self.queue = packet.link
    self.packetPending = self.queue ~= nil
    self.taskWaiting = false
  end
  return self.task:run(packet)
end

-- Adds packet to this task's queue; returns the task to run next (this one when it becomes
-- runnable with a higher priority than current, the current one otherwise).
function Tcb:checkPriorityAdd(current, packet)
  if self.queue == nil then
    self.queue = packet
    self.packetPending = true
    if self.priority > current.priority then return self end
  else
    self.queue = packet:addTo(self.queue)
  end
  return current
end

local Scheduler = {}
Scheduler.__index = Scheduler

function Scheduler.new()
  return setmetatable({
    queueCount = 0, holdCount = 0, blocks = {}, list = nil, current = nil, currentId = 0,
  }, Scheduler)
end

function Scheduler:addTask(id, priority, queue, task)
  local tcb = Tcb.new(self.list, id, priority, queue, task)
  self.list = tcb
  self.current = tcb
  self.blocks[id] = tcb
end

function Scheduler:schedule()
  local tcb = self.list
  while tcb ~= nil do
    if tcb:isHeldOrSuspended() then
      tcb = tcb.link
    else
      self.current = tcb
      self.currentId = tcb.id
      tcb = tcb:run()
    end
  end
end

-- Releases the task id from its hold; returns the task to run next.
function Scheduler:release(id)
  local tcb = self.blocks[id]
  tcb.taskHolding = false
  if tcb.priority > self.current.priority then return tcb end
  return self.current
end

function Scheduler:holdCurrent()
  self.holdCount = self.holdCount + 1
  self.current.taskHolding = true
  return self.current.link
end

function Scheduler:suspendCurrent()
  self.current.taskWaiting = true
  return self.current
end

-- Sends packet to the task it is addressed to, marking it as coming from the current task.
function Scheduler:queue(packet)
  local tcb = self.blocks[packet.id]
  self.queueCount = self.queueCount + 1
  packet.link = nil
  packet.id = self.currentId
  return tcb:checkPriorityAdd(self.current, packet)
end

-- x xor 0xD008 for 0 <= x < 0x8000, with arithmetic only (Lua 5.1 has no bit operators):
-- flips bits 3, 12 and 14, and sets bit 15.
local function xorD008(x)
  if x % 0x10 >= 0x8 then x = x - 0x8 else x = x + 0x8 end
  if x % 0x2000 >= 0x1000 then x = x - 0x1000 else x = x + 0x1000 end
  if x % 0x8000 >= 0x4000 then x = x - 0x4000 else x = x + 0x4000 end
  return x + 0x8000
end

-- The idle task releases the two devices in a pseudo-random order, count times.
local IdleTask = {}
IdleTask.__index = IdleTask

function IdleTask.new(scheduler, seed, count)
  return setmetatable({ scheduler = scheduler, seed = seed, count = count }, IdleTask)
end

function IdleTask:run(packet)
  self.count = self.count - 1
  if self.count == 0 then return self.scheduler:holdCurrent() end
  local seed = self.seed
  if seed % 2 == 0 then
    self.seed = seed / 2
    return self.scheduler:release(ID_DEVICE_A)
  end
  self.seed = xorD008((seed - 1) / 2)
  return self.scheduler:release(ID_DEVICE_B)
end

-- A device holds one packet at a time, and sends it back on its next run.
local DeviceTask = {}
DeviceTask.__index = DeviceTask

function DeviceTask.new(scheduler)
  return setmetatable({ scheduler = scheduler, pending = nil }, DeviceTask)
end

function DeviceTask:run(packet)
  if packet == nil then
    local pending = self.pending
    if pending == nil then return self.scheduler:suspendCurrent() end
    self.pending = nil
    return self.scheduler:queue(pending)
  end
  self.pending = packet
  return self.scheduler:holdCurrent()
end

-- The worker fills work packets with letters and sends them alternately to the two handlers.
local WorkerTask = {}
WorkerTask.__index = WorkerTask

function WorkerTask.new(scheduler, destination, letter)
  return setmetatable({ scheduler = scheduler, destination = destination, letter = letter }, WorkerTask)
end

function WorkerTask:run(packet)
  if packet == nil then return self.scheduler:suspendCurrent() end
  if self.destination == ID_HANDLER_A then
    self.destination = ID_HANDLER_B
  else
    self.destination = ID_HANDLER_A
  end
  packet.id = self.destination
  packet.a1 = 0
  local data = packet.a2
  for i = 1, DATA_SIZE do
    local letter = self.letter + 1
    if letter > 26 then letter = 1 end
    self.letter = letter
    data[i] = letter
  end
  return self.scheduler:queue(packet)
end

-- A handler copies the data of its work packets, one item at a time, into device packets.
local HandlerTask = {}
HandlerTask.__index = HandlerTask

function HandlerTask.new(scheduler)
  return setmetatable({ scheduler = scheduler, work = nil, devices = nil }, HandlerTask)
end

function HandlerTask:run(packet)
  if packet ~= nil then
    if packet.kind == KIND_WORK then
      self.work = packet:addTo(self.work)
    else
      self.devices = packet:addTo(self.devices)
    end
  end
  local work = self.work
  if work ~= nil then
    local index = work.a1
    if index < DATA_SIZE then
      local device = self.devices
      if device ~= nil then
        self.devices = device.link
        device.a1 = work.a2[index + 1]
        work.a1 = index + 1
        return self.scheduler:queue(device)
      end
    else
      self.work = work.link
      return self.scheduler:queue(work)
    end
  end
  return self.scheduler:suspendCurrent()
end

local function packets(count, id, kind)
  local queue = nil
  for _ = 1, count do queue = Packet.new(queue, id, kind) end
  return queue
end

local function runOnce()
  local s = Scheduler.new()
  s:addTask(ID_IDLE, 0, nil, IdleTask.new(s, 1, IDLE_COUNT))
  s.current:markAsRunning()
  s:addTask(ID_WORKER, 1000, packets(2, ID_WORKER, KIND_WORK), WorkerTask.new(s, ID_HANDLER_A, 0))
  s:addTask(ID_HANDLER_A, 2000, packets(3, ID_DEVICE_A, KIND_DEVICE), HandlerTask.new(s))
  s:addTask(ID_HANDLER_B, 3000, packets(3, ID_DEVICE_B, KIND_DEVICE), HandlerTask.new(s))
  s:addTask(ID_DEVICE_A, 4000, nil, DeviceTask.new(s))
  s:addTask(ID_DEVICE_B, 5000, nil, DeviceTask.new(s))
  s:schedule()
  return s.queueCount, s.holdCount
end

local queued, holds = 0, 0
for _ = 1, n do
  local q, h = runOnce()
  queued, holds = queued + q, holds + h
end
if queued ~= QUEUED_PER_RUN * n or holds ~= HOLDS_PER_RUN * n then
  error("richards: wrong result " .. queued .. " packets queued and " .. holds .. " holds in " .. n .. " runs")
end
print(string.format("richards: %d packets queued, %d holds in %d runs", queued, holds, n))
