def check(age):
    if age > 120:
        raise ValueError(f"{age} is too old")
    return age


try:
    check(150)
except ValueError as error:
    print(f"rejected: {error}")
check(200)
print("never printed")
