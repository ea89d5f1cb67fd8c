-- A module that requires another module.
local greeter = require("greeter")
return { msg = greeter.greet("from uses_other") }
