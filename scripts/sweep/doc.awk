# The markers of one markdown file (docs/doc-markers.md says how to write
# them).  Two passes, run by doc.sh:
#
#   awk -v pass=scan [-v allresults=1] -f doc.awk FILE
#       one job per line, tab-separated:
#         T START END ARGS      a generated block: lines START+1 .. END-1
#                               are `pktbench doc table ARGS`
#         V LINE K NUMBER QUERY the K-th value marker of LINE checks NUMBER
#                               (`pktbench doc value QUERY`)
#         N LINE NUMBER SECTION a number in a results section with no marker
#         E LINE MESSAGE        a marker that is malformed
#
#   awk -v pass=apply -v tables=DIR -v values=FILE -v name=NAME -v msgs=FILE \
#       -f doc.awk FILE
#       FILE with every block replaced by DIR/T<START> and every marked
#       number by its line in VALUES ("LINE<tab>K<tab>TEXT", TEXT starting
#       with "!" for an error); one "NAME:LINE: ..." line per difference
#       into MSGS.
#
# A value marker checks the last number before it on its line, after the
# previous marker.  `pktbench:ok` and `pktbench:unverified` cover every
# number before them on the line (after the previous marker); on a line of
# its own, `pktbench:unverified` covers the block up to `<!-- end -->`, and
# the visible text within eight lines must say "unverifiable".  A heading
# followed by `<!-- pktbench:results -->` opens a results section, up to
# the next heading of its level or above; allresults=1 makes the whole file
# one (bench/results/).  Numbers in code, link targets, comments and the
# patterns of allowed() below need no marker.

# The number before a marker: digits, a decimal part, a sign where one
# can stand (not the dash of "III-64").
function lastnum(s,    t, off, p) {
	NS = 0; NL = 0; off = 0; t = s
	while (match(t, /[0-9]+(\.[0-9]+)?/)) {
		p = off + RSTART
		NS = p; NL = RLENGTH
		if (p > 1 && substr(s, p - 1, 1) == "-" && (p == 2 || substr(s, p - 2, 1) ~ /[ ([]/)) {
			NS = p - 1; NL = RLENGTH + 1
		} else if (p > 3 && substr(s, p - 3, 3) == "\342\210\222") {
			NS = p - 3; NL = RLENGTH + 3
		}
		off += RSTART + RLENGTH - 1
		t = substr(t, RSTART + RLENGTH)
	}
	return NS
}

# Text a reader does not take as a result: list numbers, dates and years,
# sizes, requested rates and counts, durations in seconds, scale factors,
# machine facts, code constants (bytes, frames), versions, the study's bit
# formula.
function allowed(s) {
	gsub(/`[^`]*`/, " ", s)
	gsub(/\]\([^)]*\)/, "]", s)
	gsub(/<[^>]*>/, " ", s)
	gsub(/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9](T[0-9:]*Z)?/, " ", s)
	gsub(/(^|[^0-9.])(19|20)[0-9][0-9]([^0-9.]|$)/, " ", s)
	gsub(/^ *[0-9]+\. /, " ", s)
	gsub(/[0-9]+(, [0-9]+)*,? and [0-9]+ B([^A-Za-z]|$)/, " ", s)
	gsub(/[0-9]+(–[0-9]+)? B([^A-Za-z]|$)/, " ", s)
	gsub(/[0-9.]+ ([KMG]iB|GHz)/, " ", s)
	gsub(/[0-9.]+(–[0-9.]+)? Mbit\/s/, " ", s)
	gsub(/[0-9.]+(–[0-9.]+)? ?[kM]( packets| per point|[,)]|$)/, " ", s)
	gsub(/[0-9.]+ s([^A-Za-z]|$)/, " ", s)
	gsub(/× [0-9.]+/, " ", s)
	gsub(/[0-9]+-?v?CPUs?/, " ", s)
	gsub(/[0-9]+-core/, " ", s)
	gsub(/[0-9]+ (virtual |v)?(CPUs?|cores?|threads?|repeats?|degrees of freedom|bytes|frames)/, " ", s)
	gsub(/[0-9]+-(byte|bit|instruction)/, " ", s)
	gsub(/(Linux|kernel|Debian|Ubuntu|pktbench|jq|mawk|gnuplot) [0-9][0-9.]*/, " ", s)
	gsub(/[0-9]+\.[0-9]+\.[0-9]+/, " ", s)
	gsub(/n = [0-9]+/, " ", s)
	gsub(/[Tt]rials? [0-9]+/, " ", s)
	gsub(/95 %/, " ", s)
	gsub(/\((payload|size) \+ 42\) × 8/, " ", s)
	gsub(/(RFC|section|issue) [0-9.]+/, " ", s)
	return s
}

# Numbers left in s after allowed(), as N jobs.
function unmarked(i, s,    t, p) {
	t = allowed(s)
	while (match(t, /[0-9]+(\.[0-9]+)?/)) {
		p = RSTART
		# part of a name (V3, i7, 8021q, x86_64), not a number
		if (!(p > 1 && substr(t, p - 1, 1) ~ /[A-Za-z_.]/) &&
		    !(substr(t, p + RLENGTH, 1) ~ /[A-Za-wyz_]/) &&
		    !(substr(t, p + RLENGTH, 2) ~ /^x[A-Za-z]/))
			print "N\t" i "\t" substr(t, p, RLENGTH) "\t" secname
		t = substr(t, p + RLENGTH)
	}
}

function say(t) { return index(tolower(t), "unverifiable") > 0 }
function near(i,    j) {
	for (j = i - 8; j <= i + 8; j++)
		if (j >= 1 && j <= n && say(L[j]))
			return 1
	return 0
}

{ L[++n] = $0 }

END {
	if (pass == "scan") scan(); else apply()
}

function heading(i,    lv, j) {
	match(L[i], /^#+/)
	lv = RLENGTH
	if (reslv && lv <= reslv)
		reslv = 0
	for (j = i + 1; j <= n && L[j] == ""; j++)
		;
	if (j <= n && L[j] == "<!-- pktbench:results -->") {
		reslv = lv
		secname = L[i]
		sub(/^#+ */, "", secname)
	}
}

function scan(    i, l, c, k, rest, seg, body, e, q, res, lead, t) {
	fence = 0; blk = 0; unv = 0; reslv = 0
	secname = allresults ? "(file)" : ""
	for (i = 1; i <= n; i++) {
		l = L[i]
		if (blk) {
			if (l == "<!-- end -->") {
				print "T\t" blk "\t" i "\t" args
				blk = 0
			} else if (index(l, "<!-- pktbench:table"))
				print "E\t" i "\ta table marker inside the block of line " blk
			continue
		}
		if (!fence && match(l, /^<!-- pktbench:table .* -->$/)) {
			args = substr(l, 21, length(l) - 24)
			blk = i
			continue
		}
		if (!fence && l ~ /^<!-- pktbench:unverified( .*)? -->$/) {
			unv = i
			if (!near(i))
				print "E\t" i "\tan unverified block whose text does not say \"unverifiable\" within eight lines"
			continue
		}
		if (unv && l == "<!-- end -->") { unv = 0; continue }
		if (l ~ /^(```|~~~)/) { fence = !fence; continue }
		if (fence) continue
		if (l ~ /^#+ /) heading(i)
		res = (reslv || allresults) && !unv
		# an inline code span open from the line before
		lead = tick ? "`" : ""
		t = l
		tick = l == "" ? 0 : (tick + gsub(/`/, "", t)) % 2
		k = 0; rest = l
		while ((c = index(rest, "<!--")) > 0) {
			seg = substr(rest, 1, c - 1)
			e = index(substr(rest, c), "-->")
			if (e == 0) { print "E\t" i "\tan unclosed comment"; rest = ""; break }
			body = substr(rest, c + 4, e - 5)
			rest = substr(rest, c + e + 2)
			# `<!-- ... -->` in a code span is an example, not a marker
			if (c > 1 && substr(seg, c - 1, 1) == "`")
				body = ""
			if (body ~ /^ pktbench:value /) {
				k++
				q = body; sub(/^ pktbench:value +/, "", q); sub(/ +$/, "", q)
				if (!lastnum(seg)) {
					print "E\t" i "\tvalue marker " k " has no number before it"
					continue
				}
				print "V\t" i "\t" k "\t" substr(seg, NS, NL) "\t" q
				if (res) unmarked(i, lead substr(seg, 1, NS - 1))
				lead = ""
			} else if (body ~ /^ pktbench:(ok|unverified)[ ]/) {
				if (body ~ /unverified/ && !near(i))
					print "E\t" i "\tan unverified number whose text does not say \"unverifiable\" within eight lines"
			} else if (body ~ /^ pktbench:results $/) {
				;
			} else if (body ~ /^ pktbench:/) {
				print "E\t" i "\tunknown marker '" body "'"
			} else if (res)
				unmarked(i, lead seg)
			lead = ""
		}
		if (res) unmarked(i, lead rest)
	}
	if (blk) print "E\t" blk "\ta table block without <!-- end -->"
	if (unv) print "E\t" unv "\tan unverified block without <!-- end -->"
}

function apply(    i, j, f, m, F2, got, nl, k, rest, c, e, out, seg, body, v) {
	while ((getline m < values) > 0) {
		split(m, F2, "\t")
		val[F2[1], F2[2]] = substr(m, length(F2[1]) + length(F2[2]) + 3)
	}
	close(values)
	fence = 0
	for (i = 1; i <= n; i++) {
		if (!fence && L[i] ~ /^<!-- pktbench:table .* -->$/) {
			for (j = i + 1; j <= n && L[j] != "<!-- end -->"; j++)
				;
			if (j > n) {
				# no end: scan says so; the lines stay as they are
				print L[i]
				continue
			}
			print L[i]
			nl = 0
			f = tables "/T" i
			while ((getline m < f) > 0) {
				got[++nl] = m
				print m
			}
			close(f)
			for (k = 1; k <= nl || i + k < j; k++) {
				if (i + k < j && k <= nl && L[i + k] == got[k])
					continue
				if (i + k >= j)
					m = "the generated table has more lines: '" got[k] "'"
				else if (k > nl)
					m = "the generated table ends before '" L[i + k] "'"
				else
					m = "'" L[i + k] "' is now '" got[k] "'"
				printf "%s:%d: table (pktbench doc table %s) differs: %s\n", name,
					(i + k < j ? i + k : j), substr(L[i], 21, length(L[i]) - 24), m > msgs
				break
			}
			if (j <= n)
				print L[j]
			i = j
			continue
		}
		if (L[i] ~ /^(```|~~~)/)
			fence = !fence
		if (fence || index(L[i], "<!-- pktbench:value ") == 0) {
			print L[i]
			continue
		}
		out = ""; rest = L[i]; k = 0
		while ((c = index(rest, "<!--")) > 0 && (e = index(substr(rest, c), "-->")) > 0) {
			seg = substr(rest, 1, c - 1)
			body = substr(rest, c + 4, e - 5)
			rest = substr(rest, c + e + 2)
			if (c > 1 && substr(seg, c - 1, 1) == "`") {
				out = out seg "<!--" body "-->"
				continue
			}
			if (body ~ /^ pktbench:value / && lastnum(seg)) {
				k++
				v = val[i, k]
				if (v ~ /^!/)
					printf "%s:%d: value %d (pktbench doc value%s): %s\n", name, i, k,
						substr(body, 16, length(body) - 16), substr(v, 2) > msgs
				else if (substr(seg, NS, NL) != v) {
					printf "%s:%d: value %s is now %s (pktbench doc value%s)\n", name, i,
						substr(seg, NS, NL), v, substr(body, 16, length(body) - 16) > msgs
					seg = substr(seg, 1, NS - 1) v substr(seg, NS + NL)
				}
			} else if (body ~ /^ pktbench:value /)
				k++
			out = out seg "<!--" body "-->"
		}
		print out rest
	}
}
