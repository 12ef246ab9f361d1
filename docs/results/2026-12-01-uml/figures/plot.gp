set terminal pngcairo size 800,520 font 'sans,10' noenhanced
set datafile missing 'NaN'
set grid
set key outside right top
set ylabel 'packet throughput (kpps)'
set yrange [0:*]
set offsets graph 0.03, graph 0.03, 0, 0
set bars small
set autoscale xfix
$d1 << EOD
0.005 1.747 NaN NaN 2.949 NaN NaN NaN NaN
0.01 2.667 NaN NaN 2.944 NaN NaN NaN NaN
0.015 2.944 NaN NaN 2.948 NaN NaN NaN NaN
0.02 2.941 NaN NaN 2.948 NaN NaN NaN NaN
0.025 2.262 NaN NaN 2.932 NaN NaN NaN NaN
EOD
set output 'figures/trunk-I.png'
set title "UML guest, 1 vCPU: trunk (study: macvlan-trunk): scenario I\nlines: medians; no bars (no point has 2 runs: no interval)"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.005' 0.005, '0.01' 0.01, '0.015' 0.015, '0.02' 0.02, '0.025' 0.025)
unset label
plot $d1 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d1 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d2 << EOD
200 1.178 NaN NaN 1.180 NaN NaN NaN NaN
400 2.335 NaN NaN 2.359 NaN NaN NaN NaN
600 1.154 NaN NaN 3.479 NaN NaN NaN NaN
800 1.619 NaN NaN 4.723 NaN NaN NaN NaN
EOD
set output 'figures/trunk-II.png'
set title "UML guest, 1 vCPU: trunk (study: macvlan-trunk): scenario II\nlines: medians; no bars (no point has 2 runs: no interval)"
set xlabel 'study tx rate (Mbit/s), sent at 0.005 x it'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d2 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d2 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d3 << EOD
64 1.808 NaN NaN 2.929 NaN NaN NaN NaN
128 1.317 NaN NaN 1.838 NaN NaN NaN NaN
256 1.050 NaN NaN 1.049 NaN NaN NaN NaN
512 0.561 NaN NaN 0.564 NaN NaN NaN NaN
1024 0.293 NaN NaN 0.293 NaN NaN NaN NaN
EOD
set output 'figures/trunk-III.png'
set title "UML guest, 1 vCPU: trunk (study: macvlan-trunk): scenario III\nlines: medians; no bars (no point has 2 runs: no interval)"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d3 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d3 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d4 << EOD
0.005 1.216 NaN NaN 1.906 NaN NaN NaN NaN
0.01 1.489 NaN NaN 3.028 NaN NaN NaN NaN
0.015 1.501 NaN NaN 3.086 NaN NaN NaN NaN
0.02 1.872 NaN NaN 2.946 NaN NaN NaN NaN
0.025 2.203 NaN NaN 2.952 NaN NaN NaN NaN
EOD
set output 'figures/ovs-I.png'
set title "UML guest, 1 vCPU: ovs (study: ovs-bridge): scenario I\nlines: medians; no bars (no point has 2 runs: no interval)"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.005' 0.005, '0.01' 0.01, '0.015' 0.015, '0.02' 0.02, '0.025' 0.025)
unset label
plot $d4 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d4 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d5 << EOD
200 1.035 NaN NaN 1.278 NaN NaN NaN NaN
400 1.817 NaN NaN 2.342 NaN NaN NaN NaN
600 1.048 NaN NaN 3.425 NaN NaN NaN NaN
800 2.149 NaN NaN 4.685 NaN NaN NaN NaN
EOD
set output 'figures/ovs-II.png'
set title "UML guest, 1 vCPU: ovs (study: ovs-bridge): scenario II\nlines: medians; no bars (no point has 2 runs: no interval)"
set xlabel 'study tx rate (Mbit/s), sent at 0.005 x it'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d5 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d5 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d6 << EOD
64 1.666 NaN NaN 2.950 NaN NaN NaN NaN
128 1.828 NaN NaN 0.898 NaN NaN NaN NaN
256 1.055 NaN NaN 1.052 NaN NaN NaN NaN
512 0.563 NaN NaN 0.654 NaN NaN NaN NaN
1024 0.291 NaN NaN 0.293 NaN NaN NaN NaN
EOD
set output 'figures/ovs-III.png'
set title "UML guest, 1 vCPU: ovs (study: ovs-bridge): scenario III\nlines: medians; no bars (no point has 2 runs: no interval)"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d6 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d6 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap'
set terminal pngcairo size 840,1075 font 'sans,9' noenhanced
set output 'figures/overview.png'
unset label
unset key
set multiplot title "UML guest, 1 vCPU: pktbench sweep: median packet throughput per set-up\nlines: medians; no bars (no point has 2 runs: no interval)"
$d7 << EOD
0.005 1.747 NaN NaN 1.216 NaN NaN NaN NaN
0.01 2.667 NaN NaN 1.489 NaN NaN NaN NaN
0.015 2.944 NaN NaN 1.501 NaN NaN NaN NaN
0.02 2.941 NaN NaN 1.872 NaN NaN NaN NaN
0.025 2.262 NaN NaN 2.203 NaN NaN NaN NaN
EOD
set origin 0.0000,0.6512
set size 0.5000,0.3070
set title 'UML guest, 1 vCPU: scenario I, udp'
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.005' 0.005, '0.01' 0.01, '0.015' 0.015, '0.02' 0.02, '0.025' 0.025)
unset label
plot $d7 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d7 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle
$d8 << EOD
0.005 2.949 NaN NaN 1.906 NaN NaN NaN NaN
0.01 2.944 NaN NaN 3.028 NaN NaN NaN NaN
0.015 2.948 NaN NaN 3.086 NaN NaN NaN NaN
0.02 2.948 NaN NaN 2.946 NaN NaN NaN NaN
0.025 2.932 NaN NaN 2.952 NaN NaN NaN NaN
EOD
set origin 0.5000,0.6512
set size 0.5000,0.3070
set title 'UML guest, 1 vCPU: scenario I, mmap'
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.005' 0.005, '0.01' 0.01, '0.015' 0.015, '0.02' 0.02, '0.025' 0.025)
unset label
plot $d8 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d8 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle
$d9 << EOD
200 1.178 NaN NaN 1.035 NaN NaN NaN NaN
400 2.335 NaN NaN 1.817 NaN NaN NaN NaN
600 1.154 NaN NaN 1.048 NaN NaN NaN NaN
800 1.619 NaN NaN 2.149 NaN NaN NaN NaN
EOD
set origin 0.0000,0.3442
set size 0.5000,0.3070
set title 'UML guest, 1 vCPU: scenario II, udp'
set xlabel 'study tx rate (Mbit/s), sent at 0.005 x it'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d9 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d9 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle
$d10 << EOD
200 1.180 NaN NaN 1.278 NaN NaN NaN NaN
400 2.359 NaN NaN 2.342 NaN NaN NaN NaN
600 3.479 NaN NaN 3.425 NaN NaN NaN NaN
800 4.723 NaN NaN 4.685 NaN NaN NaN NaN
EOD
set origin 0.5000,0.3442
set size 0.5000,0.3070
set title 'UML guest, 1 vCPU: scenario II, mmap'
set xlabel 'study tx rate (Mbit/s), sent at 0.005 x it'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d10 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d10 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle
$d11 << EOD
64 1.808 NaN NaN 1.666 NaN NaN NaN NaN
128 1.317 NaN NaN 1.828 NaN NaN NaN NaN
256 1.050 NaN NaN 1.055 NaN NaN NaN NaN
512 0.561 NaN NaN 0.563 NaN NaN NaN NaN
1024 0.293 NaN NaN 0.291 NaN NaN NaN NaN
EOD
set origin 0.0000,0.0372
set size 0.5000,0.3070
set title 'UML guest, 1 vCPU: scenario III, udp'
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d11 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d11 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle
$d12 << EOD
64 2.929 NaN NaN 2.950 NaN NaN NaN NaN
128 1.838 NaN NaN 0.898 NaN NaN NaN NaN
256 1.049 NaN NaN 1.052 NaN NaN NaN NaN
512 0.564 NaN NaN 0.654 NaN NaN NaN NaN
1024 0.293 NaN NaN 0.293 NaN NaN NaN NaN
EOD
set origin 0.5000,0.0372
set size 0.5000,0.3070
set title 'UML guest, 1 vCPU: scenario III, mmap'
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d12 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d12 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle
unset label
set origin 0,0
set size 1,0.0372
unset title; unset xlabel; unset ylabel; unset tics; unset border; unset grid; unset logscale x
set xrange [0:1]; set yrange [0:1]
set key center center horizontal samplen 4 font ',9'
plot NaN with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'trunk', NaN with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'ovs'
unset multiplot
