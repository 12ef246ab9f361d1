// SPDX-License-Identifier: MIT
/*
 * --cpu LIST (src/core/cpu.c): lists and ranges like taskset's, the
 * refusals, the text in the result, and the checks against --threads and
 * the host's allowed CPUs through the real option tables.
 */
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>

#include "be/backend.h"
#include "core/cfg.h"
#include "core/cpu.h"
#include "core/run.h"
#include "tap.h"

static void test_parse(void)
{
	static const struct {
		const char *in;
		unsigned n;
		uint16_t cpu[8];
		const char *str;
	} good[] = {
		{ "0", 1, { 0 }, "0" },
		{ "3", 1, { 3 }, "3" },
		{ "0,2-3", 3, { 0, 2, 3 }, "0,2-3" },
		{ "2-3,0", 3, { 2, 3, 0 }, "2-3,0" },
		{ "1,0", 2, { 1, 0 }, "1,0" },
		{ "0-3", 4, { 0, 1, 2, 3 }, "0-3" },
		{ "5-5", 1, { 5 }, "5" },
		{ "0,1,2", 3, { 0, 1, 2 }, "0-2" },
		{ "1023", 1, { 1023 }, "1023" },
		{ "007", 1, { 7 }, "7" },
	};
	static const struct {
		const char *in;
		int ret;
	} bad[] = {
		{ "", -EINVAL }, { ",", -EINVAL }, { "0,", -EINVAL },
		{ ",0", -EINVAL }, { "0,,1", -EINVAL }, { "-1", -EINVAL },
		{ "1-", -EINVAL }, { "3-1", -EINVAL }, { "1-2-3", -EINVAL },
		{ "a", -EINVAL }, { "0x1", -EINVAL }, { " 1", -EINVAL },
		{ "1 ", -EINVAL }, { "1;2", -EINVAL }, { "+1", -EINVAL },
		{ "1024", -ERANGE }, { "0-1024", -ERANGE },
		{ "99999999999999999999", -ERANGE }, { "0-64", -ERANGE },
		{ "0,0", -EEXIST }, { "0-3,2", -EEXIST }, { "1,0-1", -EEXIST },
	};
	struct cpu_list l;
	char buf[400];

	for (unsigned i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		int same;

		is_int(cpu_list_parse(good[i].in, &l), 0, "'%s' parses",
		       good[i].in);
		same = l.n == good[i].n &&
		       !memcmp(l.cpu, good[i].cpu, l.n * sizeof(l.cpu[0]));
		ok(same, "'%s': %u CPUs in order", good[i].in, good[i].n);
		is_str(cpu_list_str(&l, buf, sizeof(buf)), good[i].str,
		       "'%s' reads back as '%s'", good[i].in, good[i].str);
	}
	for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		is_int(cpu_list_parse(bad[i].in, &l), bad[i].ret,
		       "'%s' refused (%s)", bad[i].in,
		       bad[i].ret == -EINVAL ? "not a list" :
		       bad[i].ret == -ERANGE ? "out of range" : "twice");
	is_int(cpu_list_parse("0-63", &l), 0, "64 CPUs: the most");
	is_u64(l.n, 64, "0-63: 64 CPUs");
	/* 64 CPUs far apart still read back whole */
	strcpy(buf, "1");
	for (unsigned c = 3; c < 128; c += 2)
		snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf), ",%u",
			 c + 896);
	is_int(cpu_list_parse(buf, &l), 0, "64 CPUs 899..1023 apart parse");
	{
		char out[400];

		is_str(cpu_list_str(&l, out, sizeof(out)), buf,
		       "and read back whole (%zu characters)", strlen(buf));
	}
}

/* The host's allowed set decides: more CPUs or a foreign one is refused. */
static void test_host(void)
{
	struct cpu_list l = { 0 };
	char err[256] = "", list[64];
	cpu_set_t set;
	unsigned count, first = 0, outside = CPU_ID_MAX + 1;

	if (sched_getaffinity(0, sizeof(set), &set)) {
		skip("sched_getaffinity failed");
		return;
	}
	count = (unsigned)CPU_COUNT(&set);
	for (unsigned c = CPU_ID_MAX + 1; c-- > 0;)
		if (CPU_ISSET(c, &set))
			first = c;
	for (unsigned c = 0; c <= CPU_ID_MAX && outside > CPU_ID_MAX; c++)
		if (!CPU_ISSET(c, &set))
			outside = c;
	snprintf(list, sizeof(list), "%u", first);
	cpu_list_parse(list, &l);
	is_int(cpu_list_check(&l, err, sizeof(err)), 0,
	       "CPU %u, allowed here: accepted", first);
	l.n = 0;
	is_int(cpu_list_check(&l, err, sizeof(err)), 0, "no list: accepted");
	if (outside <= CPU_ID_MAX) {
		snprintf(list, sizeof(list), "%u", outside);
		cpu_list_parse(list, &l);
		is_int(cpu_list_check(&l, err, sizeof(err)), -EINVAL,
		       "CPU %u, not allowed here: refused", outside);
		has_str(err, "is not one this process may run on; accepted",
			"and says which are");
	} else {
		skip("every CPU 0..1023 is allowed here");
		skip("every CPU 0..1023 is allowed here");
	}
	if (count < CPU_LIST_MAX) {
		snprintf(list, sizeof(list), "0-%u", count);
		cpu_list_parse(list, &l);
		is_int(cpu_list_check(&l, err, sizeof(err)), -EINVAL,
		       "%u CPUs on a host that allows %u: refused", count + 1,
		       count);
		has_str(err, "CPUs asked, one per thread, but this process may run on",
			"and says how many it may");
	} else {
		skip("64 CPUs or more allowed here");
		skip("64 CPUs or more allowed here");
	}
	ok(!cpu_pin(first), "pinning this thread to CPU %u", first);
	ok(sched_getcpu() == (int)first, "and it runs there");
	sched_setaffinity(0, sizeof(set), &set);
	ok(cpu_pin(CPU_ID_MAX) == -EINVAL || CPU_ISSET(CPU_ID_MAX, &set),
	   "pinning to a CPU not allowed: -EINVAL");
	sched_setaffinity(0, sizeof(set), &set);
}

/* Through the programs' option tables: one CPU per thread, the config. */
static int run_cfg(const struct opt *opts, enum prog_role role,
		   const char *const *args, char *err, size_t len,
		   struct cfg *c)
{
	char *argv[16];
	int argc = 0, ret;

	argv[argc++] = (char *)"prog";
	for (; *args; args++)
		argv[argc++] = (char *)*args;
	argv[argc] = NULL;
	cfg_defaults(c, role);
	err[0] = '\0';
	ret = cfg_parse(c, opts, argc, argv, err, len);
	return ret ? ret : cfg_validate(c, opts, err, len);
}

static void test_cfg(void)
{
	static const struct {
		int send;
		const char *args[8];
		const char *want;	/* NULL: accepted */
	} c[] = {
		{ 1, { "-d", "10.0.0.1", "--cpu", "0" }, NULL },
		{ 1, { "-d", "10.0.0.1", "--cpu", "0", "-j", "2" },
		  "--cpu 0: 1 CPU for --threads 2; accepted one CPU per thread" },
		{ 1, { "-d", "10.0.0.1", "--cpu", "0,1023" },
		  "--cpu 0,1023: 2 CPUs for --threads 1; accepted one CPU per thread" },
		{ 1, { "-d", "10.0.0.1", "--cpu", "0,0" },
		  "--cpu '0,0': a CPU named twice; accepted each CPU once, one per thread" },
		{ 1, { "-d", "10.0.0.1", "--cpu", "1-0" },
		  "--cpu '1-0': not a CPU list; accepted CPUs 0..1023 and ascending ranges like 0,2-3, at most 64" },
		{ 1, { "-d", "10.0.0.1", "--cpu", "4096" },
		  "--cpu '4096': out of range; accepted CPUs 0..1023" },
		{ 0, { "--cpu", "0" }, NULL },
		{ 0, { "--cpu", "0", "-j", "3" },
		  "--cpu 0: 1 CPU for --threads 3" },
		{ 0, { "--server", "--cpu", "0" },
		  "--cpu 0: 1 CPU for --max-threads 4; accepted one CPU per thread" },
		{ 0, { "--server", "--cpu", "0", "--max-threads", "1" }, NULL },
	};
	char err[512];
	struct cfg cf;

	for (unsigned i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		int ret = run_cfg(c[i].send ? pktsend_opts : pktrecv_opts,
				  c[i].send ? ROLE_SEND : ROLE_RECV, c[i].args,
				  err, sizeof(err), &cf);
		char name[128] = "";

		for (unsigned k = 0; c[i].args[k]; k++)
			snprintf(name + strlen(name),
				 sizeof(name) - strlen(name), " %s",
				 c[i].args[k]);
		if (!c[i].want) {
			is_int(ret, 0, "%s%s: accepted (%s)",
			       c[i].send ? "pktsend" : "pktrecv", name, err);
			continue;
		}
		is_int(ret, -EINVAL, "%s%s: refused",
		       c[i].send ? "pktsend" : "pktrecv", name);
		has_str(err, c[i].want, "%s%s: the reason",
			c[i].send ? "pktsend" : "pktrecv", name);
	}
	/* the config in the result: the list, or null when not pinned */
	{
		static const char *const a1[] = { "-d", "10.0.0.1", "--cpu",
						  "0", NULL };
		static const char *const a2[] = { "-d", "10.0.0.1", NULL };
		char v[400];

		run_cfg(pktsend_opts, ROLE_SEND, a1, err, sizeof(err), &cf);
		is_str(cfg_value_str(&cf, cfg_find(pktsend_opts, "cpu"), v,
				     sizeof(v)),
		       "0", "config cpu: 0");
		run_cfg(pktsend_opts, ROLE_SEND, a2, err, sizeof(err), &cf);
		is_str(cfg_value_str(&cf, cfg_find(pktsend_opts, "cpu"), v,
				     sizeof(v)),
		       "null", "config cpu: null when not pinned");
	}
}

int main(void)
{
	test_parse();
	test_host();
	test_cfg();
	return done_testing();
}
