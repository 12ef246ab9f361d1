#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes crafted Ethernet frames onto an interface (AF_PACKET, root).

    craft.py IFACE SRC_MAC DST_MAC SRC_IP DST_IP PORT < specs

Each line of stdin is one JSON object describing frames to send, in
order; every key is optional:

  n            copies (default 1)
  run, stream  test header run id and stream (default 1, 0)
  seq          sequence number (default 0), or a list: one frame each
  tx           send time in ns, or "now", "future" (now + 1 h),
               "ancient" (1 ns) (default "now")
  magic, ver   header magic and version (default PKTB, 1)
  payload      UDP payload bytes (default 64; < 32 truncates the header)
  dmac, dip    another destination MAC / IPv4 address
  bad_csum     true: a wrong IPv4 header checksum
  ip_len       IPv4 total length to write instead of the right one
  dport        UDP destination port instead of PORT

Prints the number of frames sent.  Used by tests/net/test_hostile.sh.
"""
import json
import socket
import struct
import sys
import time


def mac(s):
    return bytes(int(x, 16) for x in s.split(":"))


def csum(b):
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack("!%dH" % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def tx_ns(v):
    now = time.clock_gettime_ns(time.CLOCK_REALTIME)
    if v == "now":
        return now
    if v == "future":
        return now + 3600 * 10**9
    if v == "ancient":
        return 1
    return int(v)


def frame(a, spec, seq):
    plen = spec.get("payload", 64)
    magic = spec.get("magic", "PKTB").encode()
    hdr = struct.pack("!4sHHIIQQ", magic, spec.get("ver", 1),
                      spec.get("stream", 0), spec.get("run", 1), 0,
                      seq, tx_ns(spec.get("tx", "now")))
    payload = (hdr + bytes((0xA5 ^ i) & 0xFF for i in range(32, max(plen, 32))))[:plen]
    udp = struct.pack("!HHHH", 10000, spec.get("dport", a["port"]),
                      8 + len(payload), 0) + payload
    total = spec.get("ip_len", 20 + len(udp))
    dip = socket.inet_aton(spec.get("dip", a["dip"]))
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, total, 0, 0x4000, 64, 17, 0,
                     socket.inet_aton(a["sip"]), dip)
    c = csum(ip)
    if spec.get("bad_csum"):
        c ^= 0x5555
    ip = ip[:10] + struct.pack("!H", c) + ip[12:]
    eth = mac(spec.get("dmac", a["dmac"])) + mac(a["smac"]) + b"\x08\x00"
    return eth + ip + udp


def main():
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    a = dict(zip(("ifname", "smac", "dmac", "sip", "dip", "port"), sys.argv[1:]))
    a["port"] = int(a["port"])
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
    s.bind((a["ifname"], 0))
    sent = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        spec = json.loads(line)
        seqs = spec.get("seq", 0)
        if not isinstance(seqs, list):
            seqs = [seqs]
        for _ in range(spec.get("n", 1)):
            for q in seqs:
                s.send(frame(a, spec, q))
                sent += 1
                # a veth queue of 1000 frames: stay well below it
                if sent % 100 == 0:
                    time.sleep(0.01)
    print(sent)


main()
