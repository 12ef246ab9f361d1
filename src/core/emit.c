// SPDX-License-Identifier: MIT
/* Results from one field table: JSON, CSV and text. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>

#include "emit.h"
#include "hist.h"

void run_meta_init(struct run_meta *m, const char *program, const char *type)
{
	struct utsname u;

	memset(m, 0, sizeof(*m));
	m->program = program;
	m->type = type;
	snprintf(m->version, sizeof(m->version), "%s", PKT_VERSION_STR);
	if (!uname(&u))
		snprintf(m->kernel, sizeof(m->kernel), "%s", u.release);
	else
		snprintf(m->kernel, sizeof(m->kernel), "unknown");
}

void emit_json_str(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;

		if (ch == '"' || ch == '\\')
			fprintf(fp, "\\%c", ch);
		else if (ch < 0x20)
			fprintf(fp, "\\u%04x", ch);
		else
			fputc(ch, fp);
	}
	fputc('"', fp);
}

/* A field's value as text; JSON strings are quoted by the caller. */
static const char *field_str(const struct field *f, const void *base,
			     char *buf, size_t len)
{
	const char *p = (const char *)base + f->off;

	switch (f->type) {
	case FIELD_U64_NULL:
	case FIELD_U64: {
		uint64_t v;

		memcpy(&v, p, sizeof(v));
		if (f->type == FIELD_U64_NULL && v == FIELD_NULL)
			snprintf(buf, len, "null");
		else
			snprintf(buf, len, "%llu", (unsigned long long)v);
		break;
	}
	case FIELD_F64: {
		double v;

		memcpy(&v, p, sizeof(v));
		snprintf(buf, len, "%.3f", isfinite(v) ? v : 0.0);
		break;
	}
	case FIELD_STR:
		snprintf(buf, len, "%s", p);
		break;
	case FIELD_HIST:	/* written by hist_write, not as one string */
		buf[0] = '\0';
		break;
	}
	return buf;
}

void hist_write(FILE *fp, const struct hist *h, int json)
{
	const char *sep = "";

	if (json)
		fputc('[', fp);
	for (unsigned b = 0; hist_next(h, &b); b++) {
		fprintf(fp, json ? "%s%llu,%llu" : "%s%llu:%llu", sep,
			(unsigned long long)hist_bucket_hi(b),
			(unsigned long long)h->bucket[b]);
		sep = json ? "," : " ";
	}
	if (json)
		fputc(']', fp);
}

static const struct hist *field_hist(const struct field *f, const void *base)
{
	return (const struct hist *)((const char *)base + f->off);
}

/* Walks the visible config options; cb gets each name and value text. */
static void cfg_walk(const struct record *r,
		     void (*cb)(FILE *, const char *, const char *, int, int),
		     FILE *fp)
{
	char buf[400], key[64];	/* a --cpu list of 64 CPUs fits */
	int i = 0;

	for (const struct opt *o = r->opts; o && o->name; o++) {
		/* another mode's options (config.rcvbuf with xdp) say nothing */
		if (o->hidden || !cfg_opt_applies(r->cfg, o->name))
			continue;
		/*
		 * Keys are the option names with '_' for '-', like the stats;
		 * durations are reported in nanoseconds, and say so.
		 */
		snprintf(key, sizeof(key), "%s%s", o->name,
			 o->kind == UNITS_NSEC ? "_ns" : "");
		for (char *k = key; *k; k++)
			if (*k == '-')
				*k = '_';
		cfg_value_str(r->cfg, o, buf, sizeof(buf));
		/* numbers bare; an unpinned --cpu is null; --size imix a word */
		cb(fp, key, buf,
		   o->type == OPT_U64 || o->type == OPT_U16 ||
			   o->type == OPT_FLAG ||
			   (o->type == OPT_SIZE && strcmp(buf, "imix")) ||
			   (o->type == OPT_CPUS && !strcmp(buf, "null")),
		   i++);
	}
}

static void json_kv(FILE *fp, const char *k, const char *v, int numeric,
		    int i)
{
	fputs(i ? "," : "", fp);
	emit_json_str(fp, k);
	fputc(':', fp);
	if (numeric)
		fputs(v, fp);
	else
		emit_json_str(fp, v);
}

int emit_json(FILE *fp, const struct record *r)
{
	char buf[300];
	int i = 0;

	fprintf(fp, "{\"schema_version\":%d,\"type\":", PKT_SCHEMA_VERSION);
	emit_json_str(fp, r->meta->type);
	fputs(",\"program\":", fp);
	emit_json_str(fp, r->meta->program);
	fputs(",\"version\":", fp);
	emit_json_str(fp, r->meta->version);
	fputs(",\"kernel\":", fp);
	emit_json_str(fp, r->meta->kernel);
	if (r->opts) {
		fputs(",\"config\":{", fp);
		cfg_walk(r, json_kv, fp);
		fputc('}', fp);
	}
	fputs(",\"stats\":{", fp);
	for (const struct field *f = r->fields; f->name; f++) {
		if (f->type == FIELD_HIST) {
			json_kv(fp, f->name, "", 1, i++);
			hist_write(fp, field_hist(f, r->stats), 1);
			continue;
		}
		json_kv(fp, f->name, field_str(f, r->stats, buf, sizeof(buf)),
			f->type != FIELD_STR, i++);
	}
	fputs("}}\n", fp);
	return ferror(fp) ? -EIO : 0;
}

static void csv_cell(FILE *fp, const char *s, int i)
{
	fputs(i ? "," : "", fp);
	if (strpbrk(s, ",\"\n")) {
		fputc('"', fp);
		for (; *s; s++) {
			if (*s == '"')
				fputc('"', fp);
			fputc(*s, fp);
		}
		fputc('"', fp);
	} else {
		fputs(s, fp);
	}
}

static void csv_name(FILE *fp, const char *k, const char *v, int numeric,
		     int i)
{
	char buf[128];

	(void)v;
	(void)numeric;
	snprintf(buf, sizeof(buf), "config.%s", k);
	csv_cell(fp, buf, i + 5);
}

static void csv_value(FILE *fp, const char *k, const char *v, int numeric,
		      int i)
{
	(void)k;
	(void)numeric;
	csv_cell(fp, v, i + 5);
}

int emit_csv(FILE *fp, const struct record *r, int header)
{
	char buf[300];

	if (header) {
		fputs("schema_version,type,program,version,kernel", fp);
		cfg_walk(r, csv_name, fp);
		for (const struct field *f = r->fields; f->name; f++)
			fprintf(fp, ",stats.%s", f->name);
		fputc('\n', fp);
		if (!r->stats)
			return ferror(fp) ? -EIO : 0;	/* header only */
	}
	fprintf(fp, "%d", PKT_SCHEMA_VERSION);
	csv_cell(fp, r->meta->type, 1);
	csv_cell(fp, r->meta->program, 1);
	csv_cell(fp, r->meta->version, 1);
	csv_cell(fp, r->meta->kernel, 1);
	cfg_walk(r, csv_value, fp);
	for (const struct field *f = r->fields; f->name; f++) {
		const char *v = field_str(f, r->stats, buf, sizeof(buf));

		if (f->type == FIELD_HIST) {
			/* "le:n le:n ...": nothing to quote */
			fputc(',', fp);
			hist_write(fp, field_hist(f, r->stats), 0);
			continue;
		}
		/* a missing value is an empty cell, as spreadsheets expect */
		csv_cell(fp, f->type == FIELD_U64_NULL && !strcmp(v, "null") ?
				     "" : v, 1);
	}
	fputc('\n', fp);
	return ferror(fp) ? -EIO : 0;
}

static void text_kv(FILE *fp, const char *k, const char *v, int numeric,
		    int i)
{
	(void)numeric;
	(void)i;
	fprintf(fp, "  %-16s %s\n", k, v);
}

int emit_text(FILE *fp, const struct record *r)
{
	char buf[300];

	fprintf(fp, "%s %s (%s) on Linux %s\n", r->meta->program,
		r->meta->version, r->meta->type, r->meta->kernel);
	if (r->opts) {
		fputs(" config:\n", fp);
		cfg_walk(r, text_kv, fp);
	}
	fputs(" stats:\n", fp);
	for (const struct field *f = r->fields; f->name; f++) {
		const char *v = field_str(f, r->stats, buf, sizeof(buf));
		int null = f->type == FIELD_U64_NULL && !strcmp(v, "null");

		if (f->type == FIELD_HIST) {
			fprintf(fp, "  %-16s ", f->name);
			hist_write(fp, field_hist(f, r->stats), 0);
			fprintf(fp, "%s%s\n", f->unit && *f->unit ? " " : "",
				f->unit ? f->unit : "");
			continue;
		}
		fprintf(fp, "  %-16s %s%s%s\n", f->name, v,
			f->unit && *f->unit && !null ? " " : "",
			f->unit && !null ? f->unit : "");
	}
	return ferror(fp) ? -EIO : 0;
}

int emit_record(FILE *fp, enum out_format f, const struct record *r,
		int header)
{
	switch (f) {
	case OUT_JSON:
	case OUT_JSONL:
		return emit_json(fp, r);
	case OUT_CSV:
		return emit_csv(fp, r, header);
	case OUT_TEXT:
		return emit_text(fp, r);
	}
	return -EINVAL;
}
