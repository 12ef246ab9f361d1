# Where the packets of one run died: the join of both sides' drop counters.
#
#   printf '{"rx":%s,"tx":%s}' "$rx" "$tx" |
#           jq -c -f "$PKTBENCH_ROOT/scripts/sweep/drops.jq"
#
# rx and tx are pktrecv's and pktsend's JSON results.  Out, one object:
#   {"lost": sent - unique (>= 0),
#    "places": {sender, tx_if, qdisc, backlog, rx_if, udp_rcvbuf, ring, xdp},
#    "attributed": the places summed, "unattributed": lost - attributed
#    (>= 0), "over": what the places count beyond lost (>= 0),
#    "largest": the place with the most (a tie: the one checked first,
#    sender .. xdp, then backlog), or "none"}
# A counter a program could not read (null) or a result without it counts
# 0.  README, "Where packets die", says what each place is.
#
# Each packet is counted once:
# - sender: mmap frames the kernel refused after they counted as sent
#   (wrong_format).  send_errors and ring_full lose nothing: the loop
#   sends those packets again.
# - qdisc: the root qdisc's drops under a udp or mmsg sender (UDP without
#   IP_RECVERR reports the drop as a success).  An mmap sender's frame that
#   a qdisc drops goes back to SEND_REQUEST and leaves with the next kick
#   (measured: 3 qdisc drops, 0 lost), so under mmap the qdisc counts 0.
# - udp_rcvbuf, ring, xdp: the receiver's own counter (kernel_drops), by
#   its mode: udp/mmsg the socket's drops (SO_RXQ_OVFL and SO_MEMINFO),
#   which are the same packets as the namespace's RcvbufErrors
#   (udp_rcvbuf_errors, measured equal on 6.18): counted once, from the
#   socket; mmap tp_drops; xdp rx_dropped + rx_ring_full.  The ring sits
#   in front of the stack, so a mmap or xdp receiver's namespace
#   RcvbufErrors are not its packets.
# - rx_if, tx_if, backlog: on veth one drop can show in three places: a
#   full per-CPU backlog (enqueue_to_backlog) counts it in softnet_stat,
#   in the rx_dropped of the receiving device and, through the failed
#   netif_rx, in the tx_dropped of the sending veth.  So rx_if counts in
#   full, tx_if only what it has beyond rx_if, and backlog (host-wide,
#   other namespaces' drops too) only what it has beyond both, and never
#   more than the loss the other places left.
# - rx_if under an xdp receiver: a frame the program redirects but the
#   socket cannot take (fill ring empty, RX ring full) is counted by
#   AF_XDP (xdp) and, on a veth with the program native, in the veth's
#   rx_dropped too (measured on 6.18: xdp_rx_dropped = if_rx_dropped =
#   5523 in one trial).  So rx_if counts only what it has beyond xdp.
def v: if type == "number" then . else 0 end;
def pos: if . > 0 then . else 0 end;

.rx.stats as $r | .tx.stats as $t
| (.rx.config.mode // "") as $rm | (.tx.config.mode // "") as $tm
| (($t.sent | v) - ($r.unique | v) | pos) as $lost
| ($r.if_rx_dropped | v) as $rx_if
| (($t.if_tx_dropped | v) - $rx_if | pos) as $tx_if
| (if $rm == "xdp"
   then ($r.xdp_rx_dropped | v) + ($r.xdp_rx_ring_full | v)
   else 0 end) as $xdp
| {
    sender: ($t.wrong_format | v),
    tx_if: $tx_if,
    qdisc: (if $tm == "mmap" then 0 else $t.qdisc_drops | v end),
    rx_if: ($rx_if - $xdp | pos),
    udp_rcvbuf: (if $rm == "udp" or $rm == "mmsg"
                 then $r.kernel_drops | v else 0 end),
    ring: (if $rm == "mmap" then $r.kernel_drops | v else 0 end),
    xdp: $xdp
  } as $p
| ([$p[]] | add) as $sum
| (($r.backlog_drops | v) - $rx_if - $tx_if | pos) as $bl
| ([$bl, ($lost - $sum | pos)] | min) as $backlog
| ($p + {backlog: $backlog}) as $places
| ($sum + $backlog) as $attr
| {
    lost: $lost,
    places: ($places | {sender, tx_if, qdisc, backlog, rx_if, udp_rcvbuf,
                        ring, xdp}),
    attributed: $attr,
    unattributed: ($lost - $attr | pos),
    over: ($attr - $lost | pos),
    # a tie goes to the place listed first: the host-wide backlog last
    largest: (reduce ($places | to_entries[]) as $e (null;
                if . == null or $e.value > .value then $e else . end)
              | if .value > 0 then .key else "none" end)
  }
