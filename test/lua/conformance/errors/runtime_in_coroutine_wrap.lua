-- an error inside coroutine.wrap gets the position of the resuming call too
local gen = coroutine.wrap(function() coroutine.yield(1) error("failure inside wrap") end)
print(gen())
print(gen())
