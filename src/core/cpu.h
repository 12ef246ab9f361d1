/* SPDX-License-Identifier: MIT */
#ifndef PKT_CPU_H
#define PKT_CPU_H

#include <stddef.h>
#include <stdint.h>

/*
 * --cpu LIST: one CPU per worker thread, in order (thread i on cpu[i]),
 * written like taskset's lists: "0,2-3" is 0, 2, 3.  Each CPU at most
 * once; ranges ascending.
 */
#define CPU_LIST_MAX 64		/* threads: --threads is at most 64 */
#define CPU_ID_MAX 1023		/* CPU_SETSIZE of glibc and musl, - 1 */

struct cpu_list {
	unsigned n;		/* 0: no pinning */
	uint16_t cpu[CPU_LIST_MAX];
};

/*
 * Parses s into l.  0; -EINVAL (not a list: empty, a stray ',' or '-', a
 * range running down), -ERANGE (a CPU above CPU_ID_MAX, more than
 * CPU_LIST_MAX CPUs) or -EEXIST (a CPU named twice).
 */
int cpu_list_parse(const char *s, struct cpu_list *l);

/* "0,2-3": the list, ascending runs as ranges; returns buf. */
const char *cpu_list_str(const struct cpu_list *l, char *buf, size_t len);

/*
 * Can this process run on every CPU of l?  Checked against its allowed
 * set (sched_getaffinity: cgroup cpusets, taskset, the host's CPUs).  0,
 * or -EINVAL with the reason in err: more CPUs asked than allowed, or
 * one outside the set.
 */
int cpu_list_check(const struct cpu_list *l, char *err, size_t len);

/* Pins the calling thread to cpu (sched_setaffinity); 0 or -errno. */
int cpu_pin(unsigned cpu);

#endif
