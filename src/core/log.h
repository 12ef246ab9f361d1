/* SPDX-License-Identifier: MIT */
#ifndef PKT_LOG_H
#define PKT_LOG_H

enum log_level {
	LOG_ERR,
	LOG_WARN,
	LOG_INFO,
	LOG_DEBUG,
};

/* The one levelled logger core code uses; writes one line to stderr. */
void pkt_log(enum log_level lvl, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
