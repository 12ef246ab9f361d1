/* SPDX-License-Identifier: MIT */
#ifndef PKT_EMIT_H
#define PKT_EMIT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "cfg.h"

/*
 * Results are described once, as a table of fields over a struct.  JSON,
 * CSV and the human summary are all generated from the table, so they
 * cannot drift apart.
 */
enum field_type {
	FIELD_U64,
	FIELD_F64,
	FIELD_STR,	/* char array inside the struct */
	FIELD_U64_NULL,	/* uint64_t; FIELD_NULL means "no value" */
	FIELD_HIST,	/* struct hist: its non-empty buckets (hist_write) */
};

/* The value of a FIELD_U64_NULL field without a value: JSON null, CSV and
 * text an empty cell / "null". */
#define FIELD_NULL UINT64_MAX

struct field {
	const char *name;
	enum field_type type;
	size_t off;
	const char *unit;	/* for the text summary and docs */
	const char *help;
};

#define FIELD_END { NULL, FIELD_U64, 0, NULL, NULL }

/* What every result carries besides its stats. */
struct run_meta {
	const char *program;
	const char *type;	/* "result" or "interval" */
	char kernel[65];
	char version[32];
};

void run_meta_init(struct run_meta *m, const char *program, const char *type);

/*
 * One record: meta, the effective config (from the option table; omitted
 * for interval records when opts is NULL) and the stats fields.
 */
struct record {
	const struct run_meta *meta;
	const struct cfg *cfg;
	const struct opt *opts;		/* NULL: no config section */
	const struct field *fields;
	const void *stats;
};

/* One JSON object on one line. */
int emit_json(FILE *fp, const struct record *r);
/* CSV: header line (if header) and one row, flattened names; only the
 * header if r->stats is NULL. */
int emit_csv(FILE *fp, const struct record *r, int header);
/* "name  value unit" lines for humans. */
int emit_text(FILE *fp, const struct record *r);
int emit_record(FILE *fp, enum out_format f, const struct record *r,
		int header);

/* Writes s as a JSON string literal. */
void emit_json_str(FILE *fp, const char *s);

/*
 * A histogram's non-empty buckets, each as the largest value it holds
 * (ns, Prometheus' `le`) and its count, ascending: the JSON array
 * [le,n,le,n,...] (flat, so a record nests no deeper), else the text
 * "le:n le:n ...".
 */
struct hist;
void hist_write(FILE *fp, const struct hist *h, int json);

#endif
