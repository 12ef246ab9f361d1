// SPDX-License-Identifier: MIT
/* The backend list behind --mode. */
#include <string.h>

#include "backend.h"

const struct pkt_backend *const pkt_backends[] = {
	&be_udp,
	&be_mmsg,
	&be_mmap,
	NULL,
};

const struct pkt_backend *backend_find(const char *name)
{
	for (unsigned i = 0; pkt_backends[i]; i++)
		if (!strcmp(pkt_backends[i]->name, name))
			return pkt_backends[i];
	return NULL;
}
