// SPDX-License-Identifier: MIT
/*
 * The receiver's XDP program, written as BPF instructions, and the few
 * bpf(2) commands it needs: no libbpf, no BTF, no ELF object.
 *
 * In C it would read:
 *
 *	eth = data; off = 14; proto = eth->h_proto;
 *	if (proto == htons(ETH_P_8021Q)) { proto = inner proto; off += 4; }
 *	if (proto == htons(ETH_P_IP) && ihl == 5 && ip->protocol == UDP &&
 *	    !(ip->frag_off & (MF | offset)) && udp->dest == htons(port))
 *		return bpf_redirect_map(&xsks, ctx->rx_queue_index, XDP_PASS);
 *	return XDP_PASS;
 *
 * with every read checked against data_end first, so a short frame ends
 * in XDP_PASS.  The XDP_PASS in the redirect is the action for a queue
 * without one of our sockets.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <linux/bpf.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "xsk.h"

#define BPF_FUNC_redirect_map 51	/* enum bpf_func_id */
#define IP_HDR 14			/* IPv4 header offset, untagged */

#define INSN(c, d, s, o, i)                                               \
	((struct bpf_insn){ .code = (c), .dst_reg = (d), .src_reg = (s),  \
			    .off = (o), .imm = (i) })
#define MOV64_REG(d, s) INSN(BPF_ALU64 | BPF_MOV | BPF_X, d, s, 0, 0)
#define MOV64_IMM(d, i) INSN(BPF_ALU64 | BPF_MOV | BPF_K, d, 0, 0, i)
#define ADD64_IMM(d, i) INSN(BPF_ALU64 | BPF_ADD | BPF_K, d, 0, 0, i)
#define AND64_IMM(d, i) INSN(BPF_ALU64 | BPF_AND | BPF_K, d, 0, 0, i)
#define LDX(sz, d, s, o) INSN(BPF_LDX | BPF_MEM | (sz), d, s, o, 0)
#define JNE_IMM(d, i, o) INSN(BPF_JMP | BPF_JNE | BPF_K, d, 0, o, i)
#define JGT_REG(d, s, o) INSN(BPF_JMP | BPF_JGT | BPF_X, d, s, o, 0)
#define CALL(f) INSN(BPF_JMP | BPF_CALL, 0, 0, 0, f)
#define EXIT() INSN(BPF_JMP | BPF_EXIT, 0, 0, 0, 0)

/* Jumps to the XDP_PASS tail get their offset once it is placed. */
#define TO_PASS 0x7fff

struct prog_buf {
	struct bpf_insn *insn;
	unsigned n;
};

static void emit(struct prog_buf *p, struct bpf_insn insn)
{
	if (p->n < XDP_PROG_MAX_INSNS)
		p->insn[p->n] = insn;
	p->n++;
}

/* r4 = r2 + len; if r4 > data_end: pass */
static void emit_need(struct prog_buf *p, int len)
{
	emit(p, MOV64_REG(BPF_REG_4, BPF_REG_2));
	emit(p, ADD64_IMM(BPF_REG_4, len));
	emit(p, JGT_REG(BPF_REG_4, BPF_REG_3, TO_PASS));
}

unsigned xdp_prog_build(struct bpf_insn *insns, uint16_t dport, int map_fd,
			unsigned fallback)
{
	struct prog_buf p = { insns, 0 };
	unsigned skip_vlan;

	emit(&p, MOV64_REG(BPF_REG_6, BPF_REG_1));
	emit(&p, LDX(BPF_W, BPF_REG_2, BPF_REG_6,
		     offsetof(struct xdp_md, data)));
	emit(&p, LDX(BPF_W, BPF_REG_3, BPF_REG_6,
		     offsetof(struct xdp_md, data_end)));
	emit_need(&p, IP_HDR);
	/* loads are in host order, like htons() of the constants */
	emit(&p, LDX(BPF_H, BPF_REG_5, BPF_REG_2, 12));
	skip_vlan = p.n;
	emit(&p, JNE_IMM(BPF_REG_5, htons(0x8100), 0));
	emit_need(&p, IP_HDR + 4);
	emit(&p, LDX(BPF_H, BPF_REG_5, BPF_REG_2, 16));
	emit(&p, ADD64_IMM(BPF_REG_2, 4));	/* the tag shifts the rest */
	if (skip_vlan < XDP_PROG_MAX_INSNS)
		insns[skip_vlan].off = (int16_t)(p.n - skip_vlan - 1);
	emit(&p, JNE_IMM(BPF_REG_5, htons(0x0800), TO_PASS));
	emit_need(&p, IP_HDR + 20 + 8);
	emit(&p, LDX(BPF_B, BPF_REG_5, BPF_REG_2, IP_HDR));
	emit(&p, JNE_IMM(BPF_REG_5, 0x45, TO_PASS));	/* v4, no options */
	emit(&p, LDX(BPF_B, BPF_REG_5, BPF_REG_2, IP_HDR + 9));
	emit(&p, JNE_IMM(BPF_REG_5, 17, TO_PASS));	/* UDP */
	emit(&p, LDX(BPF_H, BPF_REG_5, BPF_REG_2, IP_HDR + 6));
	emit(&p, AND64_IMM(BPF_REG_5, htons(0x3fff)));	/* MF, offset */
	emit(&p, JNE_IMM(BPF_REG_5, 0, TO_PASS));
	emit(&p, LDX(BPF_H, BPF_REG_5, BPF_REG_2, IP_HDR + 20 + 2));
	emit(&p, JNE_IMM(BPF_REG_5, htons(dport), TO_PASS));
	emit(&p, LDX(BPF_W, BPF_REG_2, BPF_REG_6,
		     offsetof(struct xdp_md, rx_queue_index)));
	/* ld_imm64 r1 = map: two instruction slots */
	emit(&p, INSN(BPF_LD | BPF_DW | BPF_IMM, BPF_REG_1, BPF_PSEUDO_MAP_FD,
		      0, map_fd));
	emit(&p, INSN(0, 0, 0, 0, 0));
	emit(&p, MOV64_IMM(BPF_REG_3, (int)fallback));
	emit(&p, CALL(BPF_FUNC_redirect_map));
	emit(&p, EXIT());
	/* pass: */
	for (unsigned i = 0; i < p.n && i < XDP_PROG_MAX_INSNS; i++)
		if (BPF_CLASS(insns[i].code) == BPF_JMP &&
		    insns[i].off == TO_PASS)
			insns[i].off = (int16_t)(p.n - i - 1);
	emit(&p, MOV64_IMM(BPF_REG_0, XDP_PASS));
	emit(&p, EXIT());
	return p.n <= XDP_PROG_MAX_INSNS ? p.n : 0;
}

static int sys_bpf(int cmd, union bpf_attr *attr)
{
	long ret = syscall(SYS_bpf, cmd, attr, sizeof(*attr));

	return ret < 0 ? -errno : (int)ret;
}

int xdp_prog_load(const struct bpf_insn *insns, unsigned n, char *log,
		  size_t loglen)
{
	static const char license[] = "Dual MIT/GPL";
	union bpf_attr a;
	int ret;

	memset(&a, 0, sizeof(a));
	a.prog_type = BPF_PROG_TYPE_XDP;
	a.expected_attach_type = BPF_XDP;
	a.insns = (uintptr_t)insns;
	a.insn_cnt = n;
	a.license = (uintptr_t)license;
	memcpy(a.prog_name, "pktbench_xdp", sizeof("pktbench_xdp"));
	ret = sys_bpf(BPF_PROG_LOAD, &a);
	if (ret == -EACCES && log && loglen) {
		/* the verifier said no: load again for its reasons */
		a.log_buf = (uintptr_t)log;
		a.log_size = (uint32_t)loglen;
		a.log_level = 1;
		log[0] = '\0';
		ret = sys_bpf(BPF_PROG_LOAD, &a);
	}
	return ret;
}

int xdp_map_create(unsigned entries)
{
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	a.map_type = BPF_MAP_TYPE_XSKMAP;
	a.key_size = sizeof(uint32_t);
	a.value_size = sizeof(uint32_t);
	a.max_entries = entries;
	memcpy(a.map_name, "pktbench_xsks", sizeof("pktbench_xsks"));
	return sys_bpf(BPF_MAP_CREATE, &a);
}

int xdp_map_set(int map_fd, unsigned key, int fd)
{
	uint32_t k = key, v = (uint32_t)fd;
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	a.map_fd = (uint32_t)map_fd;
	a.key = (uintptr_t)&k;
	a.value = (uintptr_t)&v;
	return sys_bpf(BPF_MAP_UPDATE_ELEM, &a);
}

int xdp_link_create(int prog_fd, unsigned ifindex, unsigned flags)
{
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	a.link_create.prog_fd = (uint32_t)prog_fd;
	a.link_create.target_ifindex = ifindex;
	a.link_create.attach_type = BPF_XDP;
	a.link_create.flags = flags;
	return sys_bpf(BPF_LINK_CREATE, &a);
}

int xdp_prog_test_run(int prog_fd, const void *data, unsigned len)
{
	uint8_t out[XSK_FRAME_SIZE];
	union bpf_attr a;
	int ret;

	memset(&a, 0, sizeof(a));
	a.test.prog_fd = (uint32_t)prog_fd;
	a.test.data_in = (uintptr_t)data;
	a.test.data_size_in = len;
	a.test.data_out = (uintptr_t)out;
	a.test.data_size_out = sizeof(out);
	a.test.repeat = 1;
	ret = sys_bpf(BPF_PROG_TEST_RUN, &a);
	return ret < 0 ? ret : (int)a.test.retval;
}
