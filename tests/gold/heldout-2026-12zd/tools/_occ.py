import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from tests.gold.tools.heldout import occurrences, read_body

HERE = Path(__file__).resolve().parent.parent
for arg in sys.argv[1:]:
    stem, t = arg.split(":")
    b = read_body(HERE / "articles" / f"{stem}.md", True)
    print(
        stem,
        t,
        [(n, b[max(0, s - 5) : s + len(t) + 5]) for n, s in enumerate(occurrences(b, t), 1)],
    )
