-- A module whose value is a function.
return function(x) return x * 2 end
