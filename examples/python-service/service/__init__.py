"""Example service: a thin layer over acme_units, so running it proves the dependencies were installed."""

import acme_greeting
import acme_units


def report() -> str:
    """One line naming the installed dependency versions and using them."""
    return (
        f"python-service ok: acme-units {acme_units.__version__}, acme-greeting {acme_greeting.__version__}: "
        f"{acme_units.describe(1.5, 'km', 'm')}"
    )
