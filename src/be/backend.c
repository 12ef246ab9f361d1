// SPDX-License-Identifier: MIT
/* The backend list behind --mode. */
#include <stdio.h>
#include <string.h>

#include "backend.h"

const struct pkt_backend *const pkt_backends[] = {
	&be_udp,
	&be_mmsg,
	&be_mmap,
	&be_xdp,
	NULL,
};

const struct pkt_backend *backend_find(const char *name)
{
	for (unsigned i = 0; pkt_backends[i]; i++)
		if (!strcmp(pkt_backends[i]->name, name))
			return pkt_backends[i];
	return NULL;
}

int backend_has_opt(const struct pkt_backend *be, const char *name)
{
	for (unsigned i = 0; be->opts && be->opts[i]; i++)
		if (!strcmp(be->opts[i], name))
			return 1;
	return 0;
}

const char *backend_names(char *buf, size_t len, const char *opt)
{
	size_t used = 0;

	buf[0] = '\0';
	for (unsigned i = 0; pkt_backends[i] && used < len; i++) {
		if (opt && !backend_has_opt(pkt_backends[i], opt))
			continue;
		used += (size_t)snprintf(buf + used, len - used, "%s%s",
					 used ? ", " : "",
					 pkt_backends[i]->name);
	}
	return buf;
}
