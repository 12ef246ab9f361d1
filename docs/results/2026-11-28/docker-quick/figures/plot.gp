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
0.1 127.256 NaN NaN 292.403 NaN NaN 236.757 652.103
0.2 114.759 NaN NaN 385.166 NaN NaN 236.945 659.196
0.3 121.796 NaN NaN 347.033 NaN NaN 231.415 652.955
0.4 121.652 NaN NaN 324.396 NaN NaN 240.421 630.169
0.5 119.587 NaN NaN 341.987 NaN NaN 238.393 658.025
EOD
set output 'figures/native-I.png'
set title "native (study: native): scenario I\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d1 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d1 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d1 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp (at its counts)', $d1 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap (at its counts)'
$d2 << EOD
200 122.365 NaN NaN 235.872 NaN NaN 135.321 179.147
400 104.848 NaN NaN 320.723 NaN NaN 193.036 218.962
600 111.536 NaN NaN 318.532 NaN NaN 232.645 336.022
800 147.032 NaN NaN 395.671 NaN NaN 312.772 458.716
EOD
set output 'figures/native-II.png'
set title "native (study: native): scenario II\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d2 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d2 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d2 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d2 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d3 << EOD
64 127.762 NaN NaN 334.979 NaN NaN 193.935 649.773
128 118.552 NaN NaN 218.476 NaN NaN 156.167 476.872
256 124.438 NaN NaN 209.750 NaN NaN 119.771 280.269
512 112.871 NaN NaN 112.822 NaN NaN 97.808 225.276
1024 58.643 NaN NaN 58.634 NaN NaN 60.918 132.608
EOD
set output 'figures/native-III.png'
set title "native (study: native): scenario III\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d3 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d3 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d3 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d3 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d4 << EOD
0.1 63.354 NaN NaN 121.336 NaN NaN NaN NaN
0.2 66.330 NaN NaN 109.709 NaN NaN NaN NaN
0.3 71.033 NaN NaN 122.927 NaN NaN NaN NaN
0.4 63.621 NaN NaN 109.436 NaN NaN NaN NaN
0.5 63.808 NaN NaN 134.020 NaN NaN NaN NaN
EOD
set output 'figures/bridge-I.png'
set title "bridge: scenario I\nlines: medians; no bars (no point has 2 runs: no interval)"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d4 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d4 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d5 << EOD
200 80.720 NaN NaN 113.938 NaN NaN NaN NaN
400 64.822 NaN NaN 149.506 NaN NaN NaN NaN
600 65.165 NaN NaN 134.232 NaN NaN NaN NaN
800 69.359 NaN NaN 121.910 NaN NaN NaN NaN
EOD
set output 'figures/bridge-II.png'
set title "bridge: scenario II\nlines: medians; no bars (no point has 2 runs: no interval)"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d5 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d5 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d6 << EOD
64 67.916 NaN NaN 121.278 NaN NaN NaN NaN
128 70.974 NaN NaN 125.093 NaN NaN NaN NaN
256 78.134 NaN NaN 116.616 NaN NaN NaN NaN
512 62.124 NaN NaN 91.354 NaN NaN NaN NaN
1024 55.748 NaN NaN 58.638 NaN NaN NaN NaN
EOD
set output 'figures/bridge-III.png'
set title "bridge: scenario III\nlines: medians; no bars (no point has 2 runs: no interval)"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d6 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d6 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d7 << EOD
0.1 82.992 NaN NaN 136.581 NaN NaN 236.136 762.486
0.2 88.929 NaN NaN 106.291 NaN NaN 221.552 773.694
0.3 78.238 NaN NaN 105.810 NaN NaN 222.226 767.558
0.4 89.641 NaN NaN 102.548 NaN NaN 229.298 765.038
0.5 85.124 NaN NaN 123.369 NaN NaN 219.784 764.000
EOD
set output 'figures/ovs-I.png'
set title "ovs (study: ovs-bridge): scenario I\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d7 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d7 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d7 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp (at its counts)', $d7 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap (at its counts)'
$d8 << EOD
200 60.903 NaN NaN 112.851 NaN NaN 207.735 768.049
400 71.445 NaN NaN 142.893 NaN NaN 233.969 765.697
600 85.202 NaN NaN 137.962 NaN NaN 206.456 771.605
800 72.670 NaN NaN 103.102 NaN NaN 225.760 769.231
EOD
set output 'figures/ovs-II.png'
set title "ovs (study: ovs-bridge): scenario II\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d8 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d8 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d8 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d8 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d9 << EOD
64 59.836 NaN NaN 123.467 NaN NaN 232.952 773.395
128 69.637 NaN NaN 121.960 NaN NaN 194.767 694.444
256 78.056 NaN NaN 106.184 NaN NaN 162.999 569.801
512 73.443 NaN NaN 93.599 NaN NaN 121.580 433.088
1024 54.473 NaN NaN 56.224 NaN NaN 60.904 292.654
EOD
set output 'figures/ovs-III.png'
set title "ovs (study: ovs-bridge): scenario III\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d9 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d9 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d9 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d9 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d10 << EOD
0.1 101.720 NaN NaN 256.862 NaN NaN 209.034 819.672
0.2 109.236 NaN NaN 226.313 NaN NaN 212.624 821.693
0.3 105.078 NaN NaN 227.273 NaN NaN 210.102 812.788
0.4 108.939 NaN NaN 224.145 NaN NaN 199.503 828.672
0.5 103.686 NaN NaN 222.034 NaN NaN 180.530 800.833
EOD
set output 'figures/macvlan-I.png'
set title "macvlan (study: macvlan-bridge): scenario I\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d10 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d10 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d10 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp (at its counts)', $d10 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap (at its counts)'
$d11 << EOD
200 81.824 NaN NaN 235.763 NaN NaN 193.702 810.373
400 146.613 NaN NaN 229.994 NaN NaN 211.638 794.913
600 117.098 NaN NaN 240.014 NaN NaN 224.380 798.085
800 171.139 NaN NaN 228.232 NaN NaN 209.742 800.641
EOD
set output 'figures/macvlan-II.png'
set title "macvlan (study: macvlan-bridge): scenario II\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d11 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d11 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d11 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d11 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d12 << EOD
64 100.384 NaN NaN 236.859 NaN NaN 241.131 798.722
128 96.033 NaN NaN 317.704 NaN NaN 194.328 712.251
256 103.791 NaN NaN 209.752 NaN NaN 157.487 585.138
512 112.077 NaN NaN 112.823 NaN NaN 121.278 442.087
1024 58.666 NaN NaN 58.633 NaN NaN 61.864 303.030
EOD
set output 'figures/macvlan-III.png'
set title "macvlan (study: macvlan-bridge): scenario III\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d12 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d12 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d12 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d12 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
set terminal pngcairo size 840,1075 font 'sans,9' noenhanced
set output 'figures/overview.png'
unset label
unset key
set multiplot title "pktbench sweep: median packet throughput per set-up\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed, in the set-up's colour, at its own packet counts"
$d13 << EOD
0.1 127.256 NaN NaN 63.354 NaN NaN 82.992 NaN NaN 101.720 NaN NaN 236.757 NaN 236.136 209.034
0.2 114.759 NaN NaN 66.330 NaN NaN 88.929 NaN NaN 109.236 NaN NaN 236.945 NaN 221.552 212.624
0.3 121.796 NaN NaN 71.033 NaN NaN 78.238 NaN NaN 105.078 NaN NaN 231.415 NaN 222.226 210.102
0.4 121.652 NaN NaN 63.621 NaN NaN 89.641 NaN NaN 108.939 NaN NaN 240.421 NaN 229.298 199.503
0.5 119.587 NaN NaN 63.808 NaN NaN 85.124 NaN NaN 103.686 NaN NaN 238.393 NaN 219.784 180.530
EOD
set origin 0.0000,0.6512
set size 0.5000,0.3070
set title 'scenario I, udp'
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d13 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d13 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d13 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d13 using 1:11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d13 using 1:14 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d13 using 1:16 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d13 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle
$d14 << EOD
0.1 292.403 NaN NaN 121.336 NaN NaN 136.581 NaN NaN 256.862 NaN NaN 652.103 NaN 762.486 819.672
0.2 385.166 NaN NaN 109.709 NaN NaN 106.291 NaN NaN 226.313 NaN NaN 659.196 NaN 773.694 821.693
0.3 347.033 NaN NaN 122.927 NaN NaN 105.810 NaN NaN 227.273 NaN NaN 652.955 NaN 767.558 812.788
0.4 324.396 NaN NaN 109.436 NaN NaN 102.548 NaN NaN 224.145 NaN NaN 630.169 NaN 765.038 828.672
0.5 341.987 NaN NaN 134.020 NaN NaN 123.369 NaN NaN 222.034 NaN NaN 658.025 NaN 764.000 800.833
EOD
set origin 0.5000,0.6512
set size 0.5000,0.3070
set title 'scenario I, mmap'
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d14 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d14 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d14 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d14 using 1:11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d14 using 1:14 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d14 using 1:16 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d14 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle
$d15 << EOD
200 122.365 NaN NaN 80.720 NaN NaN 60.903 NaN NaN 81.824 NaN NaN 135.321 NaN 207.735 193.702
400 104.848 NaN NaN 64.822 NaN NaN 71.445 NaN NaN 146.613 NaN NaN 193.036 NaN 233.969 211.638
600 111.536 NaN NaN 65.165 NaN NaN 85.202 NaN NaN 117.098 NaN NaN 232.645 NaN 206.456 224.380
800 147.032 NaN NaN 69.359 NaN NaN 72.670 NaN NaN 171.139 NaN NaN 312.772 NaN 225.760 209.742
EOD
set origin 0.0000,0.3442
set size 0.5000,0.3070
set title 'scenario II, udp'
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d15 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d15 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d15 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d15 using 1:11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d15 using 1:14 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d15 using 1:16 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d15 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle
$d16 << EOD
200 235.872 NaN NaN 113.938 NaN NaN 112.851 NaN NaN 235.763 NaN NaN 179.147 NaN 768.049 810.373
400 320.723 NaN NaN 149.506 NaN NaN 142.893 NaN NaN 229.994 NaN NaN 218.962 NaN 765.697 794.913
600 318.532 NaN NaN 134.232 NaN NaN 137.962 NaN NaN 240.014 NaN NaN 336.022 NaN 771.605 798.085
800 395.671 NaN NaN 121.910 NaN NaN 103.102 NaN NaN 228.232 NaN NaN 458.716 NaN 769.231 800.641
EOD
set origin 0.5000,0.3442
set size 0.5000,0.3070
set title 'scenario II, mmap'
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d16 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d16 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d16 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d16 using 1:11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d16 using 1:14 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d16 using 1:16 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d16 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle
$d17 << EOD
64 127.762 NaN NaN 67.916 NaN NaN 59.836 NaN NaN 100.384 NaN NaN 193.935 NaN 232.952 241.131
128 118.552 NaN NaN 70.974 NaN NaN 69.637 NaN NaN 96.033 NaN NaN 156.167 NaN 194.767 194.328
256 124.438 NaN NaN 78.134 NaN NaN 78.056 NaN NaN 103.791 NaN NaN 119.771 NaN 162.999 157.487
512 112.871 NaN NaN 62.124 NaN NaN 73.443 NaN NaN 112.077 NaN NaN 97.808 NaN 121.580 121.278
1024 58.643 NaN NaN 55.748 NaN NaN 54.473 NaN NaN 58.666 NaN NaN 60.918 NaN 60.904 61.864
EOD
set origin 0.0000,0.0372
set size 0.5000,0.3070
set title 'scenario III, udp'
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d17 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d17 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d17 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d17 using 1:11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d17 using 1:14 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d17 using 1:16 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d17 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle
$d18 << EOD
64 334.979 NaN NaN 121.278 NaN NaN 123.467 NaN NaN 236.859 NaN NaN 649.773 NaN 773.395 798.722
128 218.476 NaN NaN 125.093 NaN NaN 121.960 NaN NaN 317.704 NaN NaN 476.872 NaN 694.444 712.251
256 209.750 NaN NaN 116.616 NaN NaN 106.184 NaN NaN 209.752 NaN NaN 280.269 NaN 569.801 585.138
512 112.822 NaN NaN 91.354 NaN NaN 93.599 NaN NaN 112.823 NaN NaN 225.276 NaN 433.088 442.087
1024 58.634 NaN NaN 58.638 NaN NaN 56.224 NaN NaN 58.633 NaN NaN 132.608 NaN 292.654 303.030
EOD
set origin 0.5000,0.0372
set size 0.5000,0.3070
set title 'scenario III, mmap'
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d18 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d18 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d18 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d18 using 1:11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d18 using 1:14 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d18 using 1:16 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d18 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle
unset label
set origin 0,0
set size 1,0.0372
unset title; unset xlabel; unset ylabel; unset tics; unset border; unset grid; unset logscale x
set xrange [0:1]; set yrange [0:1]
set key center center horizontal samplen 4 font ',9'
plot NaN with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', NaN with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'bridge', NaN with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'ovs', NaN with linespoints lw 2 pt 7 lc rgb '#d62728' title 'macvlan', NaN with linespoints dt 2 lw 1.5 pt 6 lc rgb '#555555' title 'study (dashed)'
unset multiplot
