"""Fit the weights of the clickbait checker on CLICK-ID's development split (maintainers only).

    python tools/fit_headlines.py

Reads ``../shared/data/clickid/dev.csv`` in place (it is never copied into the
project), fits an L2-regularised logistic regression over the named features of
``course.engines.clickbait`` and writes ``course/data/judul_bobot.json``: the intercept,
one weight per feature, and the cross-validated figures (5-fold stratified and
leave-one-publisher-out) with the dataset citation. Run it again after adding or
changing a feature, then `make bench` to refresh the benchmark.

CLICK-ID: William, A. & Sari, Y. (2020). CLICK-ID: A novel dataset for Indonesian
clickbait headlines. Data in Brief 32, 106231. doi:10.1016/j.dib.2020.106231 (CC BY 4.0).
"""

import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from course.engines import clickbait
from course.engines.headline_features import NAMA_FITUR
from tools import clickid

OUT = Path(__file__).resolve().parent.parent / "course" / "data" / "judul_bobot.json"


def main() -> int:
    try:
        data = clickid.load_dev()
    except clickid.DatasetMissing as exc:
        print(exc, file=sys.stderr)
        return 1
    X = clickid.matrix(data.titles)
    intercept, weights = clickid.fit(X, data.labels)
    strat = clickid.stratified_cv(data, X)["overall"]
    lopo = clickid.grouped_cv(data, X)["overall"]
    model = {
        "keterangan": "Bobot pemeriksa clickbait course.engines.clickbait; dibuat oleh tools/fit_headlines.py, jangan disunting.",
        "dataset": clickid.CITATION,
        "data": "CLICK-ID dev split (8.976 judul), dibaca di tempat dari ../shared/data/clickid/dev.csv",
        "dibuat": dt.date.today().isoformat(),
        "l2": clickid.L2,
        "ambang": clickbait.AMBANG,
        "intersep": round(intercept, 4),
        "bobot": {name: round(float(w), 4) for name, w in zip(NAMA_FITUR, weights)},
        "validasi_silang": {"stratified_5_fold": strat, "leave_one_publisher_out": lopo},
    }
    OUT.write_text(json.dumps(model, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"Bobot ditulis ke {OUT}: akurasi 5-fold {strat['accuracy']:.3f}, "
        f"leave-one-publisher-out {lopo['accuracy']:.3f}."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
