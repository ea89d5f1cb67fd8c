-- Escape sequences in quoted strings, decimal escapes, and line continuations.
local s = "a\tb\nc\\d\"e\'f"
print(s)
print(#s)
for i = 1, #s do io.write(s:byte(i), " ") end
print()
print("\65\066\0677")
print(#"\0", ("\0"):byte())
print(#"a\0b", ("a\0b"):byte(1, -1))
print("\a\b\f\v\r" == "\7\8\12\11\13")
print(("\a\b\f\v\r"):byte(1, -1))
print('single \'quoted\' "inner"')
print("double \"quoted\" 'inner'")
local cont = "line one\
line two"
print(cont)
print(#cont)
print("\255\128\1" == string.char(255, 128, 1))
print(("\255"):byte())
print("\z" == "z")
print("\q\w" == "qw")
print("\9x" == "\tx")
print("\0499" == "19")
print("1\2003" == "1" .. string.char(200) .. "3")
print(("%q"):format("a\nb\0c\"d\\"))
print(#"\\n")
print("tab:[\t] end")
local esc = "\'\"\\"
print(esc, #esc)
print("\104\101\108\108\111")
print(("x"):rep(3, "") == "xxx")
