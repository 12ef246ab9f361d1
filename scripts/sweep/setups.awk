# The set-up table (networks/setups.tsv) for the awk steps, as
# networks/lib-setup.sh's nw_setup reads it for the shell: columns by the
# header's names, "-" empty.
#
#   setups_load(FILE)   fills setup_n, setup_name[1..setup_n] in table
#                       order and setup_col[NAME, COLUMN]; returns setup_n

function setups_load(file,    line, f, h, n, i, nc) {
	setup_n = 0
	while ((getline line < file) > 0) {
		if (line ~ /^#/ || line == "")
			continue
		nc = split(line, f, "\t")
		if (!n) {
			for (i = 1; i <= nc; i++)
				h[i] = f[i]
			n = nc
			continue
		}
		setup_name[++setup_n] = f[1]
		for (i = 1; i <= nc; i++)
			setup_col[f[1], h[i]] = (f[i] == "-") ? "" : f[i]
	}
	close(file)
	return setup_n
}
