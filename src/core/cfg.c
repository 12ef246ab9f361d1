// SPDX-License-Identifier: MIT
/* Option table parsing and whole-config validation. */
#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <net/if.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "../be/backend.h"
#include "cfg.h"
#include "frame.h"
#include "netdev.h"
#include "priv.h"

void cfg_defaults(struct cfg *c, enum prog_role role)
{
	memset(c, 0, sizeof(*c));
	c->role = role;
	c->be = &be_udp;
	c->dport = 9000;
	c->sport = 10000;
	c->flows = 1;
	c->size = 64;
	c->batch = 64;
	c->vlan = VLAN_NONE;
	c->threads = 1;
	c->ring_frames = 4096;
	c->frame_size = 2048;
	c->ring_blocks = 64;
	c->block_size = 1u << 20;
	c->rcvbuf = 16u << 20;
	c->xdp_frames = 32768;	/* XSK_FRAMES_DEFAULT: 20 ms at 1.5 Mpps */
	c->format = OUT_JSON;
	c->control_port = 9001;
	c->max_duration_ns = 60ull * 1000000000;
	c->max_threads = 4;
	c->clients = 1;
	c->join_timeout_ns = 30ull * 1000000000;
	c->connect_timeout_ns = 30ull * 1000000000;
	c->rx_threads = 1;
}

int cfg_fail(char *err, size_t len, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, len, fmt, ap);
	va_end(ap);
	return -EINVAL;
}

static const char *const format_names[] = { "json", "csv", "text",
					     "jsonl" };

static int parse_mac(const char *s, uint8_t mac[6])
{
	unsigned v[6];
	char tail;

	if (strlen(s) != 17 ||
	    sscanf(s, "%2x:%2x:%2x:%2x:%2x:%2x%c", &v[0], &v[1], &v[2], &v[3],
		   &v[4], &v[5], &tail) != 6)
		return -EINVAL;
	for (int i = 0; i < 6; i++) {
		if (s[i * 3] == '+' || s[i * 3] == '-' || s[i * 3] == ' ' ||
		    s[i * 3 + 1] == ' ')
			return -EINVAL;
		mac[i] = (uint8_t)v[i];
	}
	return 0;
}

/* A range bound in the option's own unit: durations as 10ms or 24h. */
static const char *fmt_bound(char *buf, size_t len, enum units_kind kind,
			     uint64_t v)
{
	static const struct {
		uint64_t ns;
		const char *unit;
	} t[] = { { 3600000000000ull, "h" }, { 1000000000ull, "s" },
		  { 1000000ull, "ms" }, { 1000ull, "us" }, { 1, "ns" } };

	if (kind == UNITS_NSEC) {
		for (unsigned i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
			if (v && v % t[i].ns == 0) {
				snprintf(buf, len, "%llu%s",
					 (unsigned long long)(v / t[i].ns),
					 t[i].unit);
				return buf;
			}
		}
	}
	snprintf(buf, len, "%llu", (unsigned long long)v);
	return buf;
}

static int opt_set(struct cfg *c, const struct opt *o, const char *arg,
		   char *err, size_t len)
{
	char *field = (char *)c + o->off;
	uint64_t v;
	int ret;

	switch (o->type) {
	case OPT_FLAG:
		*(int *)field = 1;
		return 0;
	case OPT_SIZE:
		if (!strcmp(arg, "imix")) {
			c->imix = 1;
			*(uint64_t *)field = IMIX_PAYLOAD_MAX;
			return 0;
		}
		c->imix = 0;
		/* bytes, as OPT_U64 */
		/* fall through */
	case OPT_U64:
	case OPT_U16:
		ret = units_parse(arg, o->kind, o->min, o->max, &v);
		if (ret) {
			char lo[32], hi[32];

			return cfg_fail(err, len,
				    "--%s '%s': %s; accepted %s..%s: %s",
				    o->name, arg,
				    ret == -ERANGE ? "out of range" :
						     "not a valid number",
				    fmt_bound(lo, sizeof(lo), o->kind, o->min),
				    fmt_bound(hi, sizeof(hi), o->kind, o->max),
				    o->help);
		}
		if (o->type == OPT_U16)
			*(uint16_t *)field = (uint16_t)v;
		else
			*(uint64_t *)field = v;
		return 0;
	case OPT_MODE: {
		const struct pkt_backend *be = backend_find(arg);
		char names[128];

		if (!be)
			return cfg_fail(err, len,
				    "--%s '%s': unknown mode; accepted %s",
				    o->name, arg,
				    backend_names(names, sizeof(names), NULL));
		*(const struct pkt_backend **)field = be;
		return 0;
	}
	case OPT_MODES: {
		/* a comma-separated list of backends, each once */
		uint32_t set = 0;
		char names[128], one[32];
		const char *p = arg, *e;

		for (; *arg; p = e + 1) {
			const struct pkt_backend *be;
			unsigned i = 0;

			e = strchr(p, ',');
			if (!e)
				e = p + strlen(p);
			snprintf(one, sizeof(one), "%.*s",
				 (int)(e - p < 31 ? e - p : 31), p);
			be = backend_find(one);
			while (be && pkt_backends[i] != be)
				i++;
			if (!be || (set & (1u << i)))
				return cfg_fail(err, len,
					    "--%s '%s': %s mode '%s'; accepted a comma-separated list of %s, each once",
					    o->name, arg,
					    be ? "repeated" : "unknown", one,
					    backend_names(names, sizeof(names),
							  NULL));
			set |= 1u << i;
			if (!*e)
				break;
		}
		if (!set)
			return cfg_fail(err, len,
				    "--%s: empty; accepted a comma-separated list of %s",
				    o->name,
				    backend_names(names, sizeof(names), NULL));
		*(uint32_t *)field = set;
		return 0;
	}
	case OPT_IP4: {
		struct in_addr a;

		if (inet_pton(AF_INET, arg, &a) != 1)
			return cfg_fail(err, len,
				    "--%s '%s': not an IPv4 address; accepted a.b.c.d",
				    o->name, arg);
		memcpy(field, &a.s_addr, 4);
		return 0;
	}
	case OPT_MAC:
		if (parse_mac(arg, (uint8_t *)field))
			return cfg_fail(err, len,
				    "--%s '%s': not a MAC address; accepted xx:xx:xx:xx:xx:xx",
				    o->name, arg);
		c->have_dst_mac = 1;
		return 0;
	case OPT_IFNAME:
		if (!*arg || strlen(arg) >= IF_NAMESIZE || strchr(arg, '/') ||
		    strpbrk(arg, " \t"))
			return cfg_fail(err, len,
				    "--%s '%s': not an interface name; accepted 1..%d characters, no '/' or spaces",
				    o->name, arg, IF_NAMESIZE - 1);
		snprintf(field, IF_NAMESIZE, "%s", arg);
		return 0;
	case OPT_RATE:
		ret = units_parse_rate(arg, (struct rate *)field);
		if (ret)
			return cfg_fail(err, len,
				    "--%s '%s': %s; accepted 1k..400G bit/s (500M, 1.5G), 1..1Gpps (2Mpps), or 0/max for unlimited",
				    o->name, arg,
				    ret == -ERANGE ? "out of range" :
						     "not a rate");
		return 0;
	case OPT_FORMAT:
		for (unsigned i = 0; i < 4; i++) {
			if (!strcmp(arg, format_names[i])) {
				*(enum out_format *)field = (enum out_format)i;
				return 0;
			}
		}
		return cfg_fail(err, len,
			    "--%s '%s': unknown format; accepted json, csv, text, jsonl",
			    o->name, arg);
	case OPT_CHOICE: {
		/* the metavariable lists the choices: "auto|copy|zerocopy" */
		const char *p = o->arg;
		size_t n = strlen(arg);

		for (int i = 0; p && n && !strchr(arg, '|'); i++) {
			if (!strncmp(p, arg, n) && (p[n] == '|' || !p[n])) {
				*(int *)field = i;
				return 0;
			}
			p = strchr(p, '|');
			p = p ? p + 1 : NULL;
		}
		return cfg_fail(err, len, "--%s '%s': accepted %s", o->name, arg,
			    o->arg);
	}
	case OPT_CPUS:
		ret = cpu_list_parse(arg, (struct cpu_list *)field);
		if (ret == -EEXIST)
			return cfg_fail(err, len,
				    "--%s '%s': a CPU named twice; accepted each CPU once, one per thread",
				    o->name, arg);
		if (ret)
			return cfg_fail(err, len,
				    "--%s '%s': %s; accepted CPUs 0..%u and ascending ranges like 0,2-3, at most %u",
				    o->name, arg,
				    ret == -ERANGE ? "out of range" :
						     "not a CPU list",
				    CPU_ID_MAX, CPU_LIST_MAX);
		return 0;
	case OPT_PATH:
		/* every path field is a char[256] like output */
		if (!*arg || strlen(arg) >= sizeof(c->output))
			return cfg_fail(err, len,
				    "--%s: %s must be 1..%zu characters",
				    o->name, o->arg, sizeof(c->output) - 1);
		snprintf(field, sizeof(c->output), "%s", arg);
		return 0;
	}
	return cfg_fail(err, len, "--%s: internal error", o->name);
}

const struct opt *cfg_find(const struct opt *opts, const char *name)
{
	for (const struct opt *o = opts; o->name; o++)
		if (!strcmp(o->name, name))
			return o;
	return NULL;
}

static int opt_given(const struct cfg *c, const struct opt *opts,
		     const char *name)
{
	for (unsigned i = 0; opts[i].name; i++)
		if (!strcmp(opts[i].name, name))
			return !!(c->set & (1ull << i));
	return 0;
}

void cfg_usage(const struct opt *opts, const char *prog, const char *synopsis,
	       void *fp)
{
	char left[64], names[128];

	fprintf(fp, "usage: %s %s\n\noptions:\n", prog, synopsis);
	for (const struct opt *o = opts; o->name; o++) {
		if (o->hidden == OPT_HIDDEN)
			continue;
		if (o->key < 256)
			snprintf(left, sizeof(left), "-%c, --%s%s%s", o->key,
				 o->name, o->arg ? " " : "",
				 o->arg ? o->arg : "");
		else
			snprintf(left, sizeof(left), "    --%s%s%s", o->name,
				 o->arg ? " " : "", o->arg ? o->arg : "");
		if (o->type == OPT_MODE)
			/* the mode list comes from the backend table */
			fprintf(fp, "  %-26s %s: %s\n", left, o->help,
				backend_names(names, sizeof(names), NULL));
		else
			fprintf(fp, "  %-26s %s\n", left, o->help);
	}
	fprintf(fp, "  %-26s %s\n  %-26s %s\n", "-h, --help", "this text",
		"-V, --version", "print the version");
	fputs("\nexit codes: 0 ok, 1 runtime failure, 2 usage, 4 unsupported here (or a missing capability)\n",
	      fp);
}

#define MAX_OPTS 64

int cfg_parse(struct cfg *c, const struct opt *opts, int argc, char **argv,
	      char *err, size_t errlen)
{
	struct option lo[MAX_OPTS + 3];
	char so[3 * MAX_OPTS + 8] = ":";
	size_t sl = 1;
	unsigned n = 0;
	int ch, ret;
	const char *prog = c->role == ROLE_SEND ? "pktsend" : "pktrecv";
	const char *syn = c->role == ROLE_SEND ?
				  "--dst IP [options]" :
				  "[options]";

	for (const struct opt *o = opts; o->name && n < MAX_OPTS; o++, n++) {
		lo[n] = (struct option){ o->name,
					 o->type == OPT_FLAG ? no_argument :
							       required_argument,
					 NULL, o->key };
		if (o->key < 256) {
			so[sl++] = (char)o->key;
			if (o->type != OPT_FLAG)
				so[sl++] = ':';
		}
	}
	lo[n++] = (struct option){ "help", no_argument, NULL, 'h' };
	lo[n++] = (struct option){ "version", no_argument, NULL, 'V' };
	lo[n] = (struct option){ NULL, 0, NULL, 0 };
	memcpy(so + sl, "hV", 3);

	opterr = 0;
	/*
	 * 0, not 1: glibc and musl then also forget a position inside a
	 * cluster of short options left by an earlier call that failed.
	 */
	optind = 0;
	while ((ch = getopt_long(argc, argv, so, lo, NULL)) != -1) {
		const struct opt *o;
		unsigned i;

		if (ch == 'h') {
			cfg_usage(opts, prog, syn, stdout);
			return 1;
		}
		if (ch == 'V') {
			printf("%s %s\n", prog, PKT_VERSION_STR);
			return 1;
		}
		if (ch == '?') {
			if (optopt)
				return cfg_fail(err, errlen,
					    "unknown option '-%c'; see --help",
					    optopt);
			return cfg_fail(err, errlen,
				    "unknown option '%s'; see --help",
				    argv[optind - 1]);
		}
		if (ch == ':')
			return cfg_fail(err, errlen,
				    "option '%s' needs a value; see --help",
				    argv[optind - 1]);
		for (i = 0, o = opts; o->name && o->key != ch; o++, i++)
			;
		if (!o->name)
			return cfg_fail(err, errlen, "unknown option; see --help");
		ret = opt_set(c, o, optarg, err, errlen);
		if (ret)
			return ret;
		c->set |= 1ull << i;
	}
	if (optind < argc)
		return cfg_fail(err, errlen,
			    "unexpected argument '%s'; options take --name VALUE, see --help",
			    argv[optind]);
	return 0;
}

int cfg_set(struct cfg *c, const struct opt *opts, const char *name,
	    const char *val, char *err, size_t errlen)
{
	for (unsigned i = 0; opts[i].name; i++) {
		int ret;

		if (strcmp(opts[i].name, name))
			continue;
		if (opts[i].type == OPT_FLAG)
			return cfg_fail(err, errlen, "--%s takes no value", name);
		ret = opt_set(c, &opts[i], val, err, errlen);
		if (!ret)
			c->set |= 1ull << i;
		return ret;
	}
	cfg_fail(err, errlen, "unknown option '%s'", name);
	return -ENOENT;
}

/*
 * An option some backend claims (its .opts) is an error with any backend
 * that does not read it.
 */
static int cfg_check_be_opts(const struct cfg *c, const struct opt *opts,
			     char *err, size_t errlen)
{
	char names[128];

	for (unsigned i = 0; opts[i].name; i++) {
		if (!(c->set & (1ull << i)) ||
		    backend_has_opt(c->be, opts[i].name) ||
		    !*backend_names(names, sizeof(names), opts[i].name))
			continue;
		return cfg_fail(err, errlen,
			    "--%s applies only to --mode %s (mode is %s)",
			    opts[i].name, names, c->be->name);
	}
	return 0;
}

int cfg_opt_applies(const struct cfg *c, const char *name)
{
	char names[128];

	return backend_has_opt(c->be, name) ||
	       !*backend_names(names, sizeof(names), name);
}

/* MemAvailable from /proc/meminfo in bytes, 0 if unknown. */
static uint64_t mem_available(void)
{
	char line[128];
	uint64_t kb = 0;
	FILE *f = fopen("/proc/meminfo", "r");

	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f)) {
		unsigned long long v;

		if (sscanf(line, "MemAvailable: %llu kB", &v) == 1) {
			kb = v;
			break;
		}
	}
	fclose(f);
	return kb > UINT64_MAX / 1024 ? UINT64_MAX : kb * 1024;
}

static const char *fmt_bytes(char *buf, size_t len, uint64_t v)
{
	static const char *const unit[] = { "B", "KiB", "MiB", "GiB", "TiB" };
	double d = (double)v;
	unsigned i = 0;

	while (d >= 1024 && i < 4) {
		d /= 1024;
		i++;
	}
	snprintf(buf, len, "%.1f %s", d, unit[i]);
	return buf;
}

/*
 * The kernel pins ring memory at once; a ring the host cannot give makes
 * the OOM killer take other processes.  Size it before asking: the RX
 * default is 64 MiB spread over the threads (at least 8 blocks each), and
 * the whole product must stay under the cap.
 */
static int cfg_ring_check(struct cfg *c, const struct opt *opts, char *err,
			  size_t errlen)
{
	uint64_t cap = c->max_ring_mem, total, avail;
	char a[32], b[32], what[160];

	if (c->role == ROLE_RECV && !opt_given(c, opts, "ring-blocks")) {
		c->ring_blocks = 64 / c->threads;
		if (c->ring_blocks < 8)
			c->ring_blocks = 8;
	}
	if (!cap) {
		avail = mem_available();
		cap = avail ? avail / 4 : 1ull << 30;
	}
	if (c->be->mem) {
		total = c->be->mem(c, what, sizeof(what));
		if (total <= cap)
			return 0;
		return cfg_fail(err, errlen,
			    "%s = %s, above the cap of %s (%s; accepted up to the cap)",
			    what, fmt_bytes(a, sizeof(a), total),
			    fmt_bytes(b, sizeof(b), cap),
			    c->max_ring_mem ? "--max-ring-mem" :
					      "a quarter of MemAvailable; --max-ring-mem raises it");
	}
	if (c->role == ROLE_RECV) {
		total = c->ring_blocks * c->block_size * c->threads;
		if (total <= cap)
			return 0;
		return cfg_fail(err, errlen,
			    "--ring-blocks %llu x --block-size %llu x --threads %llu = %s of RX ring, above the cap of %s (%s; accepted up to the cap)",
			    (unsigned long long)c->ring_blocks,
			    (unsigned long long)c->block_size,
			    (unsigned long long)c->threads,
			    fmt_bytes(a, sizeof(a), total),
			    fmt_bytes(b, sizeof(b), cap),
			    c->max_ring_mem ? "--max-ring-mem" :
					      "a quarter of MemAvailable; --max-ring-mem raises it");
	}
	total = c->ring_frames * c->frame_size * c->threads;
	if (total <= cap)
		return 0;
	return cfg_fail(err, errlen,
		    "--ring-frames %llu x --frame-size %llu x --threads %llu = %s of TX ring, above the cap of %s (%s; accepted up to the cap)",
		    (unsigned long long)c->ring_frames,
		    (unsigned long long)c->frame_size,
		    (unsigned long long)c->threads,
		    fmt_bytes(a, sizeof(a), total),
		    fmt_bytes(b, sizeof(b), cap),
		    c->max_ring_mem ? "--max-ring-mem" :
				      "a quarter of MemAvailable; --max-ring-mem raises it");
}

/*
 * A payload that cannot fit the MTU is a usage error: found here, so that
 * --check shows it, with the message the backends would give when they
 * open (L2: the MTU of --interface; sockets: the path MTU of the route to
 * --dst, which sends nothing).  Unknown MTUs are left to the backends.
 */
static int cfg_mtu_check(const struct cfg *c, char *err, size_t errlen)
{
	uint64_t need = c->size + IP4_HDR_LEN + UDP_HDR_LEN;
	struct netdev_info ni;
	char where[64];
	int mtu;

	if (c->be->layer == PKT_LAYER_L2) {
		if (!c->ifname[0] || netdev_query(c->ifname, &ni))
			return 0;
		mtu = (int)ni.mtu;
		snprintf(where, sizeof(where), "MTU %d of %s", mtu, c->ifname);
	} else {
		mtu = c->dst_ip ? netdev_path_mtu(c->dst_ip, c->ifname) : -1;
		snprintf(where, sizeof(where), "path MTU %d to %s", mtu,
			 inet_ntoa((struct in_addr){ c->dst_ip }));
	}
	if (mtu <= 0 || need <= (unsigned)mtu)
		return 0;
	if (c->imix)
		return cfg_fail(err, errlen,
			    "--size imix: its 1518-byte frames are IPv4 packets of %llu B (%u B of payload), above the %s; accepted where the MTU is at least %llu",
			    (unsigned long long)need, IMIX_PAYLOAD_MAX, where,
			    (unsigned long long)need);
	return cfg_fail(err, errlen,
		    "--size %llu: accepted %u..%d: IPv4 (20 B) + UDP (8 B) + payload must fit the %s",
		    (unsigned long long)c->size, PKT_HDR_LEN, mtu - 28, where);
}

/*
 * --cpu: one CPU per thread.  A server's runs take the first --threads
 * of its list, so it needs one for each thread a client may ask for.
 * Then the host: every CPU must be one this process may run on.
 */
static int cfg_cpu_check(const struct cfg *c, char *err, size_t errlen)
{
	const char *flag = "--threads";
	uint64_t want = c->threads;
	char list[400];

	if (!c->cpus.n)
		return 0;
	if (c->server && c->cpus.n < c->max_threads) {
		flag = "--max-threads";
		want = c->max_threads;
	}
	if (c->server ? c->cpus.n < want : c->cpus.n != want)
		return cfg_fail(err, errlen,
			    "--cpu %s: %u CPU%s for %s %llu; accepted one CPU per thread",
			    cpu_list_str(&c->cpus, list, sizeof(list)),
			    c->cpus.n, c->cpus.n > 1 ? "s" : "", flag,
			    (unsigned long long)want);
	return cpu_list_check(&c->cpus, err, errlen);
}

/*
 * The fd budget, before any socket opens: a socket sender opens one
 * socket per flow in each thread, so --threads 64 --flows 4096 would
 * fail late with EMFILE.  Every other thread needs a few (a ring, its
 * sink, an AF_XDP socket and its maps); FD_RESERVE covers the rest
 * (stdio, netlink, the control channel, the output).  A soft
 * RLIMIT_NOFILE below the need is raised to it, as any unprivileged
 * process may; only the hard limit refuses.
 */
#define FD_PER_THREAD	4
#define FD_RESERVE	64

static int cfg_fd_check(const struct cfg *c, char *err, size_t errlen)
{
	uint64_t threads = c->server ? c->max_threads : c->threads;
	int per_flow = c->role == ROLE_SEND && c->be->layer != PKT_LAYER_L2;
	uint64_t per = per_flow ? c->flows : FD_PER_THREAD;
	uint64_t need = threads * per + FD_RESERVE;
	struct rlimit rl;

	if (getrlimit(RLIMIT_NOFILE, &rl) || rl.rlim_cur == RLIM_INFINITY ||
	    need <= rl.rlim_cur)
		return 0;
	if (rl.rlim_max == RLIM_INFINITY || need <= rl.rlim_max) {
		rl.rlim_cur = need;
		if (!setrlimit(RLIMIT_NOFILE, &rl))
			return 0;
	}
	if (per_flow)
		return cfg_fail(err, errlen,
			    "--threads %llu x --flows %llu = %llu sockets (+%d for the rest), above the open-file limit %llu (RLIMIT_NOFILE, ulimit -Hn); accepted --threads x --flows up to %llu",
			    (unsigned long long)threads,
			    (unsigned long long)c->flows,
			    (unsigned long long)(threads * per), FD_RESERVE,
			    (unsigned long long)rl.rlim_max,
			    rl.rlim_max > FD_RESERVE ?
				    (unsigned long long)rl.rlim_max - FD_RESERVE : 0);
	return cfg_fail(err, errlen,
		    "--%s %llu: needs %llu open files, above the open-file limit %llu (RLIMIT_NOFILE, ulimit -Hn); raise the limit",
		    c->server ? "max-threads" : "threads",
		    (unsigned long long)threads, (unsigned long long)need,
		    (unsigned long long)rl.rlim_max);
}

/*
 * The control channel's options (OPT_CTL) without --server or --connect
 * would be read by nothing: refused, as a mode's option in another mode.
 */
static int cfg_check_ctl_opts(const struct cfg *c, const struct opt *opts,
			      char *err, size_t errlen)
{
	const char *ctl = c->role == ROLE_SEND ? "connect" : "server";

	if (c->role == ROLE_SEND ? c->connect[0] != '\0' : c->server)
		return 0;
	for (unsigned i = 0; opts[i].name; i++)
		if ((opts[i].hidden & OPT_CTL) == OPT_CTL &&
		    (c->set & (1ull << i)))
			return cfg_fail(err, errlen,
				    "--%s: only with --%s; it sets the control channel, which a run without --%s does not open",
				    opts[i].name, ctl, ctl);
	return 0;
}

int cfg_validate(struct cfg *c, const struct opt *opts, char *err,
		 size_t errlen)
{
	int ret;

	ret = cfg_check_ctl_opts(c, opts, err, errlen);
	if (ret)
		return ret;
	/* a server's backend options wait for each run's mode (ctl_server.c) */
	ret = c->server ? 0 : cfg_check_be_opts(c, opts, err, errlen);
	if (!ret && c->be->check)
		ret = c->be->check(c, err, errlen);
	if (ret)
		return ret;
	if (c->ifname[0]) {
		c->ifindex = if_nametoindex(c->ifname);
		if (!c->ifindex)
			return cfg_fail(err, errlen,
				    "--interface %s: no such interface here; accepted an existing interface (ip link)",
				    c->ifname);
	}
	if (c->role == ROLE_SEND) {
		/* --check looks up no --connect name, which fills --dst */
		int dst_later = !c->dst_ip && c->check && c->connect[0];

		if (!c->dst_ip && !dst_later)
			return cfg_fail(err, errlen,
				    "--dst is required; accepted an IPv4 unicast address");
		if (!dst_later && ((ntohl(c->dst_ip) >> 28) >= 14 ||
				   c->dst_ip == INADDR_ANY))
			return cfg_fail(err, errlen,
				    "--dst %s: not a unicast address; accepted an IPv4 unicast address",
				    inet_ntoa((struct in_addr){ c->dst_ip }));
		if ((uint64_t)c->sport + c->flows - 1 > 65535)
			return cfg_fail(err, errlen,
				    "--flows %llu: source ports %u..%llu pass 65535; accepted 1..%u with --src-port %u",
				    (unsigned long long)c->flows, c->sport,
				    (unsigned long long)c->sport + c->flows - 1,
				    65536 - c->sport, c->sport);
		ret = cfg_mtu_check(c, err, errlen);
		if (ret)
			return ret;
	}
	ret = cfg_cpu_check(c, err, errlen);
	if (!ret)
		ret = cfg_fd_check(c, err, errlen);
	if (ret)
		return ret;
	/* backends that pin memory (rings, UMEM, buffers) take the cap */
	return backend_has_opt(c->be, "max-ring-mem") ?
		       cfg_ring_check(c, opts, err, errlen) : 0;
}

const char *cfg_value_str(const struct cfg *c, const struct opt *o, char *buf,
			  size_t len)
{
	const char *field = (const char *)c + o->off;

	switch (o->type) {
	case OPT_FLAG:
		snprintf(buf, len, "%d", *(const int *)field);
		break;
	case OPT_U64: {
		uint64_t v = *(const uint64_t *)field;

		if (!strcmp(o->name, "vlan") && v == VLAN_NONE)
			snprintf(buf, len, "null");
		else
			snprintf(buf, len, "%llu", (unsigned long long)v);
		break;
	}
	case OPT_U16:
		snprintf(buf, len, "%u", *(const uint16_t *)field);
		break;
	case OPT_SIZE:
		if (c->imix)
			snprintf(buf, len, "imix");
		else
			snprintf(buf, len, "%llu",
				 (unsigned long long)*(const uint64_t *)field);
		break;
	case OPT_MODE: {
		/* a mode option nobody gave (--rx-mode) holds no backend */
		const struct pkt_backend *be =
			*(const struct pkt_backend *const *)field;

		snprintf(buf, len, "%s", be ? be->name : "none");
		break;
	}
	case OPT_IP4: {
		char a[INET_ADDRSTRLEN];

		inet_ntop(AF_INET, field, a, sizeof(a));
		snprintf(buf, len, "%s", a);
		break;
	}
	case OPT_MAC: {
		const uint8_t *m = (const uint8_t *)field;

		if (!c->have_dst_mac)
			snprintf(buf, len, "auto");
		else
			snprintf(buf, len, "%02x:%02x:%02x:%02x:%02x:%02x",
				 m[0], m[1], m[2], m[3], m[4], m[5]);
		break;
	}
	case OPT_IFNAME:
	case OPT_PATH:
		snprintf(buf, len, "%s", field);
		break;
	case OPT_RATE: {
		const struct rate *r = (const struct rate *)field;

		if (r->unit == RATE_UNLIMITED)
			snprintf(buf, len, "unlimited");
		else
			snprintf(buf, len, "%llu%s",
				 (unsigned long long)r->value,
				 r->unit == RATE_PPS ? "pps" : "bit/s");
		break;
	}
	case OPT_CHOICE: {
		const char *p = o->arg;

		for (int i = *(const int *)field; i > 0 && p; i--) {
			p = strchr(p, '|');
			p = p ? p + 1 : NULL;
		}
		snprintf(buf, len, "%.*s", p ? (int)strcspn(p, "|") : 0,
			 p ? p : "");
		break;
	}
	case OPT_FORMAT:
		snprintf(buf, len, "%s",
			 format_names[*(const enum out_format *)field]);
		break;
	case OPT_CPUS: {
		const struct cpu_list *l = (const struct cpu_list *)field;

		if (l->n)
			cpu_list_str(l, buf, len);
		else
			snprintf(buf, len, "null");	/* not pinned */
		break;
	}
	case OPT_MODES:
		priv_modes_str(*(const uint32_t *)field, buf, len);
		break;
	}
	return buf;
}
