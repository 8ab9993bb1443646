"""Baseline for `npm run bench`: a plain per-article word diff with Python's
difflib on the same texts constdiff compares (the method a comparable public
tool uses). Reads a JSON file of [[number, old_text, new_text], ...] and prints
the number of changed articles and the in-process diff time in ms."""
import difflib
import json
import re
import sys
import time

WORD = re.compile(r"\w+|[^\w\s]", re.UNICODE)

def main(path: str) -> None:
    with open(path, encoding="utf-8") as f:
        pairs = json.load(f)
    start = time.perf_counter()
    changed = 0
    for _number, old, new in pairs:
        a, b = WORD.findall(old), WORD.findall(new)
        ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        if any(tag != "equal" for tag, *_ in ops):
            changed += 1
    elapsed = (time.perf_counter() - start) * 1000
    print(json.dumps({"changed": changed, "ms": elapsed}))

if __name__ == "__main__":
    main(sys.argv[1])
