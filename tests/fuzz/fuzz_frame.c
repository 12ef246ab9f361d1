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
	uint16_t vlan_meta;
	int ret;

	if (len < 2)
		return 0;
	vlan_meta = (uint16_t)(data[0] << 8 | data[1]);
	if (vlan_meta != VLAN_NONE)
		vlan_meta &= 0x0fff;
	data += 2;
	len -= 2;
	ret = frame_parse(data, len, 9000, vlan_meta, &pi);
	if (ret != 0 && ret != -ENOENT && ret != -EPROTO)
		abort();
	/* an accepted frame holds its whole header and payload */
	if (!ret && (pi.payload_len < PKT_HDR_LEN ||
		     pi.payload_len + FRAME_OVERHEAD > len ||
		     (pi.vlan != VLAN_NONE && pi.vlan > 0x0fff)))
		abort();
	return 0;
}
