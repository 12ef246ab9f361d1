// SPDX-License-Identifier: MIT
/* pktsend --connect: ask a pktrecv --server for a receiver, send, collect. */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "../be/backend.h"
#include "ctl.h"
#include "log.h"
#include "run.h"

#define CLI_RESULT_MS	(CTL_IO_MS + 5000)	/* drain + record */
#define CLI_STOP_MS	CTL_IO_MS	/* after SIGINT/SIGTERM: done, result */

/* io->err from text that may hold the server's bytes: escaped, bounded. */
static void cli_err(const struct run_io *io, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void cli_err(const struct run_io *io, const char *fmt, ...)
{
	char raw[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(raw, sizeof(raw), fmt, ap);
	va_end(ap);
	ctl_escape(io->err, io->errlen < CTL_ESC_MAX ? io->errlen : CTL_ESC_MAX,
		   raw);
}

static void pause_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000 };

	nanosleep(&ts, NULL);
}

static int host_ok(const char *h)
{
	size_t n = strlen(h);

	if (!n || n > 253)
		return 0;
	for (; *h; h++)
		if (!((*h >= 'a' && *h <= 'z') || (*h >= 'A' && *h <= 'Z') ||
		      (*h >= '0' && *h <= '9') || *h == '.' || *h == '-' ||
		      *h == '_'))
			return 0;
	return 1;
}

/* HOST[:PORT] into cl->host and cl->addr.sin_port. */
static int cli_parse_target(struct ctl_client *cl, const struct cfg *c,
			    char *err, size_t len)
{
	const char *colon = strrchr(c->connect, ':');
	uint64_t port = 9001;

	snprintf(cl->host, sizeof(cl->host), "%.*s",
		 colon ? (int)(colon - c->connect) : (int)strlen(c->connect),
		 c->connect);
	if (!host_ok(cl->host) ||
	    (colon && units_parse(colon + 1, UNITS_PLAIN, 1, 65535, &port))) {
		snprintf(err, len,
			 "--connect '%s': accepted HOST[:PORT], HOST an IPv4 address or a name, PORT 1..65535",
			 c->connect);
		return -EINVAL;
	}
	cl->addr.sin_family = AF_INET;
	cl->addr.sin_port = htons((uint16_t)port);
	return 0;
}

/* Resolves the host, retrying while a container's name is not yet known. */
static int cli_resolve(struct ctl_client *cl, const struct cfg *c, char *err,
		       size_t len)
{
	struct addrinfo hints = { .ai_family = AF_INET,
				  .ai_socktype = SOCK_STREAM };
	uint64_t end = time_mono_ns() + c->connect_timeout_ns;
	struct addrinfo *ai = NULL;
	int ret;

	if (inet_pton(AF_INET, cl->host, &cl->addr.sin_addr) == 1)
		return 0;
	if (c->check)
		return 0;	/* --check: a name is syntax only, no lookup */
	while ((ret = getaddrinfo(cl->host, NULL, &hints, &ai)) &&
	       time_mono_ns() < end)
		pause_ms(250);
	if (ret) {
		/* what failed, in words: EAI_AGAIN is a silent DNS server */
		snprintf(err, len,
			 "--connect %s: no IPv4 address after %.0f s (--connect-timeout): %s",
			 cl->host, c->connect_timeout_ns / 1e9,
			 ret == EAI_AGAIN ? "the DNS server did not answer" :
			 ret == EAI_NONAME ? "no such name" :
					     gai_strerror(ret));
		return -EINVAL;
	}
	cl->addr.sin_addr = ((struct sockaddr_in *)ai->ai_addr)->sin_addr;
	freeaddrinfo(ai);
	return 0;
}

int ctl_client_prepare(struct ctl_client *cl, struct cfg *c, char *err,
		       size_t errlen)
{
	uint32_t id = 0;
	int ret, warn;

	memset(cl, 0, sizeof(*cl));
	cl->conn.fd = -1;
	if (c->format != OUT_JSON && c->format != OUT_JSONL) {
		snprintf(err, errlen,
			 "--format: --connect prints JSON lines (intervals of both sides, then one result holding both); accepted json, jsonl");
		return -EINVAL;
	}
	ret = ctl_token_load(c, &warn, err, errlen);
	if (ret)
		return ret;
	if (warn)
		pkt_log(LOG_WARN,
			"--token on the command line can be read by every local user (/proc/PID/cmdline); use --token-file FILE or PKT_TOKEN");
	ret = cli_parse_target(cl, c, err, errlen);
	if (!ret)
		ret = cli_resolve(cl, c, err, errlen);
	if (ret)
		return ret;
	if (!c->dst_ip)
		c->dst_ip = cl->addr.sin_addr.s_addr;	/* 0: --check, a name */
	/* the receiver counts only this run: both sides must know it */
	while (!c->run_id && !id) {
		if (getrandom(&id, sizeof(id), 0) < 0 && errno != EINTR)
			id = (uint32_t)time_real_ns() | 1;
		c->run_id = id;
	}
	return 0;
}

/* One connect attempt, bounded by timeout_ms. */
static int cli_connect_once(struct ctl_client *cl, int timeout_ms)
{
	int fd, err = 0;
	socklen_t elen = sizeof(err);

	fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	if (connect(fd, (struct sockaddr *)&cl->addr, sizeof(cl->addr)) &&
	    errno != EINPROGRESS) {
		err = errno;
	} else {
		err = ctl_wait(fd, POLLOUT, timeout_ms, -1, NULL);
		if (!err && getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &elen))
			err = errno;
		err = err < 0 ? -err : err;
	}
	if (err) {
		close(fd);
		return -err;
	}
	cl->conn.fd = fd;
	return 0;
}

static int cli_connect(struct ctl_client *cl, const struct cfg *c,
		       const struct run_io *io)
{
	uint64_t end = time_mono_ns() + c->connect_timeout_ns;
	int ret;

	/* a receiver container may come up after us: keep trying */
	while ((ret = cli_connect_once(cl, 1000)) && !*io->stop &&
	       time_mono_ns() < end)
		pause_ms(200);
	if (ret)
		snprintf(io->err, io->errlen, "--connect %s: %s", c->connect,
			 strerror(-ret));
	return ret;
}

static void cli_request(struct ctl_client *cl, const struct cfg *c)
{
	char dur[32];

	ctl_out_init(&cl->out, "run");
	if (c->token[0])
		ctl_out_str(&cl->out, "token", c->token);
	ctl_out_str(&cl->out, "mode", c->rx_be ? c->rx_be->name : "udp");
	ctl_out_u64(&cl->out, "port", c->dport);
	ctl_out_u64(&cl->out, "threads", c->rx_threads);
	ctl_out_u64(&cl->out, "run-id", c->run_id);
	if (c->count)
		ctl_out_u64(&cl->out, "count", c->count);
	if (c->duration_ns) {
		snprintf(dur, sizeof(dur), "%lluns",
			 (unsigned long long)c->duration_ns);
		ctl_out_str(&cl->out, "duration", dur);
	}
	/* version 2: a --clients server gives each thread its stream id */
	ctl_out_u64(&cl->out, "streams", c->threads);
	if (c->interval_ns) {
		/* version 2: the receiver's interval records come back */
		snprintf(dur, sizeof(dur), "%lluns",
			 (unsigned long long)c->interval_ns);
		ctl_out_str(&cl->out, "interval", dur);
	}
	ctl_out_end(&cl->out);
}

/* A refusal or error message from the server, as -errno + text. */
static int cli_refused(struct ctl_client *cl, const struct run_io *io)
{
	const char *t = ctl_msg_get(&cl->msg, "type");
	const char *e = ctl_msg_get(&cl->msg, "error");
	uint64_t code = 1;

	ctl_msg_u64(&cl->msg, "code", 255, &code);
	cli_err(io, "server %s: %s: %s", cl->host, t ? t : "?",
		e ? e : "(no reason given)");
	if (t && !strcmp(t, "busy"))
		return -EBUSY;
	if (t && !strcmp(t, "denied"))
		return -EACCES;
	return code == 2 ? -EINVAL : -EPROTO;
}

/*
 * An "interval" message: the receiver's record, checked, printed as one
 * line among the sender's own (the lock keeps lines whole).  0 or
 * -EPROTO.
 */
static int cli_interval(struct ctl_client *cl, const struct run_io *io)
{
	const char *rec = ctl_msg_get(&cl->msg, "record");

	if (!rec || ctl_json_check(rec, strlen(rec)))
		return -EPROTO;
	if (!io->out)
		return 0;	/* another client of the run asked for them */
	flockfile(io->out);
	fprintf(io->out, "%s\n", rec);
	fflush(io->out);
	funlockfile(io->out);
	cl->intervals++;
	return 0;
}

static int cli_check(struct ctl_client *cl, const struct run_io *io,
		     const char *type);

static int cli_is(const struct ctl_msg *m, const char *type)
{
	const char *t = ctl_msg_get(m, "type");

	return t && !strcmp(t, type);
}

/*
 * The next message of type `type`, within timeout_ms.  give_up, if set,
 * ends the wait early: the wait goes on in short slices so that it is
 * seen.
 */
static int cli_read_until(struct ctl_client *cl, const struct run_io *io,
			  int timeout_ms, const char *type,
			  volatile sig_atomic_t *give_up)
{
	uint64_t t, end0 = time_mono_ns() / 1000000 + (uint64_t)timeout_ms;
	int ret;

again:
	/* interval records before the message count against its time */
	t = time_mono_ns() / 1000000;
	timeout_ms = t < end0 ? (int)(end0 - t) : 0;
	if (!give_up) {
		ret = ctl_read(&cl->conn, &cl->msg, timeout_ms, -1, io->stop);
	} else {
		uint64_t end = time_mono_ns() / 1000000 + (uint64_t)timeout_ms;

		for (;;) {
			uint64_t now = time_mono_ns() / 1000000;

			if (*give_up >= 2) {
				ret = -EINTR;
				break;
			}
			/* a first signal meanwhile: only a short wait more */
			if (*give_up && end > now + CLI_STOP_MS)
				end = now + CLI_STOP_MS;
			if (now >= end) {
				ret = -ETIMEDOUT;
				break;
			}
			/* the bytes of a partial line stay in cl->conn */
			ret = ctl_read(&cl->conn, &cl->msg,
				       end - now < 200 ? (int)(end - now) : 200,
				       -1, NULL);
			if (ret != -ETIMEDOUT)
				break;
		}
	}
	if (ret) {
		snprintf(io->err, io->errlen, "server %s: %s", cl->host,
			 ret == -ECONNRESET ? "closed the connection" :
			 ret == -ETIMEDOUT ? "no answer in time" :
			 ret == -EINTR ? "interrupted" :
					 "sent something that is not a control message");
		return -EPROTO;
	}
	/* interval records the server still had come before the result */
	if (cl->ver >= 2 && strcmp(type, "interval") &&
	    cli_is(&cl->msg, "interval") && !cli_interval(cl, io))
		goto again;
	/* a --clients server: the run starts when the others have joined */
	if (!strcmp(type, "ready") && cli_is(&cl->msg, "joined") &&
	    !ctl_msg_expect(&cl->msg, "joined", io->err, io->errlen)) {
		uint64_t wait = 0;

		ctl_msg_u64(&cl->msg, "wait_ms", 3600000, &wait);
		end0 = time_mono_ns() / 1000000 + wait + CTL_IO_MS;
		goto again;
	}
	return cli_check(cl, io, type);
}

/* Is the message in cl->msg of type `type`?  Else why not, in io->err. */
static int cli_check(struct ctl_client *cl, const struct run_io *io,
		     const char *type)
{
	char why[160];
	const char *t;

	t = ctl_msg_get(&cl->msg, "type");
	if (t && strcmp(t, type) &&
	    (!strcmp(t, "busy") || !strcmp(t, "denied") ||
	     !strcmp(t, "error")))
		return cli_refused(cl, io);
	if (ctl_msg_expect(&cl->msg, type, why, sizeof(why))) {
		cli_err(io, "server %s: %s", cl->host, why);
		return -EPROTO;
	}
	return 0;
}

static int cli_read(struct ctl_client *cl, const struct run_io *io,
		    int timeout_ms, const char *type)
{
	return cli_read_until(cl, io, timeout_ms, type, NULL);
}

/* The "result" message: the receiver's verdict and its record. */
static int cli_result(struct ctl_client *cl, const struct run_io *io)
{
	const char *rec = ctl_msg_get(&cl->msg, "record");
	const char *e = ctl_msg_get(&cl->msg, "error");
	uint64_t code;

	if (ctl_msg_u64(&cl->msg, "code", UINT64_MAX, &code) || !rec ||
	    ctl_json_check(rec, strlen(rec))) {
		snprintf(io->err, io->errlen,
			 "server %s: a result without a valid record",
			 cl->host);
		return -EPROTO;
	}
	/* only the documented codes: a server's number is not our exit */
	cl->code = ctl_verdict(code);
	snprintf(cl->rec, sizeof(cl->rec), "%s", rec);
	/* a run of many senders: this client's share of it */
	rec = ctl_msg_get(&cl->msg, "share");
	cl->share[0] = '\0';
	if (rec && !ctl_json_check(rec, strlen(rec)))
		snprintf(cl->share, sizeof(cl->share), "%s", rec);
	if (code && e && *e)
		cli_err(io, "receiver: %s", e);
	else if (code)
		cli_err(io, "receiver: failed without a reason");
	if ((uint64_t)cl->code != code)
		cli_err(io, "receiver: the server sent exit code %llu (taken as 1): %s",
			(unsigned long long)code, e ? e : "");
	return 0;
}

/*
 * Watches the control connection while the TX loop runs: the loop's stop
 * flag is this one's, set by the program's signal flag or as soon as the
 * server closes the connection or says anything but an interval record
 * (mid-run that is an error; the message stays in cl->msg).
 */
struct cli_watch {
	struct ctl_client *cl;
	const struct run_io *io;
	volatile sig_atomic_t *outer;
	volatile sig_atomic_t stop;
	volatile sig_atomic_t quit;
	int closed;
	int have_msg;		/* cl->msg holds what the server said */
};

static void *cli_watch_main(void *arg)
{
	struct cli_watch *w = arg;
	struct ctl_client *cl = w->cl;

	while (!w->quit) {
		struct pollfd p = { cl->conn.fd, POLLIN | POLLRDHUP, 0 };
		int ret;

		if (*w->outer)
			w->stop = 1;
		if (poll(&p, 1, 20) <= 0 || !p.revents)
			continue;
		if (cl->ver < 2) {
			w->closed = 1;	/* version 1 says nothing mid-run */
			break;
		}
		/* a partial line stays buffered for the next turn */
		ret = ctl_read(&cl->conn, &cl->msg, 20, -1, NULL);
		if (ret == -ETIMEDOUT)
			continue;
		if (!ret && cli_is(&cl->msg, "interval") &&
		    !cli_interval(cl, w->io))
			continue;
		w->closed = 1;
		w->have_msg = !ret;
		break;
	}
	if (w->closed)
		w->stop = 1;
	return NULL;
}

static int cli_tx(struct ctl_client *cl, const struct cfg *tc,
		  const struct run_io *io, struct tx_result *r)
{
	struct cli_watch w = { .cl = cl, .io = io, .outer = io->stop };
	struct run_io tio = *io;
	pthread_t tid;
	int ret;

	tio.stop = &w.stop;
	if (pthread_create(&tid, NULL, cli_watch_main, &w))
		return run_tx(tc, io, r);	/* unwatched, as before */
	ret = run_tx(tc, &tio, r);
	w.quit = 1;
	pthread_join(tid, NULL);
	cl->server_closed = w.closed;
	cl->have_msg = w.have_msg;
	return ret;
}

int ctl_client_run(struct ctl_client *cl, const struct cfg *c,
		   const struct run_io *io, struct tx_result *r)
{
	struct cfg tc = *c;
	uint64_t cap, ver = CTL_VERSION_MIN, id = 0, base = 0;
	int ret;

	memset(r, 0, sizeof(*r));
	ret = cli_connect(cl, c, io);
	if (ret)
		return ret;
	cli_request(cl, c);
	ret = ctl_send(cl->conn.fd, &cl->out, CTL_IO_MS);
	if (ret) {
		snprintf(io->err, io->errlen, "server %s: %s", cl->host,
			 strerror(-ret));
		return ret;
	}
	ret = cli_read(cl, io, 2 * CTL_IO_MS, "ready");
	if (ret)
		return ret;
	ctl_msg_u64(&cl->msg, "pktbench", CTL_VERSION, &ver);
	cl->ver = (unsigned)ver;
	/* one run of many senders: its run id, this client's stream ids */
	if (!ctl_msg_u64(&cl->msg, "run_id", 0xffffffffu, &id) && id) {
		if (ctl_msg_u64(&cl->msg, "stream",
				PKT_MAX_STREAMS - tc.threads, &base)) {
			snprintf(io->err, io->errlen,
				 "server %s: a run id without a stream id in 0..%llu for %llu threads",
				 cl->host,
				 (unsigned long long)(PKT_MAX_STREAMS - tc.threads),
				 (unsigned long long)tc.threads);
			return -EPROTO;
		}
		tc.run_id = id;
		tc.stream_base = base;
	}
	/* never send longer than the receiver listens */
	if (!ctl_msg_u64(&cl->msg, "duration_ns", UINT64_MAX, &cap) && cap &&
	    (!tc.duration_ns || tc.duration_ns > cap))
		tc.duration_ns = cap;
	ret = cli_tx(cl, &tc, io, r);
	if (cl->server_closed) {
		/* what it said, if anything, else that it closed */
		if ((cl->have_msg ? cli_check(cl, io, "result") :
				    cli_read(cl, io, 200, "result")) ||
		    cli_result(cl, io)) {
			char why[CTL_ESC_MAX];	/* escaped already */

			snprintf(why, sizeof(why), "%s", io->err);
			snprintf(io->err, io->errlen,
				 "server %s: ended the run; stopped sending after %llu packets (%s)",
				 cl->host, (unsigned long long)r->sent, why);
		}
		return cl->rec[0] ? ret : -EPROTO;
	}
	if (ret && !r->sent)
		return ret;	/* closing tells the server: it ends the run */
	/*
	 * After SIGINT/SIGTERM the run is still finished properly: "done",
	 * then the result, within CLI_STOP_MS.  A second signal gives up.
	 */
	ctl_out_init(&cl->out, "done");
	ctl_out_u64(&cl->out, "sent", r->sent);
	ctl_out_end(&cl->out);
	if (ctl_send(cl->conn.fd, &cl->out, CTL_IO_MS) ||
	    cli_read_until(cl, io, *io->stop ? CLI_STOP_MS : CLI_RESULT_MS,
			   "result", io->stop) ||
	    cli_result(cl, io)) {
		if (!io->err[0])
			snprintf(io->err, io->errlen,
				 "server %s: no result", cl->host);
		return ret ? ret : -EPROTO;
	}
	return ret;
}

int ctl_client_code(const struct ctl_client *cl)
{
	return cl->code;
}

int ctl_client_emit(FILE *fp, const struct ctl_client *cl,
		    const struct record *sender)
{
	char buf[CTL_MSG_MAX];
	FILE *mf;
	int ret;

	mf = fmemopen(buf, sizeof(buf), "w");
	if (!mf)
		return -ENOMEM;
	ret = emit_json(mf, sender);
	if (fputc('\0', mf) == EOF)
		ret = -E2BIG;
	fclose(mf);
	if (ret)
		return ret;
	buf[strcspn(buf, "\n")] = '\0';
	fprintf(fp, "{\"schema_version\":%d,\"type\":\"result\",\"program\":\"pktsend\",\"sender\":%s,\"receiver\":%s%s%s}\n",
		PKT_SCHEMA_VERSION, buf, cl->rec[0] ? cl->rec : "null",
		cl->share[0] ? ",\"share\":" : "", cl->share);
	return ferror(fp) ? -EIO : 0;
}

void ctl_client_close(struct ctl_client *cl)
{
	if (cl->conn.fd >= 0)
		close(cl->conn.fd);
	cl->conn.fd = -1;
}
