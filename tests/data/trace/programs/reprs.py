class Broken:
    def __repr__(self):
        raise RuntimeError("no repr for you")


class Loud:
    def __repr__(self):
        print("printed by repr")
        return "Loud()"


class Deep:
    def __repr__(self):
        return repr(self)


broken = Broken()
loud = Loud()
deep = Deep()
huge = "x" * 100_000
nested = [1]
nested.append(nested)
print("end")
