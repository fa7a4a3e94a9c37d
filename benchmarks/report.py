#!/usr/bin/env python3
"""Turns the JMH JSON results of benchmarks/run.sh into docs/performance.md (medians and same-run ratios)."""
import json, os, platform, subprocess, sys, datetime

out = sys.argv[1]
results = {}
for name in ("dss.json", "avgt.json", "edxml.json", "receive.json"):
    path = os.path.join(out, name)
    if os.path.exists(path):
        for r in json.load(open(path)):
            short = r["benchmark"].rsplit(".", 2)
            key = short[-2] + "." + short[-1]
            m = r["primaryMetric"]
            results[key] = (m["scorePercentiles"]["50.0"], m["scoreUnit"], m["score"], m["scoreError"])

def med(key):
    return results[key][0] if key in results else None

def fmt(key):
    if key not in results:
        return "not run"
    median, unit, _, _ = results[key]
    return f"{median:,.3f} {unit}"

def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b

def check(value, target, higher_is_better):
    if value is None:
        return "—", "not measured"
    ok = value >= target if higher_is_better else value <= target
    return f"{value:.2f}×", "met" if ok else "**missed**"

rows = []
def row(title, sdk_key, baselines, ratio_text, value, target, higher):
    r, verdict = check(value, target, higher)
    base = "<br>".join(f"{label}: {fmt(k)}" for label, k in baselines)
    rows.append(f"| {title} | {fmt(sdk_key)} | {base} | {ratio_text} = {r} | {'≥' if higher else '≤'} {target}× | {verdict} |")

S = "PadesSigningBenchmark."
row("PAdES B-B signing, 1 MB PDF, RSA-2048", S + "sdk",
    [("hand-written PDFBox+BC", S + "handWrittenPdfboxBouncyCastle"), ("EU DSS", "DssSigningBenchmark.euDss")],
    "SDK / hand-written", ratio(med(S + "sdk"), med(S + "handWrittenPdfboxBouncyCastle")), 0.6, False)
row("PAdES B-B signing vs DSS", S + "sdk", [("EU DSS", "DssSigningBenchmark.euDss")],
    "DSS / SDK", ratio(med("DssSigningBenchmark.euDss"), med(S + "sdk")), 5.0, True)
V = "VerificationBenchmark."
D = "DssVerificationBenchmark."
row("PAdES verification (crypto, chain, modifications)", V + "sdkPades", [("EU DSS", D + "dssPades")],
    "DSS / SDK", ratio(med(D + "dssPades"), med(V + "sdkPades")), 10.0, True)
row("XAdES enveloped verification", V + "sdkXadesEnveloped", [("EU DSS", D + "dssXadesEnveloped")],
    "DSS / SDK", ratio(med(D + "dssXadesEnveloped"), med(V + "sdkXadesEnveloped")), 10.0, True)
row("CAdES detached verification", V + "sdkCadesDetached", [("EU DSS", D + "dssCadesDetached")],
    "DSS / SDK", ratio(med(D + "dssCadesDetached"), med(V + "sdkCadesDetached")), 10.0, True)
E = "EdxmlBenchmark."
row("edXML build + parse, one 100 MiB attachment, disk", E + "sdkBuildAndParse",
    [("hand-written StAX + Base64", E + "baselineStaxBuildAndParse")],
    "throughput SDK / baseline", ratio(med(E + "baselineStaxBuildAndParse"), med(E + "sdkBuildAndParse")), 0.8, True)
P = "EdxmlSampleBenchmark."
row("edXML parse, real 360 KB sample", P + "sdkParse", [("hand-written StAX", P + "baselineStaxParse")],
    "throughput SDK / baseline", ratio(med(P + "baselineStaxParse"), med(P + "sdkParse")), 1.0, True)
B = "ParallelVerificationBenchmark."
row("verification of 100 signed 1 MB PDFs, 2 workers vs 1 thread", B + "twoWorkers", [("one thread", B + "oneThread")],
    "speed-up", ratio(med(B + "oneThread"), med(B + "twoWorkers")), 1.8, True)
H = "HttpCallBenchmark."
row("one small signed VXP call, loopback", H + "sdkSignedVxpCall", [("raw HttpClient 5, same pool", H + "rawHttpClient5")],
    "SDK / raw", ratio(med(H + "sdkSignedVxpCall"), med(H + "rawHttpClient5")), 1.03, False)

R = "ReceiveThroughputBenchmark."
receive_cpu = {}
receive_sdk_cpu = {}
cpu_path = os.path.join(out, "receive-cpu.jsonl")
if os.path.exists(cpu_path):
    for line in open(cpu_path):
        if line.strip():
            e = json.loads(line)
            key = R + e["benchmark"].rsplit(".", 1)[-1]
            receive_cpu.setdefault(key, []).append(e["documents"] / (e["cpuMs"] / 1000.0))
            if e.get("receiverCpuMs"):
                receive_sdk_cpu.setdefault(key, []).append(e["documents"] / (e["receiverCpuMs"] / 1000.0))
receive_docs = 300
if os.path.exists(os.path.join(out, "receive.json")):
    for r in json.load(open(os.path.join(out, "receive.json"))):
        receive_docs = int(r.get("params", {}).get("documents", receive_docs))

def per_second(key):
    m = med(key)
    return None if m is None else receive_docs * 1000.0 / m

def per_cpu_second(key, source=None):
    values = sorted((receive_sdk_cpu if source is None else source).get(key, []))
    return values[len(values) // 2] if values else None

def receive_row(title, key, target):
    rate, cpu = per_second(key), per_cpu_second(key)
    sdk = "not run" if rate is None else f"{rate:,.1f} documents/s ({fmt(key)} per {receive_docs})"
    whole = per_cpu_second(key, receive_cpu)
    if cpu is not None:
        sdk += f"<br>{cpu:,.1f} documents per CPU-second of the receivers"
    if whole is not None:
        sdk += f" ({whole:,.1f} with the in-process sandbox)"
    verdict = "not measured" if rate is None else "met" if rate >= target else "**missed**"
    rows.append(f"| {title} | {sdk} | — | — | ≥ {target} documents/s | {verdict} |")

receive_row("receive 360 KB signed edXML (download, parse, verify, hand on, acknowledge), 1 instance, file store",
            R + "oneInstanceFileStore", 150)
receive_row("receive, 1 instance, PostgreSQL lease store", R + "oneInstancePostgres", 150)
one, three = per_cpu_second(R + "oneInstancePostgres"), per_cpu_second(R + "threeInstancesPostgres")
r3, v3 = check(ratio(three, one), 0.9, True)
rate3 = per_second(R + "threeInstancesPostgres")
rows.append(f"| receive, 3 instances sharing PostgreSQL and the inbox: per-core throughput vs 1 instance | "
            f"{'not run' if rate3 is None else f'{rate3:,.1f} documents/s'}"
            f"{'' if three is None else f'<br>{three:,.1f} documents per CPU-second of the receivers'} | 1 instance: "
            f"{'not run' if one is None else f'{one:,.1f} documents per CPU-second of the receiver'} | "
            f"3 / 1 per CPU-second = {r3} | ≥ 0.9× | {v3} |")

def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except Exception:
        return "?"

cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
memory = open(os.path.join(out, "memory.txt")).read().strip() if os.path.exists(os.path.join(out, "memory.txt")) else "not run"
pades_memory_path = os.path.join(out, "pades-memory.txt")
pades_memory = open(pades_memory_path).read().strip() if os.path.exists(pades_memory_path) else "not run"

def memory_table(text):
    """edXML memory probe lines ("sdk attachmentMiB=1024 maxHeapMiB=16 elapsedMs=… peakRssKiB=…") as a table."""
    lines = ["| side | attachment | heap (-Xmx) | build + parse | peak RSS | 1 GiB at -Xmx16m target |", "|---|---|---|---|---|---|"]
    for line in text.splitlines():
        parts = line.split()
        if not parts:
            continue
        fields = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
        if "elapsedMs" not in fields:
            lines.append(f"| {parts[0]} | {' '.join(parts[1:])} | | | | **missed** |" if "failed" in line else f"| {line} | | | | | |")
            continue
        mib = int(fields.get("attachmentMiB", "100"))
        size = f"{mib // 1024} GiB" if mib >= 1024 else f"{mib} MiB"
        target = ("met" if mib >= 1024 and int(fields["maxHeapMiB"]) <= 16 else "—") if parts[0] == "sdk" else "—"
        lines.append(f"| {'SDK' if parts[0] == 'sdk' else 'hand-written StAX + Base64'} | {size} | {fields['maxHeapMiB']} MiB "
                     f"| {int(fields['elapsedMs']):,} ms | {int(fields['peakRssKiB']) / 1024:,.0f} MiB | {target} |")
    return "\n".join(lines)

memory_section = memory_table(memory) if memory != "not run" else "not run"
java = sh("java -version 2>&1 | head -1")
print(f"""# Performance

Measured with JMH by `benchmarks/run.sh` (one fork, 3 warm-up and 5 measured iterations of 2 s; the 100 MiB edXML
case as single shots, 1 warm-up + 5). Every SDK figure is compared with its baselines **in the same run**; the
ratio is what counts, absolute times drift between machines. Medians.

Machine: {os.cpu_count()} cores, {cpu}, {sh("free -g | awk '/Mem:/{print $2}'")} GiB RAM, {platform.system()} {platform.release()},
{java}. Run on {datetime.datetime.utcnow().strftime('%Y-%m-%d %H:%M')} UTC.

| benchmark | SDK | baseline(s) | ratio | target | result |
|---|---|---|---|---|---|
""" + "\n".join(rows) + f"""

## edXML memory: 100 MiB at `-Xmx64m`, 1 GiB at `-Xmx16m` (forked JVMs, peak resident memory)

{memory_section}

(`EdxmlMemoryProbe <side> <size> <heap>`: one build + parse in a JVM started with that `-Xmx`, the attachment
streamed to and from /dev/shm (or benchmarks/target when /dev/shm is small) and deleted afterwards; peak RSS is the
process's VmHWM, heap plus JVM code, metaspace and buffers. The SDK hashes (SHA-256) both the message it writes and
the attachment it delivers; the baseline hashes nothing. For comparison, the official EdXML102 library 0.0.3,
measured on the same kind of 2-vCPU machine, needs at least 576 MB of heap to parse a 100 MiB attachment: it builds a
DOM, then a JDOM copy, and holds the attachment as one string.)

## PAdES B-B signing of a 200 MB PDF at `-Xmx128m` (forked JVM, peak resident memory)

```
{pades_memory}
```

(`PadesMemoryProbe`: a generated one-page PDF carrying one 200 MB embedded file, signed through `PadesSigner`
file to file on /dev/shm; the original bytes are copied channel to channel and the signed ranges hashed as they
stream back, so neither the heap nor the resident set grows with the document. `peakRssKiB` is the process's VmHWM.)

## Notes

- Each side runs on its own class path, as its users run it: `benchmarks/dss` holds EU DSS 6.3 (`dss-pades-pdfbox`,
  `dss-xades`, `dss-cades`, `dss-validation`) with Santuario 3.0.6 and BouncyCastle 1.83, which DSS is built on;
  `benchmarks/sdk` holds the SDK with its own dependencies (Santuario 4, BouncyCastle 1.86) and the hand-written
  baselines. Both work on the same fixture files, written by the DSS side at the start of the run.
- `./mvnw verify` runs every benchmark once in smoke mode (one short in-process iteration, every fixture asserted),
  so a benchmark that stops working fails the build; the figures here come only from `benchmarks/run.sh`.
- DSS validates with its default policy, with the two revocation-availability constraints set to IGNORE: both
  validators do the same offline checks (signature crypto, chain to the trusted test root, PDF integrity).
- Fixtures: a generated RSA-2048 PKI and files signed by DSS at B-B; every validation on both sides is asserted
  TOTAL_PASSED before timing.
- PAdES signing: for an invisible signature the SDK does not load the document — it reads the cross-reference
  (tables, streams, hybrid) and the few objects it updates (catalog, first page, AcroForm), copies the original bytes
  channel to channel, appends the signature revision and hashes the two signed ranges as they stream back; the
  hand-written baseline loads the document with PDFBox and saves incrementally, as PDFBox's documentation shows. What
  remains is mostly the floor: SHA-256 of the file and one RSA-2048 signature.
- The raw HttpClient baseline sends the same request as the SDK (POST, `{{}}` body, the same XroadVnpt-* headers,
  precomputed), so the ratio measures the SDK's own work: signing, pipeline, JSON.
- History: the first run (2026-11-23 05:12 UTC) missed two targets — real-sample parse 0.61× (the reader wrote the
  decoded attachment to a temporary file even when nothing was kept, and used the JDK's StAX parser) and the signed
  VXP call 2.02× (against a GET baseline without body or headers; request headers were copied map by map; a new
  `Mac` per request). Fixed in the SDK: hash-only attachment decoding when nothing is kept, the classpath StAX
  implementation (Woodstox) under the same secure settings, a mutable header map while building a request, one
  `Mac` per thread; and the baseline now sends the same request. This table is the run after those changes.
- Receive throughput: `ReceiveThroughputBenchmark`, single-shot operations of {receive_docs} documents waiting in
  the embedded sandbox axis (same JVM), each ~360 KB with a header XML-DSig signature and a PAdES-signed PDF
  attachment; the handler verifies both (`EdxmlVerifier`) and every document must be handed on exactly once and
  acknowledged; each instance polls with one worker per core (`EdocReceiver.Builder.workers`). Documents per
  CPU-second count the CPU time of the receivers' threads (polling, workers, lease renewal — the SDK's share; in
  brackets the whole process, the sandbox serving the axis included), so they do not depend on other load on the
  machine; the 3-instance ratio compares that per-core figure. PostgreSQL and the staging folder run without fsync
  (test cluster, tmpfs).
- Single-fork runs on a shared 2-core VM are noisy (a few percent to tens of percent between runs); the ratios,
  measured in the same run, are what to compare.
""")
