# Case lines for the sweep tier's tests (sourced): to $PKTBENCH_CASES
# (tests/run.sh) or stdout, one "ok NAME" or "not ok NAME" each, the
# reasons of a failure below it.  Sets failed=1 on a failure.
failed=0

emit() {
	if [ -n "${PKTBENCH_CASES:-}" ]; then printf '%s\n' "$@" >>"$PKTBENCH_CASES"
	else printf '%s\n' "$@"; fi
}

# case_is NAME WHYS: WHYS the reasons, "|"-separated; none is a pass
case_is() {
	if [ -z "${2#|}" ]; then
		emit "ok $1"
	else
		failed=1
		emit "not ok $1"
		printf '%s\n' "${2#|}" | tr '|' '\n' | while IFS= read -r w; do emit "# $1: $w"; done
	fi
}
