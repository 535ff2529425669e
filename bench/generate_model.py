#!/usr/bin/env python3
"""Generate a synthetic cost model of any size in the example region's style.

    bench/generate_model.py --products N [--municipalities M] [--staff-levels S]
                            [--providers P] [--seed SEED] [--year Y]
                            [--rounding none|step60|wage]
                            [--bids FILE [--bidders B]] -o MODEL.yaml

The model follows models/examples/region.yaml: the 21 products of the region are
the templates (8 hourly and 4 per-minute individual products, 3 group products per
day-part, 6 residential products per etmaal), repeated with varied inputs until
there are N products (codes `AMB-BEG-U`, ..., then `AMB-BEG-U-1`, ...: unique).
Around them: the region's parameters, staff levels (CAO scales with salary steps,
some with ORT), the indexation policy with the public series file and the model's
own planning figures for the 8 contract years base..base+7, task-based budgets
(about one provider per 30 products, three providers per lot), municipalities with
every figure each allocation key needs (young people, invoiced, objective, usage),
the allocation settings and the bid review. `--bids` also writes a bids CSV in the
format of models/examples/region-bids.csv (Dutch export: `;`, decimal comma, BOM).

Only what the standard method (METHOD.md §1-4, models/standard.yaml) and
bench/reference.py cover is emitted: parameters in the model, per staff level and
per product, and optionally a rounding policy (`--rounding`); no `rules:`.

Everything is deterministic for a given seed; the standard library only (the YAML
is written as text).
"""

import argparse
import math
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_SERIES = os.path.join(REPO, "models", "indexation", "ova-ppc.yaml")

# ----------------------------------------------------------------------------
# Staff levels: the region's roles. class "worker" or "expert"; base salary;
# ORT (irregular hours allowance) where the region has one.
# ----------------------------------------------------------------------------
ROLES = [
    # name, monthly salary, ORT or None, about
    ("jeugdzorgwerker", 3780, None, "Jeugdzorgwerker, CAO Jeugdzorg scale 7"),
    ("pedagogisch_medewerker", 3960, None, "Pedagogisch medewerker, CAO Jeugdzorg scale 8, day-time work"),
    ("groepsleider_verblijf", 3960, "7%", "Pedagogisch medewerker on a 24/7 residential group, scale 8, with ORT"),
    ("groepsleider_crisis", 3960, "9%", "Pedagogisch medewerker on a crisis group, scale 8, with ORT"),
    ("gezinshuisouder", 3960, None, "Gezinshuisouder, priced at CAO Jeugdzorg scale 8"),
    ("pleegzorgwerker", 4240, None, "Pleegzorgwerker, CAO Jeugdzorg scale 9"),
    ("vaktherapeut", 4400, None, "Vaktherapeut / psychomotorisch therapeut"),
    ("jeugdbeschermer", 4590, None, "Jeugdbeschermer, CAO Jeugdzorg scale 10"),
    ("gedragswetenschapper", 5230, None, "Gedragswetenschapper, CAO Jeugdzorg scale 11"),
    ("gz_psycholoog", 5880, None, "GZ-psycholoog / orthopedagoog-generalist"),
]

# ----------------------------------------------------------------------------
# Product templates: the 21 products of the example region, in its order.
# mix: list of (role, share) with shares adding up to 1 exactly (as text).
# ----------------------------------------------------------------------------
TEMPLATES = [
    # code, name, kind, unit, category, mix, extra (product parameters)
    ("AMB-BEG-U", "Ambulante begeleiding (uur)", "individual", "hour", "45",
     [("jeugdzorgwerker", "0.85"), ("gedragswetenschapper", "0.15")], {"material_per_hour": 4.00}),
    ("AMB-BEG-M", "Ambulante begeleiding (minuut)", "individual", "minute", "45", None, None),
    ("AMB-BEH-U", "Ambulante behandeling (uur)", "individual", "hour", "45",
     [("jeugdzorgwerker", "0.5"), ("gedragswetenschapper", "0.5")], {"material_per_hour": 4.00}),
    ("AMB-BEH-M", "Ambulante behandeling (minuut)", "individual", "minute", "45", None, None),
    ("DYS-U", "Dyslexiezorg EED (uur)", "individual", "hour", "45",
     [("gedragswetenschapper", "0.85"), ("gz_psycholoog", "0.15")], {"direct_share": "75%", "material_per_hour": 3.00}),
    ("PMT-U", "Psychomotorische therapie (uur)", "individual", "hour", "45",
     [("vaktherapeut", "0.9"), ("gedragswetenschapper", "0.1")], {"material_per_hour": 6.00}),
    ("GGZ-BAS-U", "Jeugd-GGZ basis (uur)", "individual", "hour", "51",
     [("gedragswetenschapper", "0.7"), ("gz_psycholoog", "0.3")], {"material_per_hour": 2.50}),
    ("GGZ-BAS-M", "Jeugd-GGZ basis (minuut)", "individual", "minute", "51", None, None),
    ("GGZ-SPEC-U", "Jeugd-GGZ specialistisch (uur)", "individual", "hour", "52",
     [("gedragswetenschapper", "0.6"), ("gz_psycholoog", "0.4")], {"direct_share": "65%", "material_per_hour": 3.00}),
    ("GGZ-SPEC-M", "Jeugd-GGZ specialistisch (minuut)", "individual", "minute", "52", None, None),
    ("GGZ-DIA-U", "Diagnostiek jeugd-GGZ (uur)", "individual", "hour", "54",
     [("gedragswetenschapper", "0.5"), ("gz_psycholoog", "0.5")], {"material_per_hour": 5.00}),
    ("CRI-AMB-U", "Ambulante crisisinterventie (uur)", "individual", "hour", "46",
     [("jeugdbeschermer", "0.6"), ("gedragswetenschapper", "0.4")],
     {"direct_share": "58%", "risk_surcharge": "3%", "material_per_hour": 5.00}),
    ("DAG-BEH", "Dagbehandeling (dagdeel)", "group", "daypart", "41",
     [("pedagogisch_medewerker", "0.85"), ("gedragswetenschapper", "0.15")],
     {"direct_share": "85%", "staff_on_group": 2, "group_size": 8, "occupancy": 85,
      "facility_per_group_daypart": 45.00, "material_per_daypart": 4.00}),
    ("DAG-INT", "Dagbehandeling intensief (dagdeel)", "group", "daypart", "41",
     [("pedagogisch_medewerker", "0.75"), ("gedragswetenschapper", "0.25")],
     {"direct_share": "85%", "staff_on_group": 2, "group_size": 6, "occupancy": 85,
      "facility_per_group_daypart": 45.00, "material_per_daypart": 5.00}),
    ("GRP-BEG", "Groepsbegeleiding licht (dagdeel)", "group", "daypart", "45",
     [("jeugdzorgwerker", "0.9"), ("gedragswetenschapper", "0.1")],
     {"direct_share": "80%", "staff_on_group": 1.5, "group_size": 8, "occupancy": 80,
      "facility_per_group_daypart": 35.00, "material_per_daypart": 3.00}),
    ("LOG", "Logeeropvang (etmaal)", "residential", "etmaal", "44",
     [("groepsleider_verblijf", "0.9"), ("gedragswetenschapper", "0.1")],
     {"fte_per_place": 0.45, "occupancy": 70, "housing_per_place_year": 12000, "material_per_day": 18.00}),
    ("KAM", "Kamertraining (etmaal)", "residential", "etmaal", "44",
     [("jeugdzorgwerker", "0.9"), ("gedragswetenschapper", "0.1")],
     {"fte_per_place": 0.4, "occupancy": 90, "housing_per_place_year": 11000, "material_per_day": 12.00}),
    ("GZH", "Gezinshuis (etmaal)", "residential", "etmaal", "44",
     [("gezinshuisouder", "0.85"), ("pleegzorgwerker", "0.15")],
     {"fte_per_place": 0.5, "occupancy": 90, "overhead_surcharge": "15%",
      "housing_per_place_year": 9000, "material_per_day": 20.00}),
    ("VBL-L", "Verblijf licht (etmaal)", "residential", "etmaal", "44",
     [("groepsleider_verblijf", "0.9"), ("gedragswetenschapper", "0.1")],
     {"fte_per_place": 0.65, "occupancy": 90, "housing_per_place_year": 16000, "material_per_day": 20.00}),
    ("VBL-Z", "Verblijf zwaar incl. behandeling (etmaal)", "residential", "etmaal", "43",
     [("groepsleider_verblijf", "0.8"), ("gedragswetenschapper", "0.2")],
     {"fte_per_place": 1.0, "occupancy": 90, "housing_per_place_year": 22000, "material_per_day": 22.00}),
    ("CRI-VBL", "Crisisopvang (etmaal)", "residential", "etmaal", "46",
     [("groepsleider_crisis", "0.85"), ("gedragswetenschapper", "0.15")],
     {"fte_per_place": 1.2, "occupancy": 75, "housing_per_place_year": 24000, "material_per_day": 25.00}),
]

# Staff mixes the generator may use instead of the template's (two or three roles).
SHARE_SETS = [
    ("0.85", "0.15"), ("0.9", "0.1"), ("0.8", "0.2"), ("0.75", "0.25"), ("0.7", "0.3"),
    ("0.6", "0.4"), ("0.5", "0.5"), ("0.6", "0.25", "0.15"), ("0.7", "0.2", "0.1"),
    ("0.75", "0.2", "0.05"), ("0.5", "0.35", "0.15"),
]

# The model's parameters, as in the region.
PARAMETERS = [
    ("year_end_bonus", "8.964%"),
    ("employer_charges", "28%"),
    ("annual_hours", "1878"),
    ("leave_hours", "187.2"),
    ("absence_rate", "6.5%"),
    ("training_hours", "40"),
    ("direct_share", "70%"),
    ("overhead_surcharge", "20%"),
    ("risk_surcharge", "2%"),
]

# Municipality names: a prefix and a suffix (384 combinations, more get a number).
PREFIXES = ["Haven", "Dijk", "Linde", "Ooster", "Veen", "Kwelder", "Noord", "Zuider",
            "Wester", "Hooge", "Lage", "Nieuw", "Oud", "Broek", "Mol", "Zand", "Berg",
            "Beek", "Wiel", "Eike", "Vlier", "Rijn", "Maas", "Heide"]
SUFFIXES = ["stede", "erveen", "marke", "broekum", "zijl", "waard", "dam", "hout",
            "wijk", "horst", "dorp", "holt", "meer", "loo", "rade", "land"]

PROVIDER_WORDS = ["Dijkzicht", "De Wierde", "Noorderkim", "Kompas", "Horizon", "De Linde",
                  "Het Anker", "Zonnehoek", "De Brug", "Vlinderhof", "Stroomland",
                  "De Vuurtoren", "Kwelderhuis", "Eikenhorst", "Het Baken", "De Kade",
                  "Meerzicht", "Lichtpunt", "Wilgenhof", "De Sluis"]
PROVIDER_FORMS = ["Stichting {} Jeugdzorg", "{} Jeugdhulp", "Gezinshuizen {}", "Zorggroep {}",
                  "{} Ambulant", "Stichting {}"]

DUTCH_UNIT = {"hour": "uur", "minute": "minuut", "daypart": "dagdeel", "etmaal": "etmaal"}
IJW_UNIT = {"hour": "04", "minute": "01", "daypart": "16", "etmaal": "14"}


def money(x):
    return "%.2f" % x


def pct(x, places=0):
    return ("%." + str(places) + "f%%") % x


def q(text):
    """A YAML double-quoted string (ASCII only: JSON escapes are YAML's)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def read_series_years(path):
    """Which (component, year, which) figures the public series file holds."""
    have = set()
    component = None
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = re.match(r"^  (\w+):\s*$", line)
                if m:
                    component = m.group(1)
                    continue
                m = re.match(r"^    (\d{4}):\s*\{(.*)\}", line)
                if m and component:
                    for which in ("provisional", "definitive"):
                        if which + ":" in m.group(2):
                            have.add((component, int(m.group(1)), which))
    except OSError:
        pass
    return have


class Gen:
    def __init__(self, args):
        self.a = args
        self.rng = random.Random(args.seed)
        self.n = args.products
        self.year = args.year
        self.until = args.year + 7
        self.out = []

    def w(self, line=""):
        self.out.append(line)

    # -- staff levels ----------------------------------------------------------
    def make_staff_levels(self):
        rng = self.rng
        s = self.a.staff_levels
        levels = []  # (name, salary, ort, about, base_role)
        for i in range(s):
            role, salary, ort, about = ROLES[i % len(ROLES)]
            step = i // len(ROLES)
            if step == 0:
                name = role
                sal = salary
            else:
                name = "%s_t%d" % (role, step + 1)
                sal = salary + rng.choice((-2, -1, 1, 2, 3)) * 85 + step * 5
                about = about + ", another step"
            if ort is not None and step > 0 and rng.random() < 0.7:
                ort = rng.choice(("6%", "6.5%", "7%", "7.5%", "8%", "9%"))
            levels.append((name, sal, ort, about, role))
        self.levels = levels
        self.by_role = {}
        for name, _, _, _, role in levels:
            self.by_role.setdefault(role, []).append(name)
        self.salary = {name: sal for name, sal, _, _, _ in levels}
        self.ort = {name: ort for name, _, ort, _, _ in levels}

    def pick_level(self, role):
        names = self.by_role.get(role)
        if not names:  # fewer staff levels than roles: fall back on what exists
            names = [self.levels[(sum(map(ord, role))) % len(self.levels)][0]]
        return self.rng.choice(names)

    # -- products ----------------------------------------------------------------
    def make_products(self):
        rng = self.rng
        products = []
        prev_hour = None
        for i in range(self.n):
            cycle, t = divmod(i, len(TEMPLATES))
            code0, name0, kind, unit, category, mix, extra = TEMPLATES[t]
            code = code0 if cycle == 0 else "%s-%d" % (code0, cycle)
            name = name0 if cycle == 0 else "%s %d" % (name0, cycle)
            if unit == "minute":
                # as the hourly product before it, declared per minute (iJw IV081)
                base = prev_hour
                p = dict(code=code, name=name, kind=kind, unit=unit, category=base["category"],
                         mix=base["mix"], params=list(base["params"]),
                         about="As %s, declared per minute (iJw IV081)" % base["code"])
                if "index_weights" in base:
                    p["index_weights"] = base["index_weights"]
                products.append(p)
                continue
            # staff mix: the template's roles, or a varied mix of the same classes
            roles = [r for r, _ in mix]
            if cycle == 0 or rng.random() < 0.4:
                shares = [s for _, s in mix]
            else:
                shares = list(rng.choice([s for s in SHARE_SETS if len(s) == len(roles)] +
                                         [s for s in SHARE_SETS if len(s) == 3]))
                if len(shares) == 3:
                    third = rng.choice(["gz_psycholoog", "vaktherapeut", "pleegzorgwerker", "jeugdbeschermer"])
                    if third in roles:
                        third = "pedagogisch_medewerker" if "pedagogisch_medewerker" not in roles else "jeugdzorgwerker"
                    roles = roles + [third]
            levels = []
            for r in roles:
                lv = self.pick_level(r)
                tries = 0
                while lv in levels and tries < 10:
                    lv = self.pick_level(r)
                    tries += 1
                if lv in levels:  # only one level of this role: use any other
                    lv = next(n for n, *_ in self.levels if n not in levels)
                levels.append(lv)
            mix_out = list(zip(levels, shares))
            params = []
            vary = cycle > 0
            for key, val in extra.items():
                if key == "direct_share":
                    v = int(val[:-1])
                    if vary:
                        v = min(90, max(50, v + rng.choice((-5, -3, 0, 0, 2, 5))))
                    params.append((key, "%d%%" % v))
                elif key == "risk_surcharge":
                    params.append((key, rng.choice(("3%", "2.5%", "3%", "3.5%")) if vary else val))
                elif key == "overhead_surcharge":
                    params.append((key, rng.choice(("15%", "16%", "17.5%")) if vary else val))
                elif key == "occupancy":
                    v = val
                    if vary:
                        v = min(95, max(60, v + rng.choice((-10, -5, -2.5, 0, 2.5, 5))))
                    params.append((key, pct(v, 1) if v != int(v) else pct(v)))
                elif key == "staff_on_group":
                    v = rng.choice((1, 1.5, 2, 2, 2.5, 3)) if vary else val
                    params.append((key, ("%g" % v)))
                elif key == "group_size":
                    v = rng.choice((5, 6, 6, 7, 8, 8, 9, 10, 12)) if vary else val
                    params.append((key, "%d" % v))
                elif key == "fte_per_place":
                    v = round(val + (rng.choice((-10, -5, 0, 5, 10, 15)) / 100.0 if vary else 0), 2)
                    v = max(0.3, v)
                    params.append((key, "%g" % v))
                elif key == "housing_per_place_year":
                    v = val + (rng.randrange(-20, 21) * 250 if vary else 0)
                    params.append((key, money(v)))
                else:  # amounts: material, facility
                    v = val + (rng.randrange(-8, 9) * 0.25 if vary else 0)
                    params.append((key, money(max(0.0, v))))
            # a few products carry their own hours or surcharges, as in the region
            if vary and kind == "individual" and "direct_share" not in extra and rng.random() < 0.25:
                params.insert(0, ("direct_share", "%d%%" % rng.choice((60, 65, 72, 75, 78))))
            if vary and kind == "residential" and "overhead_surcharge" not in extra and rng.random() < 0.1:
                params.insert(0, ("overhead_surcharge", rng.choice(("15%", "18%", "22.5%"))))
            if vary and rng.random() < 0.03:
                params.insert(0, ("absence_rate", rng.choice(("5%", "7%", "7.5%"))))
            p = dict(code=code, name=name, kind=kind, unit=unit, category=category,
                     mix=mix_out, params=params, about="%s, variant %d" % (name0, cycle) if vary else name0)
            if self.a.index_weights and rng.random() < 0.08:
                p["index_weights"] = rng.choice(("personnel_share", "{OVA: 85%, PPC: 15%}", "{OVA: 75%, PPC: 25%}"))
            products.append(p)
            prev_hour = p
        self.products = products

    # -- a float estimate of each tariff (budgets' frames, usage and bids only) --
    def estimate(self):
        P = dict((k, v) for k, v in PARAMETERS)

        def num(t):
            return float(t[:-1]) / 100 if t.endswith("%") else float(t)

        wage = {}
        for name, sal, ort, _, _ in self.levels:
            o = num(ort) if ort else 0.0
            wage[name] = sal * 12 * (1 + 0.08 + num(P["year_end_bonus"]) + o) * (1 + num(P["employer_charges"]))
        est = {}
        for p in self.products:
            g = {k: num(v) for k, v in PARAMETERS}
            g.update({"hours_per_daypart": 4.0, "days_per_year": 365.0})
            g.update({k: num(v) for k, v in p["params"]})
            hours = ((g["annual_hours"] - g["leave_hours"]) * (1 - g["absence_rate"]) - g["training_hours"]) * g["direct_share"]
            fte = sum(float(s) * wage[l] for l, s in p["mix"])
            if p["kind"] == "individual":
                staff, client = fte / hours, g["material_per_hour"]
            elif p["kind"] == "group":
                places = g["group_size"] * g["occupancy"]
                staff = g["staff_on_group"] * g["hours_per_daypart"] * fte / hours / places
                client = g["facility_per_group_daypart"] / places + g["material_per_daypart"]
            else:
                days = g["days_per_year"] * g["occupancy"]
                staff = g["fte_per_place"] * fte / days
                client = g["housing_per_place_year"] / days + g["material_per_day"]
            t = (staff + client) * (1 + g["overhead_surcharge"]) * (1 + g["risk_surcharge"])
            if p["unit"] == "minute":
                t = round(t, 2) / 60
            est[p["code"]] = t
        self.est = est

    # -- budgets -----------------------------------------------------------------
    def make_budgets(self):
        rng = self.rng
        # lots by kind, as a region tenders them: residential care, day treatment, ambulant care
        order = {"residential": 0, "group": 1, "individual": 2}
        eligible = sorted((i for i, p in enumerate(self.products) if p["unit"] != "minute"),
                          key=lambda i: (order[self.products[i]["kind"]], i))
        nprov = self.a.providers
        nlots = max(min(nprov, 2), math.ceil(nprov / 3))
        lots = []
        chunk = len(eligible) / nlots
        for k in range(nlots):
            lo, hi = int(round(k * chunk)), int(round((k + 1) * chunk))
            lots.append(eligible[lo:hi] or eligible[-1:])
        lot_names = []
        counts = {}
        for lot in lots:
            kinds = [self.products[i]["kind"] for i in lot]
            major = max(set(kinds), key=lambda k: (kinds.count(k), -order[k]))
            base = {"residential": "Verblijf", "group": "Dagbehandeling",
                    "individual": "Intensieve ambulante zorg"}[major]
            counts[base] = counts.get(base, 0) + 1
            lot_names.append(base if counts[base] == 1 else "%s %d" % (base, counts[base]))
        used_names = set()
        providers = []
        for j in range(nprov):
            k = j % nlots
            lot_products = lots[k]
            # a provider's name: a word and a form, numbered past the combinations
            word = PROVIDER_WORDS[j % len(PROVIDER_WORDS)]
            form = PROVIDER_FORMS[(j // len(PROVIDER_WORDS)) % len(PROVIDER_FORMS)]
            name = form.format(word)
            rnd = j // (len(PROVIDER_WORDS) * len(PROVIDER_FORMS))
            if rnd:
                name = "%s %d" % (name, rnd + 1)
            assert name not in used_names
            used_names.add(name)
            lot_name = lot_names[k]
            # lines: about half of the lot's products (at least one), ~30 per provider
            size = max(1, min(len(lot_products), (len(lot_products) + 1) // 2 if len(lot_products) > 2 else len(lot_products)))
            picks = sorted(rng.sample(lot_products, size))
            lines = []
            for i in picks:
                p = self.products[i]
                if p["unit"] == "etmaal":
                    places = rng.randrange(4, 100)
                    base = places * 365
                    ch = rng.choice((-5, -3, -2, 2, 4))
                elif p["unit"] == "daypart":
                    base = rng.randrange(20, 260) * 100
                    ch = rng.choice((3, 2, 0, -2))
                else:
                    base = rng.randrange(10, 130) * 100
                    ch = rng.choice((3, 2, 4, 0))
                line = {"product": p["code"]}
                if rng.random() < 0.5:
                    hist = {}
                    for y in range(self.year - 3, self.year):
                        hist[y] = max(1, int(base * (1 + rng.uniform(-0.04, 0.04))))
                    line["history"] = hist
                    base_volume = sum(hist.values()) / 3.0
                else:
                    line["volume"] = base
                    base_volume = float(base)
                changes = {}
                for y in range(self.year + 1, self.until + 1):
                    c = ch if not (ch > 0 and y > self.year + 4 and p["unit"] == "etmaal") else ch // 2 or 1
                    changes[y] = c
                line["change"] = changes
                line["base_volume"] = base_volume
                lines.append(line)
            availability = None
            if rng.random() < 0.35:
                availability = rng.randrange(50, 700) * 1000 + rng.randrange(0, 100) / 100.0 * 1000
            providers.append(dict(name=name, lot=lot_name, lines=lines, availability=availability, lot_index=k))
        self.lots = lots
        self.providers = providers
        # expected totals per year (float estimate), for the frames and the usage
        totals = {}
        for y in range(self.year, self.until + 1):
            factor = 1.034 ** (y - self.year)  # about the planned index
            total = 0.0
            for pr in providers:
                for line in pr["lines"]:
                    v = line["base_volume"]
                    for t in range(self.year + 1, y + 1):
                        v *= 1 + line["change"][t] / 100.0
                    total += self.est[line["product"]] * factor * v
                if pr["availability"]:
                    total += pr["availability"] * factor
            totals[y] = total
        self.totals = totals

    # -- municipalities ----------------------------------------------------------
    def make_municipalities(self):
        rng = self.rng
        m = self.a.municipalities
        names = []
        for i in range(m):
            a, b = PREFIXES[i % len(PREFIXES)], SUFFIXES[(i // len(PREFIXES) + i) % len(SUFFIXES)]
            name = a + b
            rnd = i // (len(PREFIXES) * len(SUFFIXES))
            if rnd:
                name += " %d" % (rnd + 1)
            names.append(name)
        assert len(set(names)) == len(names), "municipality names collide"
        # populations: one city, then smaller towns (Zipf-like)
        pops = [int(118000 / (1 + 0.9 * i) * rng.uniform(0.8, 1.2)) + 3000 for i in range(m)]
        pops[0] = max(pops)  # the central city first
        total_pop = float(sum(pops))
        munis = []
        for name, pop in zip(names, pops):
            rate = (0.0030 if pop > 100000 else rng.uniform(0.0020, 0.0026))
            young, invoiced = {}, {}
            level = pop * rate
            for y in range(self.year - 3, self.until):
                level *= rng.uniform(0.95, 1.06)
                young[y] = max(1, int(round(level)))
                invoiced[y] = young[y] * rng.uniform(44000, 50000)
            objective = {y: int(round(pop * rng.uniform(380, 410) * (1.03 ** (y - self.year - 1)), -4))
                         for y in range(self.year + 1, self.until + 1)}
            munis.append(dict(name=name, pop=pop, young=young, invoiced=invoiced, objective=objective))
        # usage: the expected budget of each year shared by population, a little under it
        for y in range(self.year + 1, self.until + 1):
            target = self.totals[y] * 0.985
            for mu in munis:
                mu.setdefault("usage", {})[y] = target * mu["pop"] / total_pop * rng.uniform(0.9, 1.1)
        self.munis = munis

    # -- writing -----------------------------------------------------------------
    def write_model(self, path):
        w = self.w
        a = self.a
        w("# =============================================================================")
        w("# Synthetic cost model: %d products, %d staff levels, %d providers, %d municipalities"
          % (self.n, len(self.levels), len(self.providers), len(self.munis)))
        w("# =============================================================================")
        w("#")
        w("# Generated by bench/generate_model.py (seed %d) in the style of" % a.seed)
        w("# models/examples/region.yaml. FICTIONAL: every figure is illustrative.")
        w("")
        w("model: %s" % q("Synthetic region %d products (bench, seed %d)" % (self.n, a.seed)))
        w("year: %d" % self.year)
        w("until: %d         # the last contract year: 8 years, %d-%d" % (self.until, self.year, self.until))
        w("method: standard")
        w("")
        w("# General parameters (apply to every staff level and product unless overridden)")
        w("parameters:")
        for k, v in PARAMETERS:
            w("  %s: %s" % (k, v))
        w("")
        if a.rounding == "step60":
            w("# Rounding policy: hourly tariffs a multiple of 0.60, so that a minute is whole cents")
            w("rounding:")
            w("  tariff: {step: 0.60, mode: half_up}")
            w("  minute_tariff: {places: 2, mode: half_even}")
            w("")
        elif a.rounding == "wage":
            w("# Rounding policy: wage cost per FTE to the euro, direct hours to 0.1, tariffs to the cent (half even)")
            w("rounding:")
            w("  wage_cost_per_fte: {places: 0, mode: half_up}")
            w("  direct_hours: {places: 1, mode: down}")
            w("  staff_cost: {places: 4, mode: half_even}")
            w("  tariff: {places: 2, mode: half_even}")
            w("")
        w("# Staff levels: CAO Jeugdzorg functions, scales and steps [illustrative salaries]")
        w("staff_levels:")
        for name, sal, ort, about, _ in self.levels:
            w("  %s:" % name)
            w("    monthly_salary: %s" % money(sal))
            if ort:
                w("    irregular_hours_allowance: %s" % ort)
            w("    about: %s" % q(about + "; salary illustrative"))
            w("")
        w("# Products: units and categories follow iJw 3.2 (04 hour, 01 minute, 16 day-part, 14 etmaal)")
        w("products:")
        for p in self.products:
            w("  - code: %s" % p["code"])
            w("    name: %s" % q(p["name"]))
            w("    kind: %s" % p["kind"])
            w("    unit: %s" % p["unit"])
            w("    category: \"%s\"" % p["category"])
            w("    staff_mix: {%s}" % ", ".join("%s: %s" % (l, s) for l, s in p["mix"]))
            for k, v in p["params"]:
                w("    %s: %s" % (k, v))
            if "index_weights" in p:
                w("    index_weights: %s" % p["index_weights"])
            w("    about: %s" % q(p["about"]))
            w("")
        self.write_trajectories()
        self.write_scenarios()
        self.write_heavy_care(path)
        return "\n".join(self.out) + "\n"

    def write_trajectories(self):
        """--trajectories N: each from three products of the model; every third also takes the one before it."""
        if not self.a.trajectories:
            return
        rng = random.Random(self.a.seed + 7)
        w = self.w
        w("# Trajectories (METHOD.md §9): one price per trajectory from its components' tariffs")
        w("trajectories:")
        for t in range(self.a.trajectories):
            parts = rng.sample(self.products, min(3, len(self.products)))
            w("  - code: TRJ-%d" % (t + 1))
            w("    name: %s" % q("Traject %d" % (t + 1)))
            w("    coordination_surcharge: %s" % pct(rng.choice([0, 2, 5])))
            w("    phases:")
            first = ", ".join("%s: %d %s" % (p["code"], rng.randint(4, 40), p["unit"]) for p in parts[:2])
            if t % 3 == 2:
                first += ", TRJ-%d: 1" % t
            w("      start: {%s}" % first)
            w("      follow_up: {%s: %d %s}" % (parts[2]["code"], rng.randint(2, 20), parts[2]["unit"]))
            w("    paths:")
            share = rng.randint(5, 9) * 10
            w("      short: {share: %d%%, phases: [start]}" % share)
            w("      long: {share: %d%%, phases: [start, follow_up]}" % (100 - share))
        w("")

    def write_scenarios(self):
        """--scenarios: a CAO round (+3% on every salary, half a point more employer charges) and leaner overhead."""
        if not self.a.scenarios:
            return
        w = self.w
        w("scenarios:")
        w("  cao-round:")
        w("    about: every salary 3% up, employer charges half a point up")
        w("    set:")
        charges = float(dict(PARAMETERS)["employer_charges"].rstrip("%"))
        w("      employer_charges: %s" % pct(charges + 0.5, 1))
        for name, sal, _, _, _ in self.levels:
            w("      %s.monthly_salary: %s" % (name, money(round(sal * 1.03, 2))))
        w("  lean-overhead:")
        w("    about: two points less overhead")
        w("    set: {overhead_surcharge: 18%}")
        w("")

    def write_heavy_care(self, path):
        w = self.w
        a = self.a
        have = read_series_years(a.series_file)
        series_rel = os.path.relpath(a.series_file, os.path.dirname(os.path.abspath(path)))
        rng = random.Random(a.seed + 1)
        w("# =============================================================================")
        w("# Heavy care: indexation, task-based budgets, municipalities (METHOD.md 5-7)")
        w("# =============================================================================")
        w("indexation:")
        w("  series_file: %s" % series_rel)
        w("  # planning assumptions for the contract years [illustrative]")
        w("  series:")
        for comp, prov0, spread in (("OVA", 3.6, 0.3), ("PPC", 2.3, 0.25)):
            w("    %s:" % comp)
            for y in range(self.year, self.until + 1):
                prov = max(0.5, prov0 - 0.15 * (y - self.year - 1) + rng.choice((-0.1, 0, 0.1)))
                defin = prov + rng.choice((0.1, 0.2, spread, 0.35))
                items = []
                if (comp, y, "provisional") not in have and y > self.year:
                    items.append("provisional: %.2f%%" % prov)
                if (comp, y, "definitive") not in have and y < self.until:
                    items.append("definitive: %.2f%%" % defin)
                if (comp, y, "provisional") not in have and y == self.year:
                    items.insert(0, "provisional: %.2f%%" % prov)
                if items:
                    w("      %d: {%s}" % (y, ", ".join(items)))
        w("  weights: {OVA: 90%, PPC: 10%}")
        w("  weights_by_kind:")
        w("    residential: {OVA: 80%, PPC: 20%}")
        if a.indexation == "direct":
            w("  # the ratio correction, indexed directly from the exact base-year tariff, every step rounded")
            w("  correction: ratio")
            w("  method: direct")
            w("  rounding:")
            w("    weighted:   {places: 2, mode: half_up}")
            w("    correction: {places: 3, mode: half_even}")
            w("    index:      {places: 2, mode: half_up}")
            w("    tariff:     {places: 2, mode: half_down}")
            w("  applied: {%d: 3.15%%}   # an index stated outright" % (self.year + 3))
        else:
            w("  correction: points")
            w("  method: chain")
            w("  rounding:")
            w("    index:  {places: 2, mode: half_up}")
            w("    tariff: {places: 2, mode: half_up}")
        w("")
        w("# Task-based budgets per provider and lot (METHOD.md 6) [illustrative]")
        w("budgets:")
        w("  providers:")
        for pr in self.providers:
            w("    - name: %s" % q(pr["name"]))
            w("      lot: %s" % q(pr["lot"]))
            w("      lines:")
            for line in pr["lines"]:
                w("        - product: %s" % line["product"])
                if "history" in line:
                    w("          volume_history: {%s}" % ", ".join("%d: %d" % kv for kv in sorted(line["history"].items())))
                else:
                    w("          volume: %d" % line["volume"])
                w("          change: {%s}" % ", ".join("%d: %d%%" % kv for kv in sorted(line["change"].items())))
            if pr["availability"]:
                w("      availability: %s" % money(pr["availability"]))
        w("  frames:")
        for y in range(self.year, self.until + 1):
            # the frames grow a little slower than the budgets: the last years are over
            f = self.totals[y] * (1.012 - 0.005 * (y - self.year))
            w("    %d: %s" % (y, money(round(f, -5))))
        w("")
        w("# The municipalities of the region (METHOD.md 7) -- all FICTIONAL")
        w("municipalities:")
        for mu in self.munis:
            w("  - name: %s" % q(mu["name"]))
            w("    metrics:")
            w("      young_people: {%s}" % ", ".join("%d: %d" % kv for kv in sorted(mu["young"].items())))
            w("      invoiced: {%s}" % ", ".join("%d: %s" % (y, money(v)) for y, v in sorted(mu["invoiced"].items())))
            w("    objective: {%s}" % ", ".join("%d: %d" % kv for kv in sorted(mu["objective"].items())))
            w("    usage: {%s}" % ", ".join("%d: %s" % (y, money(v)) for y, v in sorted(mu["usage"].items())))
            w("")
        w("allocation:")
        w("  metric: young_people")
        w("  years: 3")
        w("  premium_key: moving_average")
        w("  no_claim_share: 50%")
        w("")
        w("bid_review:")
        w("  floor: 90%")
        w("  ceiling: 110%")
        maxima = [(p["code"], self.est[p["code"]]) for p in self.products if p["code"].startswith("CRI-VBL")]
        if maxima:
            w("  maximum: {%s}" % ", ".join("%s: %s" % (c, money(round(t * 1.065, -1))) for c, t in maxima))

    # -- bids ----------------------------------------------------------------------
    def write_bids(self, path):
        rng = random.Random(self.a.seed + 2)
        b = self.a.bidders
        rows = []
        lot_refs = {}
        for pr in self.providers:
            lot_refs.setdefault(pr["lot_index"], set()).update(l["product"] for l in pr["lines"])
        codes = [p["code"] for p in self.products]
        unit_of = {p["code"]: p["unit"] for p in self.products}

        def tariff_text(code, factor):
            t = self.est[code] * factor
            return ("%.2f" % t).replace(".", ",")

        def unit_text(code):
            u = unit_of[code]
            r = rng.random()
            if u == "minute" and r < 0.3:
                return "uur"  # a bid per hour for a per-minute product: unit_mismatch
            if r < 0.15:
                return IJW_UNIT[u]
            if r < 0.25:
                return u
            return DUTCH_UNIT[u]

        for i in range(b):
            if i < len(self.providers):
                pr = self.providers[i]
                name, lot = pr["name"], pr["lot_index"]
                products = sorted(lot_refs[lot], key=codes.index)
                if rng.random() < 0.2 and len(products) > 1:  # incomplete: leaves one out
                    products.remove(rng.choice(products))
            else:
                name = "Jeugdhulp %s %d" % (PROVIDER_WORDS[i % len(PROVIDER_WORDS)], i)
                if i % 7 == 3:
                    name = "%s; Zorg & Welzijn" % name  # a separator inside a quoted field
                lot = rng.randrange(len(self.lots))
                products = sorted(lot_refs.get(lot, set()), key=codes.index)
                extra = rng.sample(codes, min(len(codes), rng.randrange(1, 12)))
                products += [c for c in extra if c not in products]
            for code in products:
                rows.append((name, code, tariff_text(code, rng.uniform(0.86, 1.14)), unit_text(code)))
            if i >= len(self.providers) and rng.random() < 0.3:
                rows.append((name, "GGZ-XL-%d" % i, "120,00", "uur"))  # unknown_product
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write("\ufeffAanbieder;Productcode;Tarief;Eenheid\r\n")
            last = None
            for name, code, tariff, unit in rows:
                if last is not None and name != last and rng.random() < 0.1:
                    f.write("\r\n")  # an empty line, as spreadsheets leave them
                last = name
                field = '"%s"' % name.replace('"', '""') if (";" in name or '"' in name) else name
                f.write("%s;%s;%s;%s\r\n" % (field, code, tariff, unit))
        return len(rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--products", "-n", type=int, required=True, help="number of products (>= 1)")
    ap.add_argument("--municipalities", "-m", type=int,
                    help="number of municipalities (default: products/15 within 6..342; national scale is 342)")
    ap.add_argument("--staff-levels", type=int, help="number of staff levels (default: products/150 within 10..80)")
    ap.add_argument("--providers", type=int, help="number of heavy-care providers (default: products/30, at least 3)")
    ap.add_argument("--year", type=int, default=2025, help="the base year (default 2025); contract years base..base+7")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--rounding", choices=("none", "step60", "wage"), default="none",
                    help="a rounding policy: none (the method's, as the region), step60 (tariff a multiple of 0.60), "
                         "wage (wage cost, direct hours, staff cost and tariff rounded)")
    ap.add_argument("--indexation", choices=("region", "direct"), default="region",
                    help="the indexation policy: region (points correction, chain, only the index rounded; the "
                         "default) or direct (ratio correction, direct from the base year, every step rounded, "
                         "one year's index applied outright)")
    ap.add_argument("--index-weights", action="store_true",
                    help="give about 8%% of the products their own index weights (a mix, or personnel_share)")
    ap.add_argument("--series-file", default=DEFAULT_SERIES,
                    help="the public series file to include (default: the repo's models/indexation/ova-ppc.yaml)")
    ap.add_argument("--bids", help="also write a bids CSV (Dutch spreadsheet export) to this file")
    ap.add_argument("--bidders", type=int, help="number of bidders in the bids CSV (default: providers + providers/5 + 2)")
    ap.add_argument("--trajectories", type=int, default=0, help="also write N trajectories (some nested; default 0)")
    ap.add_argument("--scenarios", action="store_true", help="also write two named scenarios (a CAO round, leaner overhead)")
    ap.add_argument("-o", "--output", required=True, help="the model file to write")
    a = ap.parse_args(argv)
    if a.products < 1:
        ap.error("--products must be at least 1")
    if a.municipalities is None:
        a.municipalities = min(342, max(6, int(round(a.products / 15.0))))
    if a.staff_levels is None:
        a.staff_levels = min(80, max(10, a.products // 150))
    if a.staff_levels < 4:
        ap.error("--staff-levels must be at least 4")
    if a.providers is None:
        a.providers = max(3, int(round(a.products / 30.0)))
    if a.bidders is None:
        a.bidders = a.providers + a.providers // 5 + 2
    a.series_file = os.path.abspath(a.series_file)

    g = Gen(a)
    g.make_staff_levels()
    g.make_products()
    g.estimate()
    g.make_budgets()
    g.make_municipalities()
    text = g.write_model(a.output)
    tmp = a.output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, a.output)
    msg = "%s: %d products, %d staff levels, %d providers, %d municipalities, %d bytes" % (
        a.output, a.products, a.staff_levels, a.providers, a.municipalities, len(text.encode()))
    if a.bids:
        rows = g.write_bids(a.bids)
        msg += "; %s: %d bids from %d bidders" % (a.bids, rows, a.bidders)
    print(msg, file=sys.stderr)


if __name__ == "__main__":
    main()
