"""Runs with `python -m pytest` from the project root, where pytest is available."""

import acme_testkit
import acme_units

from service import report


def test_convert() -> None:
    acme_testkit.assert_close(acme_units.convert(1.5, "km", "m"), 1500.0)


def test_report_names_the_dependencies() -> None:
    assert report().startswith("python-service ok: acme-units 1.0.0, acme-greeting 1.0.0: ")
