// SPDX-License-Identifier: MIT
/* The one logger core code uses. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>

#include "log.h"

void pkt_log(enum log_level lvl, const char *fmt, ...)
{
	static const char *const tag[] = { "error", "warning", "info",
					   "debug" };
	va_list ap;

	fprintf(stderr, "%s: %s: ", program_invocation_short_name, tag[lvl]);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}
