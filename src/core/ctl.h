/* SPDX-License-Identifier: MIT */
#ifndef PKT_CTL_H
#define PKT_CTL_H

/*
 * The control channel between `pktsend --connect` and `pktrecv --server`
 * (docs/protocol.md): one TCP connection, line-delimited flat JSON
 * objects, each at most CTL_MSG_MAX bytes with its '\n'.
 */
#include <netinet/in.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "cfg.h"
#include "emit.h"

#define CTL_VERSION	2	/* what this side speaks */
#define CTL_VERSION_MIN	1	/* the oldest it still serves */
#define CTL_MSG_MAX	8192	/* one message line, '\n' included */
#define CTL_KEYS_MAX	32
#define CTL_KEY_MAX	31
#define CTL_DEPTH_MAX	3	/* nesting of an embedded result record */
#define CTL_IO_MS	5000	/* any one control read or write */

enum ctl_type {
	CTL_STR,
	CTL_NUM,	/* an unsigned decimal integer, kept as its text */
};

struct ctl_kv {
	const char *key;
	const char *val;
	enum ctl_type type;
};

/* A parsed message; keys and values point into buf. */
struct ctl_msg {
	unsigned n;
	struct ctl_kv kv[CTL_KEYS_MAX];
	char buf[CTL_MSG_MAX];
};

/*
 * Parses one line (without its '\n') holding a flat JSON object whose
 * values are strings or unsigned integers.  Keys are [a-z0-9_-], at most
 * CTL_KEY_MAX long, each once.  Strings hold printable ASCII after
 * unescaping.  Returns 0 or -EINVAL (-E2BIG: too long or too many keys).
 */
int ctl_msg_parse(struct ctl_msg *m, const char *s, size_t len);
const char *ctl_msg_get(const struct ctl_msg *m, const char *key);
/* A CTL_NUM value within [0, max]: 0, -ENOENT or -EINVAL. */
int ctl_msg_u64(const struct ctl_msg *m, const char *key, uint64_t max,
		uint64_t *v);
/*
 * Checks "pktbench" within CTL_VERSION_MIN..CTL_VERSION and "type" ==
 * type; 0 or -EPROTO.
 */
int ctl_msg_expect(const struct ctl_msg *m, const char *type, char *err,
		   size_t errlen);

/*
 * The hello: a "run" request's "pktbench" is the session's version
 * (negotiation is the client's pick, within CTL_VERSION_MIN..CTL_VERSION;
 * the server answers in it).  A key that only a later version knows
 * ("interval": 2) is refused by name in an earlier one.  0 and *ver, or
 * -EPROTO with the reason in err.
 */
int ctl_negotiate(const struct ctl_msg *m, unsigned *ver, char *err,
		  size_t errlen);

/* Builds one message: {"pktbench":VER,"type":"T",...}\n. */
struct ctl_out {
	size_t len;
	int overflow;
	char buf[CTL_MSG_MAX];
};

void ctl_out_init(struct ctl_out *o, const char *type);	/* CTL_VERSION */
void ctl_out_init_v(struct ctl_out *o, unsigned ver, const char *type);
void ctl_out_str(struct ctl_out *o, const char *key, const char *val);
void ctl_out_u64(struct ctl_out *o, const char *key, uint64_t v);
/* Closes the object; 0 or -E2BIG if it did not fit. */
int ctl_out_end(struct ctl_out *o);

/*
 * Is s[0..len) exactly one JSON object (nested at most CTL_DEPTH_MAX
 * deep, printable ASCII strings)?  0 or -EINVAL.  The client checks a
 * server's result record with it before printing it as part of its own.
 */
int ctl_json_check(const char *s, size_t len);

/* Token comparison whose time does not depend on where they differ. */
int ctl_token_eq(const char *a, const char *b);

/*
 * The authentication step of a request: a "run" message (else -EPROTO)
 * carrying token when token is not empty (else -EACCES); the reason in
 * err.  The server backs off failures before it calls this (ctl_gate).
 */
int ctl_auth(const struct ctl_msg *m, const char *token, char *err,
	     size_t len);

/*
 * The token from --token-file FILE, else PKT_TOKEN, else --token (argv,
 * which every local user can read in /proc/PID/cmdline: *argv_warn is set
 * then).  0, or -EINVAL with the reason in err.
 */
int ctl_token_load(struct cfg *c, int *argv_warn, char *err, size_t len);

/*
 * Peer text for a terminal or a log line: printable ASCII stays, a
 * backslash becomes \\, \n \r \t stay readable as such, every other
 * byte is \xHH.  At most cap - 1 bytes are written; what does not fit is
 * cut and the cut marked "...".  Returns the length written.  cap >= 4.
 */
#define CTL_ESC_MAX	300	/* what the programs print of one peer text */
size_t ctl_escape(char *dst, size_t cap, const char *src);

/*
 * The server's verdict mapped onto pktsend's documented exit codes:
 * 0, 1, 2 and 4 stay; anything else is 1.
 */
int ctl_verdict(uint64_t code);

/*
 * Failure back-off for token checks (one per peer address, one for all):
 * the first `free` failures cost nothing, then each failure blocks for
 * base_ms, doubling up to max_ms.  A gate with no failure for
 * CTL_GATE_QUIET_MS starts over.
 */
#define CTL_GATE_QUIET_MS	60000
struct ctl_gate {
	unsigned fails;
	unsigned level;
	uint64_t until_ms;
	uint64_t last_ms;
};

/* 0: a request may be checked now; else the ms the block has left. */
uint64_t ctl_gate_left(const struct ctl_gate *g, uint64_t now_ms);
void ctl_gate_fail(struct ctl_gate *g, uint64_t now_ms, unsigned free,
		   uint64_t base_ms, uint64_t max_ms);

/*
 * Is a UDP socket (IPv4 or IPv6) bound to port in this network namespace
 * (/proc/net/udp, /proc/net/udp6)?  1 yes, 0 no, -errno unreadable.
 */
int ctl_udp_port_used(uint16_t port);
/* "LO-HI" or "PORT" into lo..hi; 0 or -EINVAL. */
int ctl_ports_parse(const char *s, uint16_t *lo, uint16_t *hi);

/* One end of a control connection: a socket and its unread bytes. */
struct ctl_conn {
	int fd;
	size_t len;
	char buf[CTL_MSG_MAX];
};

/*
 * Waits until fd is readable (POLLIN) or writable (POLLOUT) or timeout_ms
 * passed; while waiting, every connection on lfd (>= 0) is answered
 * "busy" and closed.  0, -ETIMEDOUT, -EINTR (stop set) or -errno.
 */
int ctl_wait(int fd, short ev, int timeout_ms, int lfd,
	     volatile sig_atomic_t *stop);
/*
 * Reads the next message line within timeout_ms.  -ECONNRESET: the peer
 * closed (a partial line included); -E2BIG: no '\n' within CTL_MSG_MAX;
 * -EINVAL: not a valid message; -ETIMEDOUT.
 */
int ctl_read(struct ctl_conn *cc, struct ctl_msg *m, int timeout_ms, int lfd,
	     volatile sig_atomic_t *stop);
/* Writes a whole message within timeout_ms; 0 or -errno. */
int ctl_send(int fd, const struct ctl_out *o, int timeout_ms);
/* Answers a connection that came while busy, without waiting for it. */
void ctl_refuse_busy(int lfd);

/*
 * The server's own checks of its command line (what --check runs too):
 * 0, or -EINVAL with the reason in err.
 */
int ctl_server_check(struct cfg *c, char *err, size_t len);

/*
 * pktrecv --server: serves runs until *stop; returns the exit code.
 * m: where runs publish their counters (--metrics), NULL for none.
 */
struct metrics;
int ctl_server_main(struct cfg *c, const struct opt *opts,
		    volatile sig_atomic_t *stop, struct metrics *m);

/* pktsend --connect: the client's state, from prepare to emit. */
struct ctl_client {
	struct ctl_conn conn;
	struct ctl_msg msg;
	struct ctl_out out;
	struct sockaddr_in addr;
	char host[256];
	int code;		/* the receiver's verdict */
	char rec[CTL_MSG_MAX];	/* the receiver's JSON record */
	int server_closed;	/* the server ended the connection mid-run */
	int have_msg;		/* ... and what it said is in msg */
	unsigned ver;		/* the session's version (the server's ready) */
	uint64_t intervals;	/* receiver interval records printed */
	char share[512];	/* --clients run: this client's share, JSON */
};

struct run_io;
struct tx_result;

/*
 * Before cfg_validate: checks --connect and the client options, resolves
 * HOST (retrying while the name is not yet known; with --check only an
 * address is taken, a name is not looked up), fills --dst if not given
 * and picks the run id.  0, or -EINVAL with a message in err.
 */
int ctl_client_prepare(struct ctl_client *cl, struct cfg *c, char *err,
		       size_t errlen);
/*
 * Connects, asks the server for a receiver, runs the TX loop once it
 * listens and collects the receiver's result.  0 or -errno (message in
 * io->err); the receiver's own verdict is ctl_client_code().
 */
int ctl_client_run(struct ctl_client *cl, const struct cfg *c,
		   const struct run_io *io, struct tx_result *r);
int ctl_client_code(const struct ctl_client *cl);
/* {"schema_version":..,"type":"result","sender":{..},"receiver":{..}} */
int ctl_client_emit(FILE *fp, const struct ctl_client *cl,
		    const struct record *sender);
void ctl_client_close(struct ctl_client *cl);

#endif
