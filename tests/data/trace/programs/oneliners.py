def g(n):
    return n
x = [g(i) for i in range(3)]
total = sum(v * v for v in range(3))
f = lambda a: a + 1
f(1); f(2)
i = 0
while i < 3: i += 1
class K:
    y = 1
for q in range(2): pass
