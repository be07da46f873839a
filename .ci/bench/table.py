#!/usr/bin/env python3
"""Prints the performance table from the figures .ci/bench/all gathered.

  table.py RESULTS STARTED SHORT

RESULTS holds lines `jmh.<Benchmark>.<method>[.<param>] SCORE` (ns for P1, P7 and P8's apiLayerUnused, ms for
the rest of P8),
`result LABEL ROUND BARE_RPS UAPID_RPS RATIO` (HTTP) and `result LABEL MEDIAN_MS MIN_MS` (starts).
"""
import os
import platform
import statistics
import subprocess
import sys

results, started, short = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
jmh, http, times = {}, {}, {}
for line in open(results):
    words = line.split()
    if words[0].startswith("jmh."):
        jmh[words[0][4:]] = float(words[1])
    elif len(words) == 6:
        http.setdefault(words[1], []).append((float(words[3]), float(words[4]), float(words[5])))
    elif len(words) == 4:
        times[words[1]] = float(words[2])

rows = []


def row(number, measure, figures, ratio, goal, met):
    """met: True or False; None for a row that gives a figure without a goal of its own."""
    rows.append((number, measure, figures, ratio, goal, "n/a" if met is None else "yes" if met else "**no**"))


def rps(label):
    runs = http[label]
    return statistics.median(b for b, _, _ in runs), statistics.median(u for _, u, _ in runs), [r for _, _, r in runs]


def p2():
    bare, uapid, ratios = rps("noop")
    row("P2", "HTTP no-op call, `uapid` vs bare Jetty (wrk, 50 connections)",
        f"{uapid:,.0f} vs {bare:,.0f} req/s", "rounds " + " / ".join(f"{r:.0f}%" for r in ratios),
        "≥ 80% in every round", min(ratios) >= 80)


def p3():
    for label, state in (("tfa-off", "2FA off"), ("tfa-on", "2FA on")):
        bare, uapid, ratios = rps(label)
        row("P3", f"HTTP `TwoFactorAuth::get_user_configuration` on SQLite, {state}, vs bare Jetty",
            f"{uapid:,.0f} vs {bare:,.0f} req/s", f"{statistics.median(ratios):.0f}% (rounds "
            + " / ".join(f"{r:.0f}" for r in ratios) + ")", "≥ 60%", statistics.median(ratios) >= 60)


def p4():
    java = times["java"]
    for label, call in (("get", "`bin/uapi --user=x TwoFactorAuth get_user_configuration`"),
                        ("generate", "`bin/uapi ... --output=json generate_user_configuration`")):
        row("P4", call, f"{times[label]:.0f} ms (`java -version`: {java:.0f} ms)",
            f"{times[label] / java:.1f}× `java -version`", "≤ 200 ms", times[label] <= 200)
    # the calls above are answered by the home's resident host, as by default; this one starts a host itself
    if "get-own" in times:
        row("P4", "the same `get_user_configuration` on its own (`UAPI_RESIDENT=off`; a home's first call)",
            f"{times['get-own']:.0f} ms", f"{times['get-own'] / java:.1f}× `java -version`", "no goal of its own",
            None)


def p5():
    row("P5", "`bin/uapid` start to the first 200 from `/health` vs the bare Jetty class's start",
        f"{times['uapid']:.0f} ms vs {times['bare']:.0f} ms", f"{times['uapid'] / times['bare']:.2f}×",
        "≤ 1.0 s, ≤ 1.3× bare Jetty", times["uapid"] <= 1000 and times["uapid"] <= 1.3 * times["bare"])


def p6_server():
    extra = times["uapid-many"] - times["uapid"]
    row("P6", "`uapid` start with 200 extra modules × 20 functions",
        f"{times['uapid-many']:.0f} ms vs {times['uapid']:.0f} ms", f"{extra:+.0f} ms", "≤ +300 ms", extra <= 300)


def p6_cli():
    extra = times["get-many"] - times["get"]
    row("P6", "`bin/uapi` call with 200 extra modules × 20 functions",
        f"{times['get-many']:.0f} ms vs {times['get']:.0f} ms", f"{extra:+.0f} ms", "≤ +30 ms", extra <= 30)


def p7():
    for algorithm in ("SHA1", "SHA256", "SHA512"):
        right = jmh[f"TotpEngineBenchmark.checkRightCode.{algorithm}"]
        wrong = jmh[f"TotpEngineBenchmark.checkWrongCode.{algorithm}"]
        row("P7", f"TOTP check with ±1 step, {algorithm} (JMH)",
            f"{right / 1000:.2f} µs (wrong code {wrong / 1000:.2f} µs)", "", "≤ 2 µs", max(right, wrong) <= 2000)


def p8():
    first = jmh["TransformBenchmark.filterSortPage.100000"]
    for count, goal in (("100000", 25), ("1000000", 300)):
        took = jmh[f"TransformBenchmark.filterSortPage.{count}"]
        row("P8", f"`api.*` filter + numeric sort + page of 50 over {int(count):,} records (JMH)", f"{took:.1f} ms",
            f"{took / first:.1f}× the 100k figure" if count != "100000" else "", f"≤ {goal} ms", took <= goal)
    # "No cost without api.* arguments" is the api.* layer's own cost on a list that has none; what the
    # dispatcher's answer costs beyond the handler is mostly the plain-data copy every list gets (issue 9), which
    # is its own row, with no goal: it is kept whatever it costs.
    layer = jmh["TransformBenchmark.apiLayerUnused.100000"]
    plain = jmh["TransformBenchmark.noApiArguments.100000"]
    copy = jmh["TransformBenchmark.boundaryCopy.100000"]
    direct = jmh["TransformBenchmark.direct.100000"]
    row("P8", "the `api.*` layer on a 100,000-record list without `api.*` arguments (JMH)",
        f"{layer / 1000:.2f} µs", f"whole call {plain:.1f} ms vs handler + copy {copy:.1f} ms",
        "no cost (≤ +10 µs)", layer <= 10_000)
    row("P8", "the plain-data copy of the same list (issue 9, every list, with or without `api.*`; JMH)",
        f"{copy - direct:.1f} ms", f"handler + copy {copy:.1f} ms vs handler {direct * 1000:.2f} µs",
        "kept (not a speed goal)", None)


def p1():
    direct, dispatch = jmh["DispatchBenchmark.direct"], jmh["DispatchBenchmark.dispatch"]
    row("P1", "in-process no-op call through the dispatcher vs a direct handler call (JMH)",
        f"{dispatch:.0f} ns vs {direct:.0f} ns", f"+{dispatch - direct:.0f} ns", "≤ +300 ns", dispatch - direct <= 300)
    render, both = jmh["DispatchBenchmark.render"], jmh["DispatchBenchmark.dispatchAndRender"]
    row("P1", "JSON rendering of the no-op envelope (JMH)", f"{render:.0f} ns (call + rendering {both:.0f} ns)", "",
        "≤ 400 ns", render <= 400)


for part in (p2, p3, p4, p5, p6_server, p6_cli, p7, p8, p1):
    try:
        part()
    except KeyError:
        pass  # that part was not measured (--only)

cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
java_version = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
print()
print(f"Performance table, {started}{' (--short: indicative only)' if short else ''}")
print(f"Machine: {os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}, {java_version};"
      f" load average at the end {os.getloadavg()[0]:.2f}")
print()
print("| # | measure | figure (medians) | ratio | goal | met |")
print("|---|---|---|---|---|---|")
for cells in rows:
    print("| " + " | ".join(cells) + " |")
met = sum(1 for cells in rows if cells[5] == "yes")
goals = sum(1 for cells in rows if cells[5] != "n/a")
print()
print(f"{met} of {goals} rows meet their goal.")
