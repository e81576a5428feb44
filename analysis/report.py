"""Report: stub"""
from pathlib import Path


def save_table(frame, name, tables_dir=None):
    if tables_dir:
        p = Path(tables_dir); p.mkdir(parents=True, exist_ok=True)
        frame.to_csv(p / f"{name}.csv", index=False)
    return frame
