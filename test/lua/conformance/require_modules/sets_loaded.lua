-- A module that fills package.loaded itself and returns nothing.
package.loaded[...] = { custom = "set by the module" }
