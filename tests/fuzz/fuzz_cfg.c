// SPDX-License-Identifier: MIT
/*
 * libFuzzer target: cfg_parse + cfg_validate with the real option tables
 * of pktsend and pktrecv.  Input: a role byte (bit 0: pktrecv), then the
 * arguments separated by NUL bytes.  cfg_parse resets getopt's state
 * itself (optind = 0), which is what lets one process parse many times.
 *
 * Checked: the result is 0, 1 (--help/--version) or -EINVAL with a
 * message; after success every number given is inside its option's
 * range, and every value formats for the results.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cfg.h"
#include "core/run.h"

#define MAX_ARGS 64
#define MAX_INPUT 4096

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	/* --help and --version print; keep libFuzzer's output readable */
	if (!freopen("/dev/null", "w", stdout))
		abort();
	return 0;
}

static void check_ranges(const struct cfg *c, const struct opt *opts)
{
	char buf[512];
	unsigned i = 0;

	for (const struct opt *o = opts; o->name; o++, i++) {
		const char *field = (const char *)c + o->off;
		uint64_t v;

		cfg_value_str(c, o, buf, sizeof(buf));
		if (!(c->set & (1ull << i)))
			continue;
		if (o->type == OPT_U64)
			memcpy(&v, field, sizeof(v));
		else if (o->type == OPT_U16)
			v = *(const uint16_t *)field;
		else
			continue;
		if (v < o->min || v > o->max)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	static char buf[MAX_INPUT + 1];
	char *argv[MAX_ARGS + 2], err[512];
	enum prog_role role;
	const struct opt *opts;
	struct cfg c;
	int argc = 0, ret;

	if (!len || len > MAX_INPUT)
		return 0;
	role = data[0] & 1 ? ROLE_RECV : ROLE_SEND;
	opts = role == ROLE_SEND ? pktsend_opts : pktrecv_opts;
	memcpy(buf, data + 1, len - 1);
	buf[len - 1] = '\0';
	argv[argc++] = role == ROLE_SEND ? "pktsend" : "pktrecv";
	for (char *p = buf; p < buf + len - 1 && argc <= MAX_ARGS;
	     p += strlen(p) + 1)
		argv[argc++] = p;
	argv[argc] = NULL;

	cfg_defaults(&c, role);
	err[0] = '\0';
	ret = cfg_parse(&c, opts, argc, argv, err, sizeof(err));
	if (!ret)
		ret = cfg_validate(&c, opts, err, sizeof(err));
	if (ret != 0 && ret != 1 && ret != -EINVAL)
		abort();
	if (ret == -EINVAL && !err[0])
		abort();
	if (!ret)
		check_ranges(&c, opts);
	return 0;
}
