-- A module that returns nothing: require stores true in package.loaded.
noreturn_ran = true
