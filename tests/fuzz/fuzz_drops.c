// SPDX-License-Identifier: MIT
/*
 * libFuzzer target: the drop-counter parsers (src/core/drops.c).  Input:
 * a selector byte (snmp, softnet_stat, link dump, qdisc dump), then the
 * bytes as read or received.  The netlink parsers get an unaligned copy
 * half of the time.  Checked: only the documented returns come back; a
 * found interface name is NUL-terminated within its field.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/drops.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct drops_link l;
	struct drops_qdisc q;
	uint64_t v;
	uint8_t *buf;
	unsigned sel;
	int r;

	if (len < 1)
		return 0;
	sel = data[0];
	/* an exact-size copy: ASan sees any read past the end */
	buf = malloc(len);
	if (!buf)
		return 0;
	memcpy(buf, data + 1, len - 1);
	switch (sel & 3) {
	case 0:
		r = drops_parse_snmp((char *)buf, len - 1, &v);
		if (r && r != -ENOENT && r != -EINVAL)
			abort();
		break;
	case 1:
		r = drops_parse_softnet((char *)buf, len - 1, &v);
		if (r && r != -EINVAL)
			abort();
		break;
	case 2:
		memset(&l, 0, sizeof(l));
		if (sel & 4)
			strcpy(l.want, "veth0");
		r = drops_parse_links(buf + ((sel >> 3) & 1), len - 1 -
				      ((sel >> 3) & 1 && len > 1), &l);
		if (r > 1 || (l.found && !memchr(l.name, '\0', sizeof(l.name))))
			abort();
		break;
	default:
		memset(&q, 0, sizeof(q));
		q.ifindex = 2;
		r = drops_parse_qdiscs(buf + ((sel >> 3) & 1), len - 1 -
				       ((sel >> 3) & 1 && len > 1), &q);
		if (r > 1)
			abort();
		break;
	}
	free(buf);
	return 0;
}
