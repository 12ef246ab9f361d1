/* SPDX-License-Identifier: MIT */
#ifndef PKT_TAP_H
#define PKT_TAP_H

/*
 * A tiny TAP producer for the unit tests.  Every check prints one
 * "ok N - name" line; a failed comparison also says what it got and what
 * it wanted, so a red run needs no debugger.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct tap_state {
	unsigned run;
	unsigned failed;
	unsigned planned;	/* 0: plan printed by done_testing */
};

static struct tap_state tap;

static inline void plan(unsigned n)
{
	tap.planned = n;
	printf("1..%u\n", n);
}

static inline void diag(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
static inline void diag(const char *fmt, ...)
{
	va_list ap;

	fputs("# ", stdout);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	fputc('\n', stdout);
}

static inline int tap_vok(int cond, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
static inline int tap_vok(int cond, const char *fmt, va_list ap)
{
	tap.run++;
	if (!cond)
		tap.failed++;
	printf("%sok %u - ", cond ? "" : "not ", tap.run);
	vprintf(fmt, ap);
	fputc('\n', stdout);
	fflush(stdout);
	return cond;
}

static inline int ok(int cond, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static inline int ok(int cond, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	cond = tap_vok(cond, fmt, ap);
	va_end(ap);
	return cond;
}

static inline int is_u64(uint64_t got, uint64_t want, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static inline int is_u64(uint64_t got, uint64_t want, const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = tap_vok(got == want, fmt, ap);
	va_end(ap);
	if (!ret)
		printf("# got: %" PRIu64 " want: %" PRIu64 "\n", got, want);
	return ret;
}

static inline int is_int(long long got, long long want, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static inline int is_int(long long got, long long want, const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = tap_vok(got == want, fmt, ap);
	va_end(ap);
	if (!ret)
		printf("# got: %lld want: %lld\n", got, want);
	return ret;
}

static inline int is_str(const char *got, const char *want, const char *fmt,
			 ...) __attribute__((format(printf, 3, 4)));
static inline int is_str(const char *got, const char *want, const char *fmt,
			 ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = tap_vok(got && want && !strcmp(got, want), fmt, ap);
	va_end(ap);
	if (!ret)
		printf("# got: '%s'\n# want: '%s'\n", got ? got : "(null)",
		       want ? want : "(null)");
	return ret;
}

/* Passes if needle occurs in hay. */
static inline int has_str(const char *hay, const char *needle,
			  const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static inline int has_str(const char *hay, const char *needle,
			  const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = tap_vok(hay && strstr(hay, needle) != NULL, fmt, ap);
	va_end(ap);
	if (!ret)
		printf("# got: '%s'\n# missing: '%s'\n", hay ? hay : "(null)",
		       needle);
	return ret;
}

/* One passing test that did not run, and why. */
static inline void skip(const char *why)
{
	tap.run++;
	printf("ok %u # SKIP %s\n", tap.run, why);
}

/* Prints the plan if none was given; the exit status for main. */
static inline int done_testing(void)
{
	if (!tap.planned)
		printf("1..%u\n", tap.run);
	else if (tap.planned != tap.run)
		diag("planned %u tests but ran %u", tap.planned, tap.run);
	if (tap.failed)
		diag("failed %u of %u tests", tap.failed, tap.run);
	fflush(stdout);
	return tap.failed || (tap.planned && tap.planned != tap.run);
}

#endif
