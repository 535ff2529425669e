#!/usr/bin/env python3
"""An independent reference implementation of the standard method, to check the engine.

    bench/reference.py MODEL [--format json|lines] [--index]
    bench/reference.py MODEL --check PRICE.json        # compare with `tariff price MODEL --format json`
    bench/reference.py MODEL --engine BIN              # run BIN price (and index with --index) and compare
    bench/reference.py MODEL --index --check-index INDEX.json

Prices every product of a cost model exactly under the standard method of
METHOD.md §1-4 as models/standard.yaml encodes it -- wage cost per FTE per staff
level, hours per FTE, staff mix, the three kinds' cost per unit, overhead and risk,
the tariff and the minute tariff -- with the model's rounding policy (`rounding:`,
which sets the rounding of any of the method's rules). Parameters are looked up as
the engine's scopes do: product -> model -> method default, and staff level -> model
-> method default. With `--index` it also indexes the tariffs over the contract
years (METHOD.md §5, docs/heavy-care.md): the series file and the model's series,
weights, weights by kind, a product's own weights (or `personnel_share`),
correction none/points/ratio, chain or direct, each step's rounding, `applied`.

Written from METHOD.md, not from the engine's code: only `fractions` and the YAML
reader of Debian's python3-yaml (BaseLoader: every scalar stays text, and each
number is read exactly from its text: `8.964%` is Fraction(8964, 100000)).
A model with `rules:` or another `method:` is refused (not implemented here).

Output: `{"CODE": "82.92", ...}` (json, the default) or `CODE TARIFF` per line; with
`--index`, `{"YEAR": {"CODE": "86.39", ...}, ...}` or `YEAR CODE TARIFF` per line.
With `--check`/`--engine`, exit 0 when every tariff (and the exact build-up: staff
cost, client cost, overhead, risk, personnel share) is identical, 1 when any differs.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time
from fractions import Fraction

import yaml

Loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)

# ----------------------------------------------------------------------------
# The standard method (METHOD.md §1-4)
# ----------------------------------------------------------------------------
GENERAL = ["monthly_salary", "holiday_allowance", "year_end_bonus", "irregular_hours_allowance",
           "employer_charges", "annual_hours", "leave_hours", "absence_rate", "training_hours",
           "direct_share", "overhead_surcharge", "risk_surcharge", "hours_per_daypart", "days_per_year"]
DEFAULTS = {"holiday_allowance": "8%", "irregular_hours_allowance": "0%",
            "hours_per_daypart": "4", "days_per_year": "365"}
KINDS = {
    "individual": {"units": {"hour": "tariff", "minute": "minute_tariff"},
                   "parameters": ["material_per_hour"]},
    "group": {"units": {"daypart": "tariff"},
              "parameters": ["staff_on_group", "group_size", "occupancy", "facility_per_group_daypart",
                             "material_per_daypart"]},
    "residential": {"units": {"etmaal": "tariff"},
                    "parameters": ["fte_per_place", "occupancy", "housing_per_place_year", "material_per_day"]},
}
RULES = ["annual_salary", "gross_annual", "wage_cost_per_fte", "available_hours", "present_hours",
         "productive_hours", "direct_hours", "staff_cost_per_fte", "staff_cost_per_hour", "staff_cost",
         "client_cost", "direct_cost", "overhead", "cost_price", "risk", "tariff_exact", "tariff",
         "minute_tariff", "personnel_share"]
METHOD_ROUNDING = {"tariff": ("places", 2, "half_up"), "minute_tariff": ("places", 2, "half_up")}
PRODUCT_KEYS = {"code", "name", "kind", "unit", "category", "staff_mix", "about", "index_weights"}
MODES = ("half_up", "half_even", "half_down", "up", "down", "ceiling", "floor")

NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)%?$")


class ModelError(Exception):
    pass


def num(text, what="a number"):
    """A decimal text (`3780.00`, `8.964%`, `-12.5`) as the exact rational it denotes."""
    if not isinstance(text, str):
        raise ModelError("%s: expected a number, got %r" % (what, text))
    t = text.strip()
    if not NUMBER.match(t):
        raise ModelError("%s: not a decimal number: %r" % (what, text))
    if t.endswith("%"):
        return Fraction(t[:-1]) / 100
    return Fraction(t)


def round_int(q, mode):
    """q rounded to an integer by mode (METHOD.md §0)."""
    fl = q.numerator // q.denominator  # floor
    if fl == q:
        return fl
    ce = fl + 1
    if mode == "floor":
        return fl
    if mode == "ceiling":
        return ce
    if mode == "down":  # toward zero
        return fl if q > 0 else ce
    if mode == "up":  # away from zero
        return ce if q > 0 else fl
    a = abs(q)
    f = a.numerator // a.denominator
    r = a - f
    half = Fraction(1, 2)
    if r > half:
        n = f + 1
    elif r < half:
        n = f
    elif mode == "half_up":  # half away from zero
        n = f + 1
    elif mode == "half_down":  # half toward zero
        n = f
    elif mode == "half_even":
        n = f + (f % 2)
    else:
        raise ModelError("unknown rounding mode %r" % mode)
    return n if q > 0 else -n


def apply_rounding(x, spec):
    how, amount, mode = spec
    unit = Fraction(1, 10 ** amount) if how == "places" else amount
    return round_int(x / unit, mode) * unit


def parse_rounding(spec, what):
    if not isinstance(spec, dict):
        raise ModelError("%s: a rounding is {places: N, mode: M} or {step: S, mode: M}" % what)
    mode = spec.get("mode", "half_up")
    if mode not in MODES:
        raise ModelError("%s: unknown mode %r" % (what, mode))
    if "places" in spec:
        return ("places", int(spec["places"]), mode)
    if "step" in spec:
        return ("step", num(spec["step"], what + ".step"), mode)
    raise ModelError("%s: a rounding needs places or step" % what)


def decimals_of(spec):
    """How many decimals a value rounded by spec is printed with."""
    how, amount, _ = spec
    if how == "places":
        return amount
    d = 0
    while (amount * 10 ** d).denominator != 1 and d < 12:
        d += 1
    return max(d, 2)


def fmt(x, places):
    """An exact value with `places` decimals (it must be representable)."""
    sign = "-" if x < 0 else ""
    x = abs(x)
    scaled = x * 10 ** places
    if scaled.denominator != 1:
        raise ValueError("%s has more than %d decimals" % (x, places))
    s = str(scaled.numerator).rjust(places + 1, "0")
    return sign + (s[:-places] + "." + s[-places:] if places else s)


def fraction_text(x):
    return str(x.numerator) if x.denominator == 1 else "%d/%d" % (x.numerator, x.denominator)


# ----------------------------------------------------------------------------
# Pricing
# ----------------------------------------------------------------------------
class Reference:
    def __init__(self, path):
        self.path = path
        with open(path, encoding="utf-8") as f:
            m = yaml.load(f, Loader=Loader)
        if not isinstance(m, dict):
            raise ModelError("%s: not a mapping" % path)
        self.m = m
        if m.get("method", "standard") != "standard":
            raise ModelError("method %r: only the standard method is implemented" % m.get("method"))
        if m.get("rules"):
            raise ModelError("model rules: not implemented by the reference")
        self.year = int(m["year"])
        self.until = int(m.get("until", m["year"]))
        self.policy = dict(METHOD_ROUNDING)
        for name, spec in (m.get("rounding") or {}).items():
            if name not in RULES:
                raise ModelError("rounding of %r: not a rule of the standard method" % name)
            self.policy[name] = parse_rounding(spec, "rounding." + name)
        self.model_params = {}
        for name, text in (m.get("parameters") or {}).items():
            if name not in GENERAL:
                raise ModelError("parameter %r: not a general parameter of the standard method" % name)
            self.model_params[name] = num(text, "parameters." + name)
        self.base = {k: num(v) for k, v in DEFAULTS.items()}
        self.base.update(self.model_params)
        self.wages = {}
        for name, level in (m.get("staff_levels") or {}).items():
            self.wages[name] = self.wage_cost(name, level)
        self._hours = {}

    def R(self, name, x):
        spec = self.policy.get(name)
        return apply_rounding(x, spec) if spec else x

    def wage_cost(self, name, level):
        v = dict(self.base)
        for k, text in level.items():
            if k == "about":
                continue
            if k not in GENERAL:
                raise ModelError("staff level %s: %r is not a general parameter" % (name, k))
            v[k] = num(text, "staff_levels.%s.%s" % (name, k))
        R = self.R
        annual_salary = R("annual_salary", v["monthly_salary"] * 12)
        gross_annual = R("gross_annual", annual_salary * (1 + v["holiday_allowance"] + v["year_end_bonus"]
                                                           + v["irregular_hours_allowance"]))
        return R("wage_cost_per_fte", gross_annual * (1 + v["employer_charges"]))

    def direct_hours(self, g):
        key = (g["annual_hours"], g["leave_hours"], g["absence_rate"], g["training_hours"], g["direct_share"])
        h = self._hours.get(key)
        if h is None:
            R = self.R
            available = R("available_hours", g["annual_hours"] - g["leave_hours"])
            present = R("present_hours", available * (1 - g["absence_rate"]))
            productive = R("productive_hours", present - g["training_hours"])
            h = self._hours[key] = R("direct_hours", productive * g["direct_share"])
        return h

    def price(self, p):
        """The product's build-up and tariff: a dict of exact values."""
        R = self.R
        code = p["code"]
        kind = p["kind"]
        if kind not in KINDS:
            raise ModelError("%s: unknown kind %r" % (code, kind))
        unit = p["unit"]
        if unit not in KINDS[kind]["units"]:
            raise ModelError("%s: unit %r is not a unit of %s" % (code, unit, kind))
        if p.get("rules"):
            raise ModelError("%s: product rules are not implemented by the reference" % code)
        g = dict(self.base)
        for k, text in p.items():
            if k in PRODUCT_KEYS:
                continue
            if k not in GENERAL and k not in KINDS[kind]["parameters"]:
                raise ModelError("%s: %r is not a parameter of %s products" % (code, k, kind))
            g[k] = num(text, "%s.%s" % (code, k))
        mix = p["staff_mix"]
        if sum(num(s) for s in mix.values()) != 1:
            raise ModelError("%s: the staff mix does not add up to 1" % code)
        staff_cost_per_fte = R("staff_cost_per_fte", sum(num(s) * self.wages[lv] for lv, s in mix.items()))
        direct_hours = self.direct_hours(g)
        staff_cost_per_hour = R("staff_cost_per_hour", staff_cost_per_fte / direct_hours)
        if kind == "individual":
            staff = staff_cost_per_hour
            client = g["material_per_hour"]
        elif kind == "group":
            places = g["group_size"] * g["occupancy"]
            staff = g["staff_on_group"] * g["hours_per_daypart"] * staff_cost_per_hour / places
            client = g["facility_per_group_daypart"] / places + g["material_per_daypart"]
        else:
            days = g["days_per_year"] * g["occupancy"]
            staff = g["fte_per_place"] * staff_cost_per_fte / days
            client = g["housing_per_place_year"] / days + g["material_per_day"]
        staff = R("staff_cost", staff)
        client = R("client_cost", client)
        direct_cost = R("direct_cost", staff + client)
        overhead = R("overhead", direct_cost * g["overhead_surcharge"])
        cost_price = R("cost_price", direct_cost + overhead)
        risk = R("risk", cost_price * g["risk_surcharge"])
        tariff_exact = R("tariff_exact", cost_price + risk)
        hourly = R("tariff", tariff_exact)
        r = dict(staff_cost=staff, client_cost=client, overhead=overhead, risk=risk,
                 personnel_share=R("personnel_share", staff / direct_cost),
                 tariff_exact=tariff_exact, hourly=hourly)
        if unit == "minute":
            r["tariff"] = R("minute_tariff", hourly / 60)
            r["rule"] = "minute_tariff"
        else:
            r["tariff"] = hourly
            r["rule"] = "tariff"
        return r

    def price_all(self):
        out = []
        for p in self.m["products"]:
            out.append((p["code"], p, self.price(p)))
        return out

    def tariff_text(self, r):
        return fmt(r["tariff"], decimals_of(self.policy[r["rule"]]))

    # ------------------------------------------------------------------------
    # Indexation (METHOD.md §5, docs/heavy-care.md)
    # ------------------------------------------------------------------------
    def index_all(self, priced, years=None):
        ix = self.m.get("indexation") or {}
        series = {}  # (component, year, which) -> Fraction
        if "series_file" in ix:
            sf = os.path.join(os.path.dirname(os.path.abspath(self.path)), ix["series_file"])
            with open(sf, encoding="utf-8") as f:
                doc = yaml.load(f, Loader=Loader)
            self._add_series(series, doc.get("series") or {})
        self._add_series(series, ix.get("series") or {})
        weights = self._weights(ix.get("weights") or {"OVA": "90%", "PPC": "10%"}, "weights")
        by_kind = {k: self._weights(w, "weights_by_kind." + k) for k, w in (ix.get("weights_by_kind") or {}).items()}
        correction = ix.get("correction", "none")
        method = ix.get("method", "chain")
        rounding = {k: parse_rounding(v, "indexation.rounding." + k) for k, v in (ix.get("rounding") or {}).items()}
        rounding.setdefault("tariff", ("places", 2, "half_up"))
        applied = {int(y): num(v) for y, v in (ix.get("applied") or {}).items()}
        comps = ix.get("personnel_share_components") or {"wage": "OVA", "other": "PPC"}

        def pround(step, x):  # places are decimals of the percentage
            spec = rounding.get(step)
            if not spec:
                return x
            how, amount, mode = spec
            if how == "places":
                return apply_rounding(x * 100, spec) / 100
            return apply_rounding(x * 100, spec) / 100

        def weighted(w, y, which):
            total = Fraction(0)
            for c, share in w.items():
                f = series.get((c, y, which))
                if f is None:
                    return None
                total += share * f
            return pround("weighted", total)

        cache = {}

        def index(w, y):
            key = (tuple(sorted(w.items())), y)
            if key in cache:
                return cache[key]
            if y in applied:
                cache[key] = applied[y]
                return applied[y]
            prov = weighted(w, y, "provisional")
            if prov is None:
                raise ModelError("indexation: no provisional figure for %d" % y)
            corr = Fraction(0)
            dp, dd = weighted(w, y - 1, "provisional"), weighted(w, y - 1, "definitive")
            if correction != "none" and dp is not None and dd is not None:
                if correction == "points":
                    corr = dd - dp
                elif correction == "ratio":
                    corr = (1 + dd) / (1 + dp) - 1
                else:
                    raise ModelError("indexation: unknown correction %r" % correction)
                corr = pround("correction", corr)
            v = cache[key] = pround("index", prov + corr)
            return v

        first, last = years or (self.year, self.until)
        result = {}
        current = {}
        for code, p, r in priced:
            iw = p.get("index_weights")
            if iw == "personnel_share":
                w = {comps["wage"]: r["personnel_share"], comps["other"]: 1 - r["personnel_share"]}
            elif isinstance(iw, dict):
                w = self._weights(iw, code + ".index_weights")
            else:
                w = by_kind.get(p["kind"], weights)
            current[code] = (w, r["hourly"], r["tariff_exact"], Fraction(1))
        for y in range(self.year, last + 1):
            row = {}
            for code, p, r in priced:
                w, prev, exact, factor = current[code]
                if y == self.year:
                    hourly = r["hourly"]
                else:
                    i = index(w, y)
                    factor = factor * (1 + i)
                    if method == "direct":
                        hourly = apply_rounding(exact * factor, rounding["tariff"])
                    else:
                        hourly = apply_rounding(prev * (1 + i), rounding["tariff"])
                current[code] = (w, hourly, exact, factor)
                if p["unit"] == "minute":
                    t = self.R("minute_tariff", hourly / 60)
                    t_txt = fmt(t, decimals_of(self.policy["minute_tariff"]))
                else:
                    spec = self.policy["tariff"] if y == self.year else rounding["tariff"]
                    t_txt = fmt(hourly, decimals_of(spec))
                row[code] = t_txt
            if y >= first:
                result[y] = row
        return result

    @staticmethod
    def _add_series(series, doc):
        for comp, years in doc.items():
            for y, figs in (years or {}).items():
                for which, text in figs.items():
                    series[(comp, int(y), which)] = num(text, "series %s %s %s" % (comp, y, which))

    @staticmethod
    def _weights(w, what):
        out = {c: num(v, what + "." + c) for c, v in w.items()}
        if sum(out.values()) != 1:
            raise ModelError("%s: the weights do not add up to 1" % what)
        return out


# ----------------------------------------------------------------------------
# Comparing with the engine
# ----------------------------------------------------------------------------
def parse_engine_amount(text):
    if "/" in text:
        n, d = text.split("/")
        return Fraction(int(n), int(d))
    return Fraction(text)


def compare_price(priced, ref, engine_json):
    """A list of differences between the reference and `tariff price --format json`."""
    diffs = []
    products = engine_json["products"]
    eng_codes = [p["code"] for p in products]
    ref_codes = [c for c, _, _ in priced]
    if eng_codes != ref_codes:
        missing = set(ref_codes) - set(eng_codes)
        extra = set(eng_codes) - set(ref_codes)
        diffs.append(("*", "codes", "missing %s extra %s" % (sorted(missing)[:5], sorted(extra)[:5])
                      if missing or extra else "in another order", ""))
    by_code = {p["code"]: p for p in products}
    for code, p, r in priced:
        e = by_code.get(code)
        if e is None:
            continue
        ref_text = ref.tariff_text(r)
        if parse_engine_amount(e["tariff"]) != r["tariff"]:
            diffs.append((code, "tariff", ref_text, e["tariff"]))
        elif e["tariff"] != ref_text:
            diffs.append((code, "tariff text", ref_text, e["tariff"]))
        exact = (e.get("build_up") or {}).get("exact") or {}
        for field in ("staff_cost", "client_cost", "overhead", "risk", "personnel_share"):
            if field in exact and parse_engine_amount(exact[field]) != r[field]:
                diffs.append((code, field, fraction_text(r[field]), exact[field]))
    return diffs


def compare_index(ref_index, engine_json):
    diffs = []
    seen = set()
    for year in engine_json["years"]:
        y = year["year"]
        row = ref_index.get(y)
        if row is None:
            diffs.append(("*", y, "year not in the reference", ""))
            continue
        seen.add(y)
        for p in year["products"]:
            ref_t = row.get(p["code"])
            if ref_t is None:
                diffs.append((p["code"], y, "not in the reference", p["tariff"]))
            elif parse_engine_amount(p["tariff"]) != Fraction(ref_t) or p["tariff"] != ref_t:
                diffs.append((p["code"], y, ref_t, p["tariff"]))
    for y in ref_index:
        if y not in seen:
            diffs.append(("*", y, "year not in the engine's output", ""))
    return diffs


def run_engine(binary, args):
    out = subprocess.run([binary] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if out.returncode != 0:
        sys.stderr.write(out.stderr.decode(errors="replace"))
        raise SystemExit("reference: `%s %s` exited %d" % (binary, " ".join(args), out.returncode))
    return json.loads(out.stdout)


def report(kind, diffs, count):
    if not diffs:
        print("reference: %s: %d identical" % (kind, count), file=sys.stderr)
        return True
    print("reference: %s: %d difference(s):" % (kind, len(diffs)), file=sys.stderr)
    for d in diffs[:50]:
        print("  %s" % "  ".join(str(x) for x in d), file=sys.stderr)
    if len(diffs) > 50:
        print("  ... and %d more" % (len(diffs) - 50), file=sys.stderr)
    return False


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("model")
    ap.add_argument("--format", choices=("json", "lines"), default="json")
    ap.add_argument("--index", action="store_true", help="index the tariffs over the contract years too")
    ap.add_argument("--check", metavar="PRICE_JSON", help="compare with this `tariff price --format json` output")
    ap.add_argument("--check-index", metavar="INDEX_JSON", help="compare with this `tariff index --format json` output")
    ap.add_argument("--engine", metavar="BIN", help="run BIN price (and BIN index with --index) and compare")
    ap.add_argument("--quiet", "-q", action="store_true", help="print no tariffs (for timing and checks)")
    ap.add_argument("--timing", action="store_true", help="print the time of reading and of pricing on stderr")
    a = ap.parse_args(argv)

    t0 = time.perf_counter()
    try:
        ref = Reference(a.model)
        t1 = time.perf_counter()
        priced = ref.price_all()
        t2 = time.perf_counter()
        ref_index = ref.index_all(priced) if (a.index or a.check_index) else None
    except (ModelError, KeyError) as e:
        print("reference: %s: %s" % (a.model, e), file=sys.stderr)
        return 1
    t3 = time.perf_counter()
    if a.timing:
        print("reference: read %.3f s, price %.3f s, index %.3f s, %d products"
              % (t1 - t0, t2 - t1, t3 - t2, len(priced)), file=sys.stderr)

    if not a.quiet and not (a.check or a.engine or a.check_index):
        if ref_index is not None:
            if a.format == "json":
                json.dump({str(y): row for y, row in ref_index.items()}, sys.stdout, indent=1)
                print()
            else:
                for y, row in ref_index.items():
                    for code, t in row.items():
                        print(y, code, t)
        elif a.format == "json":
            json.dump({code: ref.tariff_text(r) for code, _, r in priced}, sys.stdout, indent=1)
            print()
        else:
            for code, _, r in priced:
                print(code, ref.tariff_text(r))

    ok = True
    if a.check or a.engine:
        if a.check:
            with open(a.check, encoding="utf-8") as f:
                engine = json.load(f)
        else:
            engine = run_engine(a.engine, ["price", a.model, "--format", "json"])
        ok &= report("price (tariff and exact build-up of %d products)" % len(priced),
                     compare_price(priced, ref, engine), len(priced))
    if a.check_index or (a.engine and a.index):
        if a.check_index:
            with open(a.check_index, encoding="utf-8") as f:
                engine = json.load(f)
        else:
            engine = run_engine(a.engine, ["index", a.model, "--format", "json"])
        ok &= report("index (%d products x %d years)" % (len(priced), len(ref_index)),
                     compare_index(ref_index, engine), len(priced) * len(ref_index))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
