"""`python -m service` prints the report: the project's own command that the tests run after setup."""

from service import report

if __name__ == "__main__":
    print(report())
