set terminal pngcairo size 800,520 font 'sans,10' noenhanced
set datafile missing 'NaN'
set grid
set key outside right top
set ylabel 'packet throughput (kpps)'
set yrange [0:*]
set offsets graph 0.03, graph 0.03, 0, 0
$d1 << EOD
0.005 1.747 1.747 1.747 2.949 2.949 2.949 NaN NaN
0.01 2.667 2.667 2.667 2.944 2.944 2.944 NaN NaN
0.015 2.944 2.944 2.944 2.948 2.948 2.948 NaN NaN
0.02 2.941 2.941 2.941 2.948 2.948 2.948 NaN NaN
0.025 2.262 2.262 2.262 2.932 2.932 2.932 NaN NaN
EOD
set output 'figures/trunk-I.png'
set title 'UML guest, 1 vCPU: trunk (study: macvlan-trunk): scenario I'
set xlabel 'packets sent (M)'
set xtics ('0.005' 0.005, '0.01' 0.01, '0.015' 0.015, '0.02' 0.02, '0.025' 0.025)
unset label
plot $d1 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d1 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d2 << EOD
200 1.178 1.178 1.178 1.180 1.180 1.180 NaN NaN
400 2.335 2.335 2.335 2.359 2.359 2.359 NaN NaN
600 1.154 1.154 1.154 3.479 3.479 3.479 NaN NaN
800 1.619 1.619 1.619 4.723 4.723 4.723 NaN NaN
EOD
set output 'figures/trunk-II.png'
set title 'UML guest, 1 vCPU: trunk (study: macvlan-trunk): scenario II'
set xlabel 'study tx rate (Mbit/s), sent at 0.005 x it'
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d2 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d2 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d3 << EOD
64 1.808 1.808 1.808 2.929 2.929 2.929 NaN NaN
128 1.317 1.317 1.317 1.838 1.838 1.838 NaN NaN
256 1.050 1.050 1.050 1.049 1.049 1.049 NaN NaN
512 0.561 0.561 0.561 0.564 0.564 0.564 NaN NaN
1024 0.293 0.293 0.293 0.293 0.293 0.293 NaN NaN
EOD
set output 'figures/trunk-III.png'
set title 'UML guest, 1 vCPU: trunk (study: macvlan-trunk): scenario III'
set xlabel 'UDP payload (bytes)'
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d3 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d3 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d4 << EOD
0.005 1.216 1.216 1.216 1.906 1.906 1.906 NaN NaN
0.01 1.489 1.489 1.489 3.028 3.028 3.028 NaN NaN
0.015 1.501 1.501 1.501 3.086 3.086 3.086 NaN NaN
0.02 1.872 1.872 1.872 2.946 2.946 2.946 NaN NaN
0.025 2.203 2.203 2.203 2.952 2.952 2.952 NaN NaN
EOD
set output 'figures/ovs-I.png'
set title 'UML guest, 1 vCPU: ovs (study: ovs-bridge): scenario I'
set xlabel 'packets sent (M)'
set xtics ('0.005' 0.005, '0.01' 0.01, '0.015' 0.015, '0.02' 0.02, '0.025' 0.025)
unset label
plot $d4 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d4 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d5 << EOD
200 1.035 1.035 1.035 1.278 1.278 1.278 NaN NaN
400 1.817 1.817 1.817 2.342 2.342 2.342 NaN NaN
600 1.048 1.048 1.048 3.425 3.425 3.425 NaN NaN
800 2.149 2.149 2.149 4.685 4.685 4.685 NaN NaN
EOD
set output 'figures/ovs-II.png'
set title 'UML guest, 1 vCPU: ovs (study: ovs-bridge): scenario II'
set xlabel 'study tx rate (Mbit/s), sent at 0.005 x it'
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d5 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d5 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d6 << EOD
64 1.666 1.666 1.666 2.950 2.950 2.950 NaN NaN
128 1.828 1.828 1.828 0.898 0.898 0.898 NaN NaN
256 1.055 1.055 1.055 1.052 1.052 1.052 NaN NaN
512 0.563 0.563 0.563 0.654 0.654 0.654 NaN NaN
1024 0.291 0.291 0.291 0.293 0.293 0.293 NaN NaN
EOD
set output 'figures/ovs-III.png'
set title 'UML guest, 1 vCPU: ovs (study: ovs-bridge): scenario III'
set xlabel 'UDP payload (bytes)'
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d6 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d6 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap'
set terminal pngcairo size 840,990 font 'sans,9' noenhanced
set output 'figures/overview.png'
unset label
set key inside right top font ',8' opaque
set multiplot layout 3,2 title 'UML guest, 1 vCPU: pktbench sweep: median packet throughput per set-up'
$d7 << EOD
0.005 1.747 1.216
0.01 2.667 1.489
0.015 2.944 1.501
0.02 2.941 1.872
0.025 2.262 2.203
EOD
set title 'UML guest, 1 vCPU: scenario I, udp'
set xlabel 'packets sent (M)'
set xtics ('0.005' 0.005, '0.01' 0.01, '0.015' 0.015, '0.02' 0.02, '0.025' 0.025)
plot $d7 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'trunk', $d7 using 1:3 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'ovs'
$d8 << EOD
0.005 2.949 1.906
0.01 2.944 3.028
0.015 2.948 3.086
0.02 2.948 2.946
0.025 2.932 2.952
EOD
set title 'UML guest, 1 vCPU: scenario I, mmap'
set xlabel 'packets sent (M)'
set xtics ('0.005' 0.005, '0.01' 0.01, '0.015' 0.015, '0.02' 0.02, '0.025' 0.025)
plot $d8 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'trunk', $d8 using 1:3 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'ovs'
$d9 << EOD
200 1.178 1.035
400 2.335 1.817
600 1.154 1.048
800 1.619 2.149
EOD
set title 'UML guest, 1 vCPU: scenario II, udp'
set xlabel 'study tx rate (Mbit/s), sent at 0.005 x it'
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
plot $d9 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'trunk', $d9 using 1:3 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'ovs'
$d10 << EOD
200 1.180 1.278
400 2.359 2.342
600 3.479 3.425
800 4.723 4.685
EOD
set title 'UML guest, 1 vCPU: scenario II, mmap'
set xlabel 'study tx rate (Mbit/s), sent at 0.005 x it'
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
plot $d10 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'trunk', $d10 using 1:3 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'ovs'
$d11 << EOD
64 1.808 1.666
128 1.317 1.828
256 1.050 1.055
512 0.561 0.563
1024 0.293 0.291
EOD
set title 'UML guest, 1 vCPU: scenario III, udp'
set xlabel 'UDP payload (bytes)'
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
plot $d11 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'trunk', $d11 using 1:3 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'ovs'
$d12 << EOD
64 2.929 2.950
128 1.838 0.898
256 1.049 1.052
512 0.564 0.654
1024 0.293 0.293
EOD
set title 'UML guest, 1 vCPU: scenario III, mmap'
set xlabel 'UDP payload (bytes)'
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
plot $d12 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'trunk', $d12 using 1:3 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'ovs'
unset multiplot
