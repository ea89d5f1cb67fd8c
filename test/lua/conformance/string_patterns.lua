-- Pattern items in depth: classes, complements, sets, ranges, quantifiers, %b, %f, anchors.
local function all(s, p)
  local t = {}
  for m in s:gmatch(p) do t[#t + 1] = "[" .. m .. "]" end
  return table.concat(t)
end
local sample = "Ab1 _x!\tZ9\n.;"
for _, cls in ipairs({ "%a", "%A", "%d", "%D", "%l", "%L", "%u", "%U", "%s", "%S", "%w", "%W", "%p", "%P", "%c", "%C", "%x", "%X" }) do
  local r = all(sample, cls)
  print(cls, (r:gsub("\n", "\\n"):gsub("\t", "\\t")))
end
print(all("hello world", "[aeiou]"), all("hello world", "[^aeiou ]+"))
print(all("a-b-c", "[%-]"), all("a-b-c", "[a-b]"), all("x]y", "[]]"), all("x^y", "[%^]"), all("x^y", "[x^]"))
print(all("0123456789abcdefABCDEF", "[0-3a-cD-F]+"), all("a.b,c", "[.,]"))
print(all("aaa bbb", "a*"), all("aaa", "a-"), all("aaa", "a?"), all("aaab", "a+b"))
print(all("abc123def", "%a+"), all("abc123def", "%d?%a"))
print(("x = 10"):match("^(%w+)%s*=%s*(%d+)$"))
print(all("(a(b)c) (d)", "%b()"), all("[[x]] [y]", "%b[]"), ("if a then b end"):match("%bie"))
print(all("THE (quick) fox", "%f[%a]%a+"), all("hello-world foo_bar", "%f[%w]%w+"))
print(all("THE (quick) fox", "%f[%l]%a+"), ("abc"):find("%f[%a]"), ("abc"):find("%f[%A]"))
print(all("key1=val1;key2=val2", "(%w+)=(%w+)"))
print(all("a1b2c3", "%a%d"), all("a.b.c", "%."), all("100% sure", "%%"))
print(("^start"):match("^%^(.*)"), ("end$"):match("(.*)%$$"), ("a$b"):match("a$b"))
print(("aaa"):match("^a-$"), ("abc"):match("^.-b"), ("abcabc"):match("^(.-)c"))
print(("  \t\n  "):match("^%s*$") ~= nil, ("x"):match("^%s*$"))
print(all("x y  z", "%s+"), all("one,two,,three", "[^,]*"))
print(("[]"):match("%[%]"), ("a-z"):match("[a%-z]+"), ("]"):match("[]]"))
print(("hello"):match("h(.-)o"), ("hello"):match("h(.*)"), ("hello"):match("(h?)(e?)(x?)l"))
print(("\1\2\3"):match("[\1-\3]+") == "\1\2\3", ("\255\254"):match("[\250-\255]+") == "\255\254")
print(pcall(string.match, "x", "[%"))
print(pcall(string.match, "x", "%b"))
print(pcall(string.match, "x", "%f"))
print(pcall(string.match, "x", "(()"))
print(("caps"):match("(((((((((((((((((((((((((((((((c)))))))))))))))))))))))))))))))"))
print(pcall(string.match, "caps", string.rep("(", 33) .. "c" .. string.rep(")", 33)))
print(all("abcd", "[^%a]"), all("ab12", "[%a%d]"), all("a b", "[% ]"))
print(("x"):match("[a-]"), ("-"):match("[a-]"), ("b"):match("[-a]"), ("-"):match("[-a]"))
print(("cat hat bat"):gsub("[ch]at", "X"))
print(("aaa"):match("a-a-a"), ("ab"):match("a*b*c*"), ("xyz"):match("x?y?z?w?"))
