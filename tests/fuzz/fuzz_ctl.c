// SPDX-License-Identifier: MIT
/*
 * libFuzzer target: the control channel's message reader and record
 * check (src/core/ctl.c, docs/protocol.md).  Input: one line as it comes
 * off the control socket.
 *
 * Checked: ctl_msg_parse returns 0, -EINVAL or -E2BIG; after success
 * every key is [a-z0-9_-], every value printable ASCII (or \t \n \r and
 * the other decoded escapes below 0x20), and the message rebuilt with the
 * builder parses back to the same keys and values.  ctl_json_check
 * returns 0 or -EINVAL.
 *
 * Then the server's authentication step (ctl_auth) on what parsed, with
 * and without a server token: it returns 0, -EPROTO or -EACCES; 0 only
 * for a "run" of this protocol version carrying exactly the token; its
 * reason, escaped as the server logs it (ctl_escape), is printable.
 * And the hello of version 2 (ctl_negotiate): 0 only for a run of
 * version 1 or 2, never an interval stream in version 1; the client's
 * checks of "interval", "joined", "ready" and "share" (check_client_v2).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/ctl.h"
#include "core/frame.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

static struct ctl_msg m, back;
static struct ctl_out o;

static void check_msg(void)
{
	for (unsigned i = 0; i < m.n; i++) {
		for (const char *k = m.kv[i].key; *k; k++)
			if (!((*k >= 'a' && *k <= 'z') ||
			      (*k >= '0' && *k <= '9') || *k == '_' ||
			      *k == '-'))
				abort();
		for (const char *v = m.kv[i].val; *v; v++)
			if ((unsigned char)*v > 0x7e)
				abort();
	}
}

static void check_roundtrip(void)
{
	unsigned keys = 2;

	/* the builder adds pktbench and type first: rebuild the rest */
	for (unsigned i = 0; i < m.n; i++)
		if (m.kv[i].type != CTL_NUM && strcmp(m.kv[i].key, "pktbench") &&
		    strcmp(m.kv[i].key, "type"))
			keys++;
	/*
	 * 32 keys of the input's own plus those two are more than a message
	 * may hold: the reader must refuse that, so there is nothing to
	 * compare (the first version of this harness aborted here).
	 */
	if (keys > CTL_KEYS_MAX)
		return;
	o.len = 0;
	o.overflow = 0;
	ctl_out_init(&o, "x");
	for (unsigned i = 0; i < m.n; i++) {
		if (m.kv[i].type == CTL_NUM)
			continue;	/* numbers are kept as text; see below */
		if (!strcmp(m.kv[i].key, "pktbench") ||
		    !strcmp(m.kv[i].key, "type"))
			continue;
		ctl_out_str(&o, m.kv[i].key, m.kv[i].val);
	}
	if (ctl_out_end(&o))
		return;		/* escapes can make it longer than the cap */
	if (ctl_msg_parse(&back, o.buf, o.len - 1))
		abort();
	for (unsigned i = 0; i < m.n; i++) {
		const char *v;

		if (m.kv[i].type == CTL_NUM || !strcmp(m.kv[i].key, "pktbench") ||
		    !strcmp(m.kv[i].key, "type"))
			continue;
		v = ctl_msg_get(&back, m.kv[i].key);
		if (!v || strcmp(v, m.kv[i].val))
			abort();
	}
}

static void check_printable(const char *s)
{
	char esc[CTL_ESC_MAX];
	size_t n = ctl_escape(esc, sizeof(esc), s);

	if (n != strlen(esc) || n >= sizeof(esc))
		abort();
	for (const char *p = esc; *p; p++)
		if ((unsigned char)*p < 0x20 || (unsigned char)*p > 0x7e)
			abort();
}

static void check_auth(void)
{
	static const char tok[] = "s3cret";
	const char *t = ctl_msg_get(&m, "token");
	const char *type = ctl_msg_get(&m, "type");
	const char *v = ctl_msg_get(&m, "pktbench");
	int is_run = type && !strcmp(type, "run") && v &&
		     (!strcmp(v, "1") || !strcmp(v, "2"));
	char err[256];
	int ret;

	/* a "pktbench":"1" string is not version 1: expect decides that */
	err[0] = '\0';
	ret = ctl_auth(&m, "", err, sizeof(err));
	if (ret != 0 && ret != -EPROTO)
		abort();
	if (ret == 0 && !is_run)
		abort();
	if (ret)
		check_printable(err);
	err[0] = '\0';
	ret = ctl_auth(&m, tok, err, sizeof(err));
	if (ret != 0 && ret != -EPROTO && ret != -EACCES)
		abort();
	if (ret == 0 && (!is_run || !t || strcmp(t, tok)))
		abort();
	if (ret == -EACCES && t && !strcmp(t, tok))
		abort();
	if (ret)
		check_printable(err);
}

/*
 * The hello (protocol version 2): 0 only for a run of version 1 or 2,
 * the version read back, and never an interval stream in version 1.
 */
static void check_negotiate(void)
{
	const char *type = ctl_msg_get(&m, "type");
	const char *v = ctl_msg_get(&m, "pktbench");
	unsigned ver = 0;
	char err[256];
	int ret;

	err[0] = '\0';
	ret = ctl_negotiate(&m, &ver, err, sizeof(err));
	if (ret != 0 && ret != -EPROTO)
		abort();
	if (ret) {
		check_printable(err);
		return;
	}
	if (!type || strcmp(type, "run") || !v || ver < CTL_VERSION_MIN ||
	    ver > CTL_VERSION || (unsigned)atoi(v) != ver)
		abort();
	if (ver < 2 && ctl_msg_get(&m, "interval"))
		abort();
}

/*
 * What a version 2 client takes from the server besides the result: an
 * interval record and a share are printed only if they are one JSON
 * object; a stream id and a wait stay within their bounds.
 */
static void check_client_v2(void)
{
	static const char *const json_keys[] = { "record", "share" };
	uint64_t v;

	for (unsigned i = 0; i < 2; i++) {
		const char *j = ctl_msg_get(&m, json_keys[i]);
		int ret = j ? ctl_json_check(j, strlen(j)) : 0;

		if (ret != 0 && ret != -EINVAL)
			abort();
	}
	if (!ctl_msg_u64(&m, "stream", PKT_MAX_STREAMS - 1, &v) &&
	    v > PKT_MAX_STREAMS - 1)
		abort();
	if (!ctl_msg_u64(&m, "wait_ms", 3600000, &v) && v > 3600000)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	int ret = ctl_msg_parse(&m, (const char *)data, len);

	if (ret != 0 && ret != -EINVAL && ret != -E2BIG)
		abort();
	if (!ret) {
		check_msg();
		check_roundtrip();
		check_auth();
		check_negotiate();
		check_client_v2();
	}
	ret = ctl_json_check((const char *)data, len);
	if (ret != 0 && ret != -EINVAL)
		abort();
	return 0;
}
