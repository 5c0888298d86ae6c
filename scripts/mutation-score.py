#!/usr/bin/env python3
"""Prints the mutation score of each package from PIT's report (./mvnw -Pmutation verify writes it).

Usage: scripts/mutation-score.py [target/pit-reports/mutations.xml] [--min PERCENT]

A mutant counts as killed when a test failed, timed out or crashed on it (PIT's KILLED, TIMED_OUT, MEMORY_ERROR and
RUN_ERROR); SURVIVED and NO_COVERAGE are the lines no test would notice breaking. With --min, exits 1 when a package
scores below PERCENT.
"""
import collections
import sys
import xml.etree.ElementTree as ET

KILLED = {"KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR"}


def main(argv):
    minimum = None
    if "--min" in argv:
        at = argv.index("--min")
        minimum = float(argv[at + 1])
        argv = argv[:at] + argv[at + 2:]
    report = argv[0] if argv else "target/pit-reports/mutations.xml"
    statuses = collections.defaultdict(collections.Counter)
    for mutation in ET.parse(report).getroot().iter("mutation"):
        mutated = mutation.findtext("mutatedClass").split("$")[0]
        statuses[mutated.rsplit(".", 1)[0]][mutation.get("status")] += 1
    below = []
    print(f"{'package':24} {'killed':>13} {'score':>7}  survived  no coverage")
    for package, counts in sorted(statuses.items()):
        total = sum(counts.values())
        killed = sum(counts[s] for s in KILLED)
        score = 100 * killed / total
        print(f"{package:24} {killed:>6} / {total:<5} {score:6.1f}%  {counts['SURVIVED']:>8}  {counts['NO_COVERAGE']:>11}")
        if minimum is not None and score < minimum:
            below.append(package)
    if below:
        print(f"below {minimum:g}%: {', '.join(below)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
