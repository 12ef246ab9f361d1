#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Hostile or odd control-channel peers for the tests/net/test_ctl_*.sh
cases (docs/protocol.md).  Each subcommand prints one line of results.

  silent HOST PORT SECS EVERY   a silent connection, renewed every EVERY s,
                                for SECS s; prints how many were opened
  guess HOST PORT N             N requests with a wrong token, one per
                                connection; prints "wrong=A blocked=B
                                other=C last=<the last error>"
  raw HOST PORT TEXT            sends TEXT + newline (TEXT's \\n, \\x1b ...
                                are Python escapes); prints the answer
  halfclose HOST PORT [TOKEN]   run, ready, done, then shutdown(SHUT_WR);
                                prints the type and code of the answer
  fakesrv IP PORT WHAT [ARG]    one client: WHAT is error TEXT (refuse with
                                TEXT), code N (a result with code N and an
                                error with control characters), or close S
                                (ready, then close after S seconds), or
                                mute S (ready, then no result for S s)
  hold HOST PORT N SECS         N silent connections at once for SECS s;
                                prints how many the server closed first
  v1run HOST PORT [KEY=VAL ...]  a protocol version 1 client: run (with
                                the KEY=VALs), ready, done; prints the
                                types of the answers, each with its
                                "pktbench" version, and the result's code
  slowiv HOST PORT STALL SENT PKTSEND ARGS...
                                a version 2 client that reads its interval
                                stream slowly: run (interval 10ms, run-id
                                4242) with a 2 KiB receive buffer (in a
                                --clients run: prints "joined" when
                                joined); on
                                ready runs PKTSEND ARGS (the data), reads
                                nothing for STALL s, then reads on until
                                PKTSEND has ended, says done with SENT and
                                prints "intervals=K" (the interval
                                messages it got) and the result's code,
                                interval_sent, interval_dropped, received
                                and lost
  udpsink IP PORT SECS          a UDP socket with SO_REUSEPORT, bound first
                                (prints "bound"), counting datagrams for
                                SECS s; then prints the count
"""
import json
import socket
import sys
import time


def line(sock, limit=10.0):
    sock.settimeout(limit)
    buf = b""
    while b"\n" not in buf:
        try:
            got = sock.recv(65536)
        except (socket.timeout, ConnectionResetError):
            break
        if not got:
            break
        buf += got
    return buf.split(b"\n")[0].decode("ascii", "replace")


def msg(typ, **kw):
    d = {"pktbench": 1, "type": typ}
    d.update(kw)
    return (json.dumps(d, separators=(",", ":")) + "\n").encode()


def silent(host, port, secs, every):
    end = time.time() + float(secs)
    old, n = None, 0
    while time.time() < end:
        s = socket.create_connection((host, int(port)), 5)
        n += 1
        if old:
            old.close()
        old = s
        time.sleep(float(every))
    if old:
        old.close()
    print(n)


def guess(host, port, n):
    count = {"wrong": 0, "blocked": 0, "other": 0}
    last = ""
    for i in range(int(n)):
        s = socket.create_connection((host, int(port)), 5)
        s.sendall(msg("run", token="guess%d" % i, mode="udp"))
        ans = line(s)
        s.close()
        try:
            err = json.loads(ans).get("error", "")
        except ValueError:
            err = ans
        if err == "wrong token":
            count["wrong"] += 1
        elif err.startswith("too many failed token checks"):
            count["blocked"] += 1
        else:
            count["other"] += 1
        last = err
    print("wrong=%d blocked=%d other=%d last=%s" %
          (count["wrong"], count["blocked"], count["other"], last))


def raw(host, port, text):
    s = socket.create_connection((host, int(port)), 5)
    s.sendall(text.encode("ascii").decode("unicode_escape")
              .encode("latin-1") + b"\n")
    print(line(s))
    s.close()


def halfclose(host, port, token=None):
    s = socket.create_connection((host, int(port)), 5)
    kw = {"mode": "udp", "duration": "2s"}
    if token:
        kw["token"] = token
    s.sendall(msg("run", **kw))
    ready = line(s)
    if '"ready"' not in ready:
        print("no-ready " + ready)
        return
    s.sendall(msg("done", sent=0))
    s.shutdown(socket.SHUT_WR)
    ans = line(s)
    try:
        d = json.loads(ans)
        print("%s %s %s" % (d.get("type"), d.get("code"),
                            "record" if d.get("record") else "no-record"))
    except ValueError:
        print("nothing " + ans)


def v1run(host, port, *kv):
    s = socket.create_connection((host, int(port)), 5)
    kw = {"mode": "udp", "duration": "1s"}
    kw.update(a.split("=", 1) for a in kv)
    s.sendall(msg("run", **kw))
    got = []
    for want_done in (True, False):
        try:
            d = json.loads(line(s))
        except ValueError:
            got.append("nothing")
            break
        got.append("%s/%s" % (d.get("type"), d.get("pktbench")))
        if d.get("type") == "result":
            got.append("code=%s" % d.get("code"))
        if d.get("type") != "ready":
            break
        if want_done:
            s.sendall(msg("done", sent=0))
    print(" ".join(got))


def fakesrv(ip, port, what, arg=""):
    ls = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ls.bind((ip, int(port)))
    ls.listen(1)
    print("listening", flush=True)
    c, _ = ls.accept()
    line(c)
    evil = "\x1b]0;owned\x07\x1b[2J\rpktsend: forged line\nsecond"
    if what == "error":
        c.sendall(msg("error", code=2, error=arg or evil))
    elif what == "code":
        c.sendall(msg("ready", port=9000, mode="udp",
                      duration_ns=2000000000))
        line(c, 30)
        rec = json.dumps({"schema_version": 1, "type": "result",
                          "program": "pktrecv"}, separators=(",", ":"))
        c.sendall(msg("result", code=int(arg), sent=0, error=evil,
                      record=rec))
    elif what == "mute":
        c.sendall(msg("ready", port=9000, mode="udp",
                      duration_ns=20000000000))
        line(c, 30)
        time.sleep(float(arg))
    elif what == "close":
        c.sendall(msg("ready", port=9000, mode="udp",
                      duration_ns=20000000000))
        time.sleep(float(arg))
    c.close()
    ls.close()


def hold(host, port, n, secs):
    socks = [socket.create_connection((host, int(port)), 5)
             for _ in range(int(n))]
    time.sleep(float(secs))
    closed = 0
    for s in socks:
        s.setblocking(False)
        try:
            if s.recv(65536) is not None:
                closed += 1
        except BlockingIOError:
            pass
        except OSError:
            closed += 1
        s.close()
    print(closed)


def slowiv(host, port, stall, sent, *cmd):
    import subprocess
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 2048)
    s.settimeout(5)
    s.connect((host, int(port)))
    req = {"pktbench": 2, "type": "run", "mode": "udp", "duration": "30s",
           "interval": "10ms", "run-id": "4242"}
    s.sendall((json.dumps(req, separators=(",", ":")) + "\n").encode())
    buf = b""
    got = {}

    def take(block):
        # one message line from buf, reading more when block
        nonlocal buf
        while b"\n" not in buf:
            if not block:
                return None
            more = s.recv(4096)
            if not more:
                return None
            buf += more
        ln, buf = buf.split(b"\n", 1)
        d = json.loads(ln)
        got[d.get("type")] = got.get(d.get("type"), 0) + 1
        return d

    d = take(True)
    while d and d.get("type") == "joined":
        # a --clients run: ready comes when all have joined
        print("joined", flush=True)
        d = take(True)
    if not d or d.get("type") != "ready":
        print("no-ready %s" % d)
        return
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    time.sleep(float(stall))
    while p.poll() is None:
        s.settimeout(0.05)
        try:
            more = s.recv(65536)
        except socket.timeout:
            more = b"x"
        if not more:
            break
        if more != b"x":
            buf += more
        while take(False):
            pass
    p.wait()
    s.settimeout(10)
    s.sendall(msg("done", sent=int(sent)).replace(b'"pktbench":1',
                                                   b'"pktbench":2'))
    while True:
        d = take(True)
        if not d or d.get("type") != "interval":
            break
    if not d or d.get("type") != "result":
        print("intervals=%d no-result %s" % (got.get("interval", 0), d))
        return
    rec = json.loads(d["record"])["stats"]
    print("intervals=%d code=%s interval_sent=%s interval_dropped=%s "
          "received=%s lost=%s pktsend=%s" %
          (got.get("interval", 0), d.get("code"), d.get("interval_sent"),
           d.get("interval_dropped"), rec["received"], rec["lost"],
           p.returncode))


def udpsink(ip, port, secs):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
    s.bind((ip, int(port)))
    print("bound", flush=True)
    end = time.time() + float(secs)
    n = 0
    while time.time() < end:
        s.settimeout(max(end - time.time(), 0.01))
        try:
            s.recv(65536)
            n += 1
        except socket.timeout:
            break
    print(n, flush=True)


CMDS = {"silent": silent, "guess": guess, "raw": raw,
        "halfclose": halfclose, "fakesrv": fakesrv, "udpsink": udpsink, "hold": hold,
        "v1run": v1run, "slowiv": slowiv}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in CMDS:
        sys.exit(__doc__)
    CMDS[sys.argv[1]](*sys.argv[2:])
