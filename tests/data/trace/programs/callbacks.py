import json

values = sorted([3, 1, 2], key=lambda value: -value)
print(json.dumps(values))
