"""Validates a FHIR R4 Bundle that `knead export --format fhir` wrote, with the pydantic
models of the `fhir.resources` package (R4B, which R4 bundles of these resources satisfy).

Usage: validate.py BUNDLE.json. Prints one line per resource type and count; exits 1 with the
validation errors if any resource does not conform.
"""

import collections
import importlib
import json
import sys

from fhir.resources.R4B.bundle import Bundle


def main(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    bundle = Bundle.model_validate_json(text)
    assert bundle.type == "collection", bundle.type
    counts = collections.Counter()
    # Each entry again with its own model, so nothing passes as a generic resource.
    for entry in json.loads(text)["entry"]:
        resource = entry["resource"]
        kind = resource["resourceType"]
        module = importlib.import_module(f"fhir.resources.R4B.{kind.lower()}")
        getattr(module, kind).model_validate(resource)
        counts[kind] += 1
    for kind, n in sorted(counts.items()):
        print(f"{kind} {n}")


if __name__ == "__main__":
    try:
        main(sys.argv[1])
    except Exception as error:  # the message is the report
        print(f"invalid: {error}", file=sys.stderr)
        sys.exit(1)
