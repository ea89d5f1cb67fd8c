-- an 'end' with nothing to close
print("one")
end
