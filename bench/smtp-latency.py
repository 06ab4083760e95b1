#!/usr/bin/env python3
"""End-to-end latency of one message over SMTP, per listener, interleaved.

For each round, one message goes to each PORT in turn (so every listener sees
the same machine load), each on a new connection: connect, EHLO, MAIL, RCPT,
DATA; the clock stops at the server's reply to the end of DATA (the message is
queued, or refused).  QUIT is not timed.  Bounded by --count and by
--max-seconds.  Prints one JSON object: per port n, errors, mean, p50, p90,
p99, max in milliseconds.

usage: smtp-latency.py --ports P1,P2,... --count N --max-seconds S
                       --from ADDR --to ADDR --file MESSAGE
"""
import argparse
import json
import smtplib
import sys
import time


def percentile(sorted_values, q):
    if not sorted_values:
        return None
    i = min(len(sorted_values) - 1, int(q * len(sorted_values)))
    return sorted_values[i]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ports", required=True)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--max-seconds", type=float, default=60)
    ap.add_argument("--from", dest="sender", required=True)
    ap.add_argument("--to", dest="rcpt", required=True)
    ap.add_argument("--file", required=True)
    args = ap.parse_args()

    with open(args.file, "rb") as f:
        raw = f.read()
    data = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    ports = [int(p) for p in args.ports.split(",")]
    times = {p: [] for p in ports}
    errors = {p: 0 for p in ports}
    first_error = {}
    deadline = time.monotonic() + args.max_seconds

    for _ in range(args.count):
        if time.monotonic() > deadline:
            break
        for port in ports:
            t0 = time.perf_counter()
            try:
                s = smtplib.SMTP("127.0.0.1", port, timeout=30)
                s.ehlo("bench.example")
                refused = s.sendmail(args.sender, [args.rcpt], data)
                t1 = time.perf_counter()
                if refused:
                    raise smtplib.SMTPException(str(refused))
                times[port].append((t1 - t0) * 1000)
                try:
                    s.quit()
                except smtplib.SMTPException:
                    pass
            except (smtplib.SMTPException, OSError) as e:
                errors[port] += 1
                first_error.setdefault(port, str(e)[:200])

    out = {}
    for port in ports:
        v = sorted(times[port])
        out[str(port)] = {
            "n": len(v),
            "errors": errors[port],
            "first_error": first_error.get(port),
            "mean": sum(v) / len(v) if v else None,
            "p50": percentile(v, 0.50),
            "p90": percentile(v, 0.90),
            "p99": percentile(v, 0.99),
            "max": v[-1] if v else None,
        }
    json.dump(out, sys.stdout)
    print()


if __name__ == "__main__":
    main()
