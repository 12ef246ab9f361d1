// SPDX-License-Identifier: MIT
/* --cpu: CPU lists, the host's allowed set, pinning a thread. */
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>

#include "cpu.h"

/* One CPU number: digits only, at most CPU_ID_MAX; advances *p. */
static int cpu_num(const char **p, unsigned *v)
{
	unsigned n = 0;
	int digits = 0;

	for (; **p >= '0' && **p <= '9'; (*p)++, digits++) {
		n = n * 10 + (unsigned)(**p - '0');
		if (n > CPU_ID_MAX)
			return -ERANGE;
	}
	*v = n;
	return digits ? 0 : -EINVAL;
}

int cpu_list_parse(const char *s, struct cpu_list *l)
{
	const char *p = s;
	uint64_t seen[(CPU_ID_MAX + 64) / 64] = { 0 };
	unsigned lo, hi;
	int ret;

	l->n = 0;
	for (;;) {
		ret = cpu_num(&p, &lo);
		if (ret)
			return ret;
		hi = lo;
		if (*p == '-') {
			p++;
			ret = cpu_num(&p, &hi);
			if (ret)
				return ret;
			if (hi < lo)
				return -EINVAL;
		}
		for (unsigned c = lo; c <= hi; c++) {
			if (seen[c / 64] & (1ull << (c % 64)))
				return -EEXIST;
			if (l->n == CPU_LIST_MAX)
				return -ERANGE;
			seen[c / 64] |= 1ull << (c % 64);
			l->cpu[l->n++] = (uint16_t)c;
		}
		if (!*p)
			return 0;
		if (*p++ != ',')
			return -EINVAL;
	}
}

const char *cpu_list_str(const struct cpu_list *l, char *buf, size_t len)
{
	size_t off = 0;

	buf[0] = '\0';
	for (unsigned i = 0; i < l->n && off < len; ) {
		unsigned j = i;

		while (j + 1 < l->n && l->cpu[j + 1] == l->cpu[j] + 1)
			j++;
		off += (size_t)snprintf(buf + off, len - off,
					j > i ? "%s%u-%u" : "%s%u",
					i ? "," : "", l->cpu[i], l->cpu[j]);
		i = j + 1;
	}
	return buf;
}

/* The CPUs of set as "0-3,8": ascending runs as ranges. */
static void cpu_set_str(const cpu_set_t *set, char *buf, size_t len)
{
	size_t off = 0;

	buf[0] = '\0';
	for (unsigned c = 0; c <= CPU_ID_MAX && off < len; c++) {
		unsigned e = c;

		if (!CPU_ISSET(c, set))
			continue;
		while (e < CPU_ID_MAX && CPU_ISSET(e + 1, set))
			e++;
		off += (size_t)snprintf(buf + off, len - off,
					e > c ? "%s%u-%u" : "%s%u",
					off ? "," : "", c, e);
		c = e;
	}
}

int cpu_list_check(const struct cpu_list *l, char *err, size_t len)
{
	char have[128];
	cpu_set_t set;
	unsigned count;

	if (!l->n || sched_getaffinity(0, sizeof(set), &set))
		return 0;	/* unknown: pinning the threads will say */
	count = (unsigned)CPU_COUNT(&set);
	cpu_set_str(&set, have, sizeof(have));
	if (l->n > count) {
		snprintf(err, len,
			 "--cpu: %u CPUs asked, one per thread, but this process may run on %u (%s); accepted at most %u",
			 l->n, count, have, count);
		return -EINVAL;
	}
	for (unsigned i = 0; i < l->n; i++) {
		if (CPU_ISSET(l->cpu[i], &set))
			continue;
		snprintf(err, len,
			 "--cpu: CPU %u is not one this process may run on; accepted %s",
			 l->cpu[i], have);
		return -EINVAL;
	}
	return 0;
}

int cpu_pin(unsigned cpu)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	return sched_setaffinity(0, sizeof(set), &set) ? -errno : 0;
}
