// SPDX-License-Identifier: MIT
/*
 * libFuzzer target: frame_parse on an arbitrary L2 frame.  The first two
 * input bytes choose the VLAN tag the kernel "stripped" (0xffff: none);
 * the rest is the frame.  dport is the default 9000, so the corpus holds
 * real test frames.
 */
#include <errno.h>
#include <stdlib.h>

#include "core/frame.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct pkt_info pi = { 0 };
	static const struct frame_dst dst = {
		.mac = { 0x02, 0, 0, 0, 0, 0x02 },
		.nip = 1,
		.ip = { 0x020200c0 },	/* 192.0.2.2, network order */
	};
	uint16_t vlan_meta;
	int ret, dret;

	if (len < 2)
		return 0;
	vlan_meta = (uint16_t)(data[0] << 8 | data[1]);
	if (vlan_meta != VLAN_NONE)
		vlan_meta &= 0x0fff;
	data += 2;
	len -= 2;
	ret = frame_parse(data, len, 9000, vlan_meta, &pi);
	if (ret != 0 && ret != -ENOENT && ret != -EPROTO && ret != -EBADMSG)
		abort();
	/* the raw receivers' address check reads the same untrusted bytes */
	dret = frame_dst_check(data, len, &dst);
	if (dret != 0 && dret != FRAME_FOREIGN_MAC &&
	    dret != FRAME_FOREIGN_IP && dret != -EPROTO)
		abort();
	/* an accepted frame holds its whole header and payload */
	if (!ret && (pi.payload_len < PKT_HDR_LEN ||
		     pi.payload_len + FRAME_OVERHEAD > len ||
		     (pi.vlan != VLAN_NONE && pi.vlan > 0x0fff)))
		abort();
	return 0;
}
