# The NDR search's next step: trials (JSON lines, slurped) in, one JSON
# object out; see ndr_search.jq for the interface.
#   jq -s -c --argjson cfg CFG -f scripts/sweep/ndr_step.jq trials.jsonl
include "ndr_search" {search: "./"};
step($cfg)
