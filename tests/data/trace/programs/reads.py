import sys

words = 0
for line in sys.stdin:
    words += len(line.split())
print(f"{words} words")
