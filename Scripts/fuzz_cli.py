#!/usr/bin/env python3
"""Fuzz the emkit command line with the README's bad-input rules as the oracle (issue 16).

    python3 Scripts/fuzz_cli.py [EMKIT] [--seed S] [--cases N] [--jobs J] [--timeout T]

EMKIT defaults to .build/debug/emkit (build it with `swift build --product emkit`). The cases
are generated from the seed (default 16), so a run is deterministic: the same seed gives the
same inputs, and a failure prints the case's name, command and files to reproduce it.

Cases, in five families: CSV bytes (a valid file with one mutation: control bytes, NUL, BOM,
line ends, quotes, NaN, overflow, long cells, bad UTF-8, ragged rows, …), degenerate data
(duplicates, constant columns, K against N, N against d, extreme but accepted scales), flags
(every command, values out of range, unknown and single-dash options, repeated options,
switches with values), model JSON (syntax errors, overflow, wrong shapes and values) and paths
(missing, directories, devices, empty, control characters, very long).

The oracle, for every run:
* no signal, no hang (a run is stopped after --timeout seconds, and may use at most 4 GiB of
  address space, so a failed allocation is a signal rather than a swamped machine);
* exit 0: every number printed is finite (no nan, inf or null), and on input the rules refuse
  (a case marked "refuse") exit 0 is itself a failure; input the rules accept (marked "accept")
  must exit 0, and where the case knows an equivalent plain input (a byte-order mark, other line
  ends, quoted cells, blank lines) the output must be the same as for that input;
* exit ≠ 0: stderr is exactly one line, `emkit: ...`, at most 1,100 characters, without raw
  control characters, that names the place: the file (with the line, and the column where the
  case knows them) or the parameter.

Needs only the Python standard library. Exit status 0 when every case passes, 1 otherwise.
"""
import argparse
import concurrent.futures
import json
import math
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ADDRESS_SPACE = 4 << 30


class Case:
    """One run: argv (with {name} placeholders for files), the files' bytes, what to expect."""

    def __init__(self, family, name, argv, files=None, expect="either", place=None, same_as=None):
        self.family = family
        self.name = name
        self.argv = argv
        self.files = files or {}
        self.expect = expect  # "refuse", "accept" or "either"
        self.place = place  # a substring the error line must hold, with {name} placeholders
        self.same_as = same_as  # (argv, files): an equivalent input whose output must match


# ---------------------------------------------------------------- generators

def number_text(rng, scale=10.0):
    x = rng.gauss(0, scale)
    style = rng.randrange(4)
    if style == 0:
        return repr(x)
    if style == 1:
        return "%.3f" % x
    if style == 2:
        return "%.6e" % x
    return str(int(x))


def plain_rows(rng, n, d, scale=10.0):
    return [[number_text(rng, scale) for _ in range(d)] for _ in range(n)]


def csv_bytes(rows, header=None, end="\n"):
    lines = ([",".join(header)] if header else []) + [",".join(r) for r in rows]
    return (end.join(lines) + end).encode()


def fit_argv(rng, path="{data}", n=10):
    k = rng.randint(1, min(3, n))
    argv = ["fit", path, "--components", str(k)]
    start = rng.choice(["notebook", "random", "kmeans++"])
    if start != "notebook":
        argv += ["--init", start, "--covariance", rng.choice(["full", "diagonal", "spherical", "tied"])]
    argv += ["--seed", str(rng.randrange(100)), "--max-iterations", "30"]
    if rng.random() < 0.5:
        argv.append("--json")
    return argv


CONTROL = [bytes([c]) for c in list(range(0, 9)) + [11, 12] + list(range(14, 32)) + [127]] + \
    ["\u0085".encode(), "\u0080".encode(), "\u009f".encode()]


def csv_cases(rng, count):
    """A valid file with one mutation, at a known line and cell."""
    cases = []
    for i in range(count):
        n, d = rng.randint(4, 25), rng.randint(1, 4)
        rows = plain_rows(rng, n, d)
        header = ["x%d" % j for j in range(d)] if rng.random() < 0.4 else None
        base = csv_bytes(rows, header)
        argv = fit_argv(rng, n=n)
        first = 2 if header else 1  # line number of the first row
        # With one column and no header, a damaged first cell is a header by the rules (a line
        # with no number in it): damage a later row there.
        r = rng.randrange(1 if d == 1 and not header and n > 1 else 0, n)
        c = rng.randrange(d)
        line = first + r
        kind = rng.choice([
            "control", "control", "nul", "bom", "crlf", "cr", "blank", "quoted", "spaces",
            "unclosed", "stray", "after-quote", "nan", "inf", "overflow", "too-large", "long",
            "utf8", "ragged", "missing", "u2028", "word", "hex", "header-only", "empty", "flip",
        ])
        name = "csv-%03d-%s" % (i, kind)

        def mutate(cell_text, raw=None):
            """The file with cell (r, c) replaced by cell_text, or by the bytes raw."""
            mutated = [list(row) for row in rows]
            mutated[r][c] = "@@" if raw is not None else cell_text
            data = csv_bytes(mutated, header)
            return data.replace(b"@@", raw, 1) if raw is not None else data

        def refuse(data, col=True):
            place = "{data}:%d" % line + (":%d" % (c + 1) if col else "")
            return Case("csv", name, argv, {"data": data}, "refuse", place)

        def same(data):
            return Case("csv", name, argv, {"data": data}, "either", same_as=(argv, {"data": base}))

        v = rows[r][c]
        if kind in ("control", "nul"):
            byte = b"\x00" if kind == "nul" else rng.choice(CONTROL)
            at = rng.randrange(len(v) + 1)
            cases.append(refuse(mutate(None, raw=v[:at].encode() + byte + v[at:].encode())))
        elif kind == "u2028":
            sep = rng.choice(["\u2028", "\u2029"])
            cases.append(refuse(mutate(v[:1] + sep + v[1:])))
        elif kind == "bom":
            cases.append(same(b"\xef\xbb\xbf" + base))
        elif kind == "crlf":
            cases.append(same(csv_bytes(rows, header, "\r\n")))
        elif kind == "cr":
            cases.append(same(csv_bytes(rows, header, "\r")))
        elif kind == "blank":
            lines = base.split(b"\n")
            lines.insert(rng.randrange(len(lines)), rng.choice([b"", b"  ", b"\t"]))
            cases.append(same(b"\n".join(lines)))
        elif kind == "quoted":
            cases.append(same(mutate('"%s"' % v)))
        elif kind == "spaces":
            cases.append(same(mutate(" %s\t" % v)))
        elif kind == "unclosed":
            cases.append(refuse(mutate('"' + v)))
        elif kind == "stray":
            cases.append(refuse(mutate(v + '"')))
        elif kind == "after-quote":
            cases.append(refuse(mutate('"%s"x' % v)))
        elif kind == "nan":
            cases.append(refuse(mutate(rng.choice(["nan", "NaN", "-nan"]))))
        elif kind == "inf":
            cases.append(refuse(mutate(rng.choice(["inf", "-inf", "Infinity"]))))
        elif kind == "overflow":
            cases.append(refuse(mutate(rng.choice(["1e400", "-1e309", "1e154", "-2e200"]))))
        elif kind == "too-large":
            cases.append(refuse(mutate(rng.choice(["1.0000001e100", "-1e101"]))))
        elif kind == "long":
            cases.append(refuse(mutate("9" * 3 + "z" * rng.randint(1000, 200000))))
        elif kind == "utf8":
            data = base.replace(v.encode(), v.encode() + rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80"]), 1)
            cases.append(Case("csv", name, argv, {"data": data}, "refuse", "{data}"))
        elif kind == "ragged":
            mutated = [list(row) for row in rows]
            mutated[r] = mutated[r] + ["1"] if rng.random() < 0.5 or d == 1 else mutated[r][:-1]
            cases.append(Case("csv", name, argv, {"data": csv_bytes(mutated, header)}, "refuse",
                              "{data}:%d" % line if r > 0 or header else "{data}:"))
        elif kind == "missing":
            # With one column, an empty cell is a blank line, which the grammar skips.
            cases.append(refuse(mutate(rng.choice(["", "NA", "  "] if d > 1 else ["NA"]))))
        elif kind == "word":
            cases.append(refuse(mutate(rng.choice(["abc", "1,5".replace(",", ";"), "--", "1e", "+-1", "1..2", "٣"]))))
        elif kind == "hex":
            cases.append(refuse(mutate(rng.choice(["0x10", "0x1p3"]))))
        elif kind == "header-only":
            cases.append(Case("csv", name, argv, {"data": b"x,y\n"}, "refuse", "{data}"))
        elif kind == "empty":
            cases.append(Case("csv", name, argv, {"data": rng.choice([b"", b"\n\n", b" \n\t\n", b"\xef\xbb\xbf"])}, "refuse", "{data}"))
        else:  # flip: any byte, any value; only the general rules apply
            data = bytearray(base)
            for _ in range(rng.randint(1, 4)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            cases.append(Case("csv", name, argv, {"data": bytes(data)}, "either"))
    return cases


def degenerate_cases(rng, count):
    cases = []
    for i in range(count):
        kind = rng.choice(["duplicates", "constant", "k-equals-n", "k-above-n", "one-point",
                           "n-below-d", "huge-scale", "tiny-scale", "mixed-scale", "two-points", "one-column"])
        name = "degenerate-%03d-%s" % (i, kind)
        n, d = rng.randint(3, 30), rng.randint(1, 3)
        expect, place = "either", None
        if kind == "duplicates":
            point = [number_text(rng) for _ in range(d)]
            rows = [point] * n
        elif kind == "constant":
            rows = [[number_text(rng), "7"] for _ in range(n)]
        elif kind in ("k-equals-n", "two-points"):
            n = 2 if kind == "two-points" else n
            rows = plain_rows(rng, n, d)
        elif kind == "k-above-n":
            rows = plain_rows(rng, n, d)
            expect, place = "refuse", "--components"
        elif kind == "one-point":
            rows = plain_rows(rng, 1, d)
        elif kind == "n-below-d":
            d = rng.randint(3, 12)
            n = rng.randint(2, d)
            rows = plain_rows(rng, n, d)
        elif kind == "huge-scale":
            rows = [["%.6e" % (rng.choice([-1, 1]) * rng.uniform(1e90, 1e100)) for _ in range(d)] for _ in range(n)]
        elif kind == "tiny-scale":
            rows = [["%.6e" % rng.gauss(0, 1e-300) for _ in range(d)] for _ in range(n)]
        elif kind == "mixed-scale":
            rows = [["%.6e" % rng.gauss(0, 10 ** rng.randint(-100, 100)) for _ in range(d)] for _ in range(n)]
        else:
            rows = plain_rows(rng, n, 1)
        k = {"k-equals-n": n, "two-points": 2, "k-above-n": n + rng.randint(1, 5), "one-point": 1}.get(kind, rng.randint(1, min(3, n)))
        argv = ["fit", "{data}", "--components", str(k), "--max-iterations", "50"]
        start = rng.choice(["notebook", "random", "kmeans++"])
        if start != "notebook":
            argv += ["--init", start, "--covariance", rng.choice(["full", "diagonal", "spherical", "tied"])]
            if rng.random() < 0.3:
                argv += ["--regularization", rng.choice(["0", "1e-3"])]
        if rng.random() < 0.5:
            argv.append("--json")
        if rng.random() < 0.2:
            argv = ["bench", "--data", "{data}", "--components", str(k), "--iterations", "3", "--json"]
        cases.append(Case("degenerate", name, argv, {"data": csv_bytes(rows)}, expect, place))
    return cases


GOOD_MODEL = {"weights": [0.5, 0.5], "means": [[0, 0], [3, 3]], "covariances": [[[1, 0], [0, 1]], [[1, 0.2], [0.2, 1]]]}
BAD_VALUES = ["-1", "0x10", "1e999", "nan", "", "abc", "99999999999999999999999", "3.5", "-0", " 4", "٣", "\x1b[31m", "--json"]


def flag_cases(rng, count):
    """Options of every command, mostly out of range; valid ones must run."""
    cases = []
    model = json.dumps(GOOD_MODEL).encode()
    data = csv_bytes(plain_rows(rng, 20, 2))
    for i in range(count):
        command = rng.choice(["fit", "fit", "sample", "sample", "bench", "hint", "quiz", "plot", "none"])
        name = "flags-%03d-%s" % (i, command)
        files = {"model": model, "data": data}
        bad = rng.choice(BAD_VALUES)
        kind = rng.randrange(6)
        expect, place = "refuse", None
        if command == "fit":
            argv = ["fit", "{data}", "--components", "2", "--max-iterations", "20"]
            option = rng.choice(["--components", "--init", "--seed", "--max-iterations", "--tolerance", "--covariance", "--restarts", "--regularization"])
        elif command == "sample":
            argv = ["sample", "--model", "{model}", "--count", "5"]
            option = rng.choice(["--count", "--seed", "--model"])
        elif command == "bench":
            argv = ["bench", "--data", "{data}", "--components", "2", "--iterations", "2"]
            option = rng.choice(["--components", "--iterations", "--seed", "--covariance", "--data"])
        elif command == "hint":
            argv = ["hint", "01"]
            option = "--part"
        elif command == "quiz":
            argv = ["quiz"]
            option = "--chapter"
        elif command == "plot":
            argv = ["plot"]
            option = rng.choice(["--chapter", "--out"])
        else:
            argv = [rng.choice(["frobnicate", "FIT", "-h2", "\x1b[2J", "fit\n", ""])]
            cases.append(Case("flags", name, argv, files, "refuse", None))
            continue
        if kind == 0:  # a bad value
            if command in ("quiz", "plot") and option == "--out":
                bad = "/dev/null/sub"
            if option in ("--model", "--data") and bad in ("", "-1", "abc"):
                bad = "/no/such/" + bad
            if command == "hint":
                argv = ["hint", "01", "--part", bad]
            else:
                argv = [a for a in argv] + [option, bad]
                argv = dedupe(argv, option)
            if option == "--seed" and bad in ("-0", "3.5") or bad == "--json" or (option in ("--tolerance", "--regularization") and bad in ("3.5", "-0", " 4")):
                expect = "either"
            if option == "--regularization" and "--init" not in argv:
                expect = "refuse"
            place = option if expect == "refuse" and bad != "--json" and option not in ("--model", "--data") else None
            if bad == "-0" and option in ("--count", "--seed", "--part"):
                expect, place = "either", None
        elif kind == 1:  # an unknown or single-dash option
            argv = argv + [rng.choice(["--colour", "-k", "-x", "--comp", "--JSON", "-", "--\x07"]), "2"]
            if argv[-2] == "-":
                expect = "refuse"
        elif kind == 2:  # a switch with a value
            argv = argv + [rng.choice(["--json=1", "--json=", "--components=1" if command == "sample" else "--json=true"])]
            if command == "sample":
                argv[-1] = "--components=1"
        elif kind == 3:  # an option twice
            value = argv[argv.index(option) + 1] if option in argv else "1"
            argv = argv + [option, value, option, value]
        elif kind == 4:  # a missing value
            argv = argv + [option]
        else:  # --help anywhere is fine
            argv = argv + ["--help"]
            expect = "accept"
        if command in ("quiz", "plot") and expect != "refuse":
            continue  # a valid quiz or plot runs the chapters: slow and not what is fuzzed here
        cases.append(Case("flags", name, argv, files, expect, place))
    return cases


def dedupe(argv, option):
    """Drops the first `option value` pair when the option appears twice."""
    if argv.count(option) > 1:
        i = argv.index(option)
        del argv[i:i + 2]
    return argv


def model_cases(rng, count):
    cases = []
    for i in range(count):
        k, d = rng.randint(1, 3), rng.randint(1, 3)
        weights = [1.0 / k] * k
        means = [[round(rng.gauss(0, 5), 3) for _ in range(d)] for _ in range(k)]
        covs = []
        for _ in range(k):
            a = [[rng.gauss(0, 1) for _ in range(d)] for _ in range(d)]
            cov = [[sum(a[r][t] * a[c][t] for t in range(d)) + (1.0 if r == c else 0.0) for c in range(d)] for r in range(d)]
            cov = [[round(cov[r][c], 6) for c in range(d)] for r in range(d)]
            cov = [[cov[min(r, c)][max(r, c)] for c in range(d)] for r in range(d)]
            covs.append(cov)
        model = {"weights": weights, "means": means, "covariances": covs}
        text = json.dumps(model, indent=rng.choice([None, 1, 2]))
        kind = rng.choice(["valid", "bom", "truncate", "delete", "insert", "overflow", "too-large", "nan",
                           "string-number", "shape", "missing", "duplicate", "deep", "asymmetric", "not-pd",
                           "weights", "negative", "control", "trailing", "empty", "utf8", "huge-valid"])
        name = "model-%03d-%s" % (i, kind)
        count_arg = str(rng.randint(0, 40))
        argv = ["sample", "--model", "{model}", "--count", count_arg, "--seed", str(rng.randrange(1000))]
        if rng.random() < 0.3:
            argv.append("--components")
        expect, place = "refuse", "{model}"
        data = text.encode()
        if kind == "valid":
            expect, place = "accept", None
        elif kind == "bom":
            cases.append(Case("model", name, argv, {"model": b"\xef\xbb\xbf" + data}, "accept", same_as=(argv, {"model": data})))
            continue
        elif kind == "truncate":
            cut = rng.randrange(len(data) - 1)
            data = data[:cut]
            place = "{model}:" if cut > 0 and data.strip() else "{model}"
        elif kind == "delete":
            at = rng.randrange(len(data))
            data = data[:at] + data[at + 1:]
            expect = "either"
        elif kind == "insert":
            at = rng.randrange(len(data))
            data = data[:at] + rng.choice([b",", b"]", b"{", b"x", b"\"", b"-", b".", b"e"]) + data[at:]
            expect = "either"
        elif kind in ("overflow", "too-large", "nan", "string-number"):
            value = {"overflow": rng.choice(["1e400", "-1e309", "1.7e308"]), "too-large": "1e101",
                     "nan": rng.choice(["NaN", "Infinity", "-Infinity", "nan"]), "string-number": '"1"'}[kind]
            field = rng.choice(["weights", "means", "covariances"])
            if field == "weights":
                model["weights"][0] = "@@"
            elif field == "means":
                model["means"][0][rng.randrange(d)] = "@@"
            else:
                model["covariances"][0][0][0] = "@@"
            data = json.dumps(model, indent=rng.choice([None, 2])).replace('"@@"', value).encode()
            place = "{model}:" if kind != "string-number" else "{model}: %s" % field
        elif kind == "shape":
            bad = dict(model)
            field = rng.choice(["weights", "means", "covariances"])
            bad[field] = rng.choice([0, [0, 3], [[[1]]], "x", None, {}, [[0, 0]], [[[[1]]]]])
            data = json.dumps(bad).encode()
        elif kind == "missing":
            bad = dict(model)
            del bad[rng.choice(list(bad))]
            data = json.dumps(bad).encode()
        elif kind == "duplicate":
            data = data.replace(b'"means"', b'"weights": [1], "means"', 1)
            place = "{model}:"
        elif kind == "deep":
            depth = rng.choice([65, 1000, 100000])
            data = b"[" * depth + b"]" * depth
            place = "{model}:1:"
        elif kind == "asymmetric" and d > 1:
            model["covariances"][0][0][1] += 0.5
            data = json.dumps(model).encode()
        elif kind == "not-pd":
            model["covariances"][0] = [[-1.0 if r == c else 0.0 for c in range(d)] for r in range(d)]
            data = json.dumps(model).encode()
        elif kind == "weights":
            model["weights"] = [0.6] * k
            data = json.dumps(model).encode()
        elif kind == "negative":
            model["weights"] = [1.5] + [-0.5 / max(k - 1, 1)] * (k - 1) if k > 1 else [-1]
            data = json.dumps(model).encode()
        elif kind == "control":
            data = data.replace(b'"weights"', b'"wei\x01ghts"', 1)
            place = "{model}:"
        elif kind == "trailing":
            data = data + rng.choice([b" x", b"{}", b",", b"\x00"])
            place = "{model}:"
        elif kind == "empty":
            data = rng.choice([b"", b"   \n", b"\xef\xbb\xbf"])
        elif kind == "utf8":
            data = data.replace(b'"weights"', b'"w\xffeights"', 1)
            place = "{model}:"
        elif kind == "huge-valid":
            scale = rng.choice([1e90, 1e100])
            model = {"weights": [1.0], "means": [[scale] * d], "covariances": [[[scale if r == c else 0.0 for c in range(d)] for r in range(d)]]}
            data = json.dumps(model).encode()
            expect, place = "accept", None
        else:
            expect, place = "accept", None
        cases.append(Case("model", name, argv, {"model": data}, expect, place))
    return cases


def path_cases(rng, tmp):
    model = json.dumps(GOOD_MODEL).encode()
    data = csv_bytes(plain_rows(rng, 10, 2))
    longpath = os.path.join(tmp, "d" * 200, "e" * 200, "x" * 3000 + ".csv")
    paths = [
        ("missing", "/no/such/file.csv"), ("directory", tmp), ("dev-null", "/dev/null"), ("dev-zero", "/dev/zero"),
        ("empty", ""), ("escape", os.path.join(tmp, "a\x1b[31mred\x07.csv")), ("newline", os.path.join(tmp, "two\nlines.csv")),
        ("long", longpath), ("unicode", os.path.join(tmp, "naïve\u2028.csv")), ("dash", "-"), ("proc", "/proc/self/status"),
    ]
    cases = []
    for label, path in paths:
        for command in ("fit", "sample", "bench"):
            argv = {"fit": ["fit", path, "--components", "1"], "sample": ["sample", "--model", path, "--count", "3"],
                    "bench": ["bench", "--data", path, "--components", "1", "--iterations", "1"]}[command]
            if label == "dev-zero" and command != "sample":
                continue  # reading 512 MiB of zeros is slow; the model limit (16 MiB) shows the same rule
            cases.append(Case("paths", "path-%s-%s" % (label, command), argv, {"model": model, "data": data}, "refuse", None))
    return cases


def generate(seed, total, tmp):
    rng = random.Random(seed)
    paths = path_cases(rng, tmp)
    rest = total - len(paths)
    csv = csv_cases(rng, rest * 35 // 100)
    degenerate = degenerate_cases(rng, rest * 15 // 100)
    models = model_cases(rng, rest * 25 // 100)
    flags = flag_cases(rng, rest - len(csv) - len(degenerate) - len(models))
    return csv + degenerate + models + flags + paths


# ---------------------------------------------------------------- running and judging

def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run(emkit, argv, files, folder, timeout):
    os.makedirs(folder, exist_ok=True)
    paths = {}
    for key, content in files.items():
        paths[key] = os.path.join(folder, key + (".json" if key == "model" else ".csv"))
        with open(paths[key], "wb") as f:
            f.write(content)
    words = [w.format(**paths) if "{" in w and "}" in w and not w.startswith("{\"") else w for w in argv]
    start = time.monotonic()
    try:
        p = subprocess.run([emkit] + words, capture_output=True, timeout=timeout, preexec_fn=limit_memory,
                           cwd=folder, stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout, p.stderr, time.monotonic() - start, paths
    except subprocess.TimeoutExpired:
        return None, b"", b"", time.monotonic() - start, paths


NON_FINITE = re.compile(rb"(?i)(?<![a-z])(nan|inf|infinity|null)(?![a-z])")


def escaped(text):
    """A path as emkit writes it in messages: control and line-separating characters as \\u{..}."""
    out = []
    for ch in text:
        o = ord(ch)
        if ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or 0x7F <= o <= 0x9F or o in (0x2028, 0x2029) or ch == "\u200b":
            out.append("\\u{%X}" % o)
        else:
            out.append(ch)
    return "".join(out)


def judge(case, result, emkit, folder, timeout):
    status, out, err, seconds, paths = result
    problems = []
    if status is None:
        return ["hang: no answer after %g s" % timeout]
    if status < 0:
        return ["signal %d: %s" % (-status, err[-300:].decode("utf-8", "replace"))]
    if status >= 128:
        problems.append("exit %d looks like a signal" % status)
    if case.same_as is not None:
        other = run(emkit, case.same_as[0], case.same_as[1], folder + "-plain", timeout)
        mine = err.replace(folder.encode(), b"F")
        theirs = other[2].replace((folder + "-plain").encode(), b"F")
        if (other[0], other[1], theirs) != (status, out, mine):
            problems.append("silent misread: exit %s and output differ from the equivalent plain input's (exit %s: %s)" % (
                status, other[0], theirs[:200].decode("utf-8", "replace").strip()))
    if status == 0:
        if case.expect == "refuse":
            problems.append("exit 0 on input the rules refuse")
        if NON_FINITE.search(out):
            problems.append("non-finite number in the output: %r" % NON_FINITE.search(out).group(0))
    else:
        if case.expect == "accept":
            problems.append("exit %d on input the rules accept: %s" % (status, err.decode("utf-8", "replace").strip()[:300]))
        if case.argv == []:
            return problems
        text = err.decode("utf-8", "replace")
        lines = text.split("\n")
        if not (len(lines) == 2 and lines[1] == ""):
            problems.append("stderr is not one line: %r" % text[:300])
        line = lines[0]
        if not line.startswith("emkit: "):
            problems.append("stderr does not start with 'emkit: ': %r" % line[:200])
        if len(line) > 1100:
            problems.append("stderr line is %d characters long" % len(line))
        if any(ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F or ch in "\u2028\u2029" for ch in line):
            problems.append("raw control character in stderr: %r" % line[:200])
        if out and case.argv[0] != "sample":  # sample may have streamed points before a bad draw
            problems.append("an error run wrote %d bytes to stdout" % len(out))
        # The place: a file given on the command line, or a parameter, or the command itself.
        given = [escaped(p) for p in paths.values()] + [escaped(w) if w else '""' for w in case.argv if "{" not in w]
        rest = re.sub(r"^emkit: (fit|sample|bench|hint|quiz|plot|check): ", "", line)
        named = (rest.startswith("--") or rest.startswith("-") or rest.startswith("EXERCISE") or
                 rest.startswith("expects ") or rest.startswith("unexpected argument") or
                 line.startswith("emkit: unknown command") or
                 any(g and (rest.startswith(g + ":") or rest.startswith(g[:40])) for g in given))
        if not named:
            problems.append("the error does not name a file or parameter: %r" % line[:300])
        if case.place:
            want = case.place.format(**{k: escaped(v) for k, v in paths.items()})
            if want not in line:
                problems.append("the error should name %r: %r" % (want, line[:300]))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("emkit", nargs="?", default=os.path.join(ROOT, ".build/debug/emkit"))
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--cases", type=int, default=400)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    emkit = os.path.abspath(args.emkit)
    if not os.access(emkit, os.X_OK):
        sys.exit("fuzz_cli.py: %s is not an executable (build it: swift build --product emkit)" % emkit)
    tmp = tempfile.mkdtemp(prefix="emkit-fuzz-")
    started = time.monotonic()
    failures = []
    try:
        cases = generate(args.seed, args.cases, tmp)
        # The bare command: help on stderr, exit 64, nothing on stdout.
        bare = subprocess.run([emkit], capture_output=True, timeout=args.timeout)
        if bare.returncode != 64 or bare.stdout or b"Usage: emkit" not in bare.stderr:
            failures.append(("bare", "emkit with no arguments: exit %d, %d bytes on stdout" % (bare.returncode, len(bare.stdout))))

        def one(index_case):
            index, case = index_case
            folder = os.path.join(tmp, "case-%04d" % index)
            result = run(emkit, case.argv, case.files, folder, args.timeout)
            problems = judge(case, result, emkit, folder, args.timeout)
            shutil.rmtree(folder, ignore_errors=True)
            shutil.rmtree(folder + "-plain", ignore_errors=True)
            return case, result, problems

        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for case, result, problems in pool.map(one, enumerate(cases)):
                if args.verbose:
                    print("%-40s exit %-4s %.2fs %s" % (case.name, result[0], result[3], result[2][:160].decode("utf-8", "replace").strip()))
                for problem in problems:
                    failures.append((case.name, problem, case))
        families = {}
        for case in cases:
            families[case.family] = families.get(case.family, 0) + 1
        elapsed = time.monotonic() - started
        print("fuzz_cli.py: %d cases (%s) + the bare command, seed %d, %.1f s, %d jobs" % (
            len(cases), ", ".join("%s %d" % kv for kv in sorted(families.items())), args.seed, elapsed, args.jobs))
        for failure in failures:
            name, problem = failure[0], failure[1]
            print("FAIL %s: %s" % (name, problem))
            if len(failure) > 2:
                case = failure[2]
                print("     argv %r; files %s" % (case.argv, {k: v[:120] for k, v in case.files.items()}))
        if failures:
            print("fuzz_cli.py: %d failures" % len(failures))
            return 1
        print("fuzz_cli.py: no trap, hang, misread, non-finite number or unplaced error")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
