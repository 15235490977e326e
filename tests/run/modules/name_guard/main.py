# Importing a module whose `if __name__ == "__main__":` block must not run.
import tool

print("main:", tool.double(5))
print(tool.__name__)
