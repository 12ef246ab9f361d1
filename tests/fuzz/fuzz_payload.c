// SPDX-License-Identifier: MIT
/* libFuzzer target: payload_parse on an arbitrary UDP payload. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/frame.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct pkt_info pi;
	int ret;

	/* libFuzzer hands over an exact-size heap copy: ASan sees overreads */
	memset(&pi, 0, sizeof(pi));
	ret = payload_parse(data, len, &pi);
	if (ret != 0 && ret != -EPROTO)
		abort();
	if (!ret && (len < PKT_HDR_LEN || pi.payload_len != len))
		abort();
	return 0;
}
