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
2 139.503 NaN NaN 348.169 NaN NaN 236.757 652.103
4 159.039 NaN NaN 260.773 NaN NaN 236.945 659.196
6 131.446 NaN NaN 306.509 NaN NaN 231.415 652.955
8 159.481 NaN NaN 297.460 NaN NaN 240.421 630.169
10 146.615 NaN NaN 300.849 NaN NaN 238.393 658.025
EOD
set output 'figures/native-I.png'
set title "native (study: native): scenario I\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d1 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d1 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d1 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d1 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d2 << EOD
200 171.616 NaN NaN 235.850 NaN NaN 135.321 179.147
400 114.031 NaN NaN 251.717 NaN NaN 193.036 218.962
600 129.855 NaN NaN 278.981 NaN NaN 232.645 336.022
800 130.610 NaN NaN 184.576 NaN NaN 312.772 458.716
EOD
set output 'figures/native-II.png'
set title "native (study: native): scenario II\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d2 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d2 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d2 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d2 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d3 << EOD
64 127.205 NaN NaN 287.553 NaN NaN 193.935 649.773
128 121.577 NaN NaN 298.515 NaN NaN 156.167 476.872
256 116.117 NaN NaN 209.690 NaN NaN 119.771 280.269
512 112.826 NaN NaN 112.816 NaN NaN 97.808 225.276
1024 58.605 NaN NaN 58.631 NaN NaN 60.918 132.608
EOD
set output 'figures/native-III.png'
set title "native (study: native): scenario III\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d3 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d3 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d3 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d3 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d4 << EOD
2 96.281 NaN NaN 207.662 NaN NaN NaN NaN
4 94.846 NaN NaN 204.549 NaN NaN NaN NaN
6 97.402 NaN NaN 195.027 NaN NaN NaN NaN
8 93.232 NaN NaN 188.152 NaN NaN NaN NaN
10 108.693 NaN NaN 215.115 NaN NaN NaN NaN
EOD
set output 'figures/bridge-I.png'
set title "bridge: scenario I\nlines: medians; no bars (no point has 2 runs: no interval)"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d4 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d4 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d5 << EOD
200 93.332 NaN NaN 210.390 NaN NaN NaN NaN
400 128.799 NaN NaN 226.534 NaN NaN NaN NaN
600 105.258 NaN NaN 174.180 NaN NaN NaN NaN
800 104.243 NaN NaN 200.490 NaN NaN NaN NaN
EOD
set output 'figures/bridge-II.png'
set title "bridge: scenario II\nlines: medians; no bars (no point has 2 runs: no interval)"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d5 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d5 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d6 << EOD
64 111.136 NaN NaN 225.888 NaN NaN NaN NaN
128 115.860 NaN NaN 215.531 NaN NaN NaN NaN
256 110.194 NaN NaN 194.436 NaN NaN NaN NaN
512 100.005 NaN NaN 112.816 NaN NaN NaN NaN
1024 58.636 NaN NaN 58.631 NaN NaN NaN NaN
EOD
set output 'figures/bridge-III.png'
set title "bridge: scenario III\nlines: medians; no bars (no point has 2 runs: no interval)"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d6 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d6 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d7 << EOD
2 92.310 NaN NaN 107.296 NaN NaN 236.136 762.486
4 79.839 NaN NaN 127.984 NaN NaN 221.552 773.694
6 97.537 NaN NaN 110.731 NaN NaN 222.226 767.558
8 94.435 NaN NaN 127.818 NaN NaN 229.298 765.038
10 105.364 NaN NaN 122.524 NaN NaN 219.784 764.000
EOD
set output 'figures/ovs-I.png'
set title "ovs (study: ovs-bridge): scenario I\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d7 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d7 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d7 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d7 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d8 << EOD
200 98.355 NaN NaN 120.830 NaN NaN 207.735 768.049
400 102.004 NaN NaN 129.753 NaN NaN 233.969 765.697
600 76.134 NaN NaN 125.156 NaN NaN 206.456 771.605
800 110.402 NaN NaN 155.693 NaN NaN 225.760 769.231
EOD
set output 'figures/ovs-II.png'
set title "ovs (study: ovs-bridge): scenario II\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d8 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d8 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d8 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d8 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d9 << EOD
64 101.376 NaN NaN 137.476 NaN NaN 232.952 773.395
128 86.048 NaN NaN 106.845 NaN NaN 194.767 694.444
256 91.545 NaN NaN 134.959 NaN NaN 162.999 569.801
512 107.330 NaN NaN 112.085 NaN NaN 121.580 433.088
1024 58.361 NaN NaN 58.193 NaN NaN 60.904 292.654
EOD
set output 'figures/ovs-III.png'
set title "ovs (study: ovs-bridge): scenario III\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d9 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d9 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d9 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d9 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d10 << EOD
2 135.075 NaN NaN 316.267 NaN NaN 209.034 819.672
4 171.983 NaN NaN 303.868 NaN NaN 212.624 821.693
6 131.305 NaN NaN 316.751 NaN NaN 210.102 812.788
8 159.149 NaN NaN 315.882 NaN NaN 199.503 828.672
10 135.872 NaN NaN 292.738 NaN NaN 180.530 800.833
EOD
set output 'figures/macvlan-I.png'
set title "macvlan (study: macvlan-bridge): scenario I\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d10 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d10 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d10 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d10 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d11 << EOD
200 141.717 NaN NaN 235.850 NaN NaN 193.702 810.373
400 161.191 NaN NaN 280.010 NaN NaN 211.638 794.913
600 129.836 NaN NaN 293.429 NaN NaN 224.380 798.085
800 132.920 NaN NaN 370.437 NaN NaN 209.742 800.641
EOD
set output 'figures/macvlan-II.png'
set title "macvlan (study: macvlan-bridge): scenario II\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d11 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d11 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d11 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d11 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d12 << EOD
64 148.437 NaN NaN 348.571 NaN NaN 241.131 798.722
128 162.297 NaN NaN 293.417 NaN NaN 194.328 712.251
256 113.851 NaN NaN 209.733 NaN NaN 157.487 585.138
512 112.850 NaN NaN 112.816 NaN NaN 121.278 442.087
1024 58.631 NaN NaN 58.631 NaN NaN 61.864 303.030
EOD
set output 'figures/macvlan-III.png'
set title "macvlan (study: macvlan-bridge): scenario III\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d12 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d12 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d12 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d12 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d13 << EOD
2 NaN NaN NaN 416.200 NaN NaN 240.257 851.064
4 NaN NaN NaN 412.982 NaN NaN 234.537 841.751
6 NaN NaN NaN 450.467 NaN NaN 240.419 840.925
8 NaN NaN NaN 412.551 NaN NaN 239.110 832.380
10 NaN NaN NaN 469.966 NaN NaN 206.999 864.454
EOD
set output 'figures/trunk-I.png'
set title "trunk (study: macvlan-trunk): scenario I\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
set label 1 'no successful run: udp (see summary.md)' at graph 0.02, graph 0.04
plot $d13 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d13 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d13 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d14 << EOD
200 NaN NaN NaN 227.274 NaN NaN 229.074 807.103
400 NaN NaN NaN 267.690 NaN NaN 235.565 814.332
600 NaN NaN NaN 398.127 NaN NaN 225.097 822.368
800 NaN NaN NaN 400.662 NaN NaN 234.755 814.332
EOD
set output 'figures/trunk-II.png'
set title "trunk (study: macvlan-trunk): scenario II\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
set label 1 'no successful run: udp (see summary.md)' at graph 0.02, graph 0.04
plot $d14 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d14 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d14 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d15 << EOD
64 NaN NaN NaN 403.168 NaN NaN 233.685 805.153
128 NaN NaN NaN 359.149 NaN NaN 193.197 707.214
256 NaN NaN NaN 206.955 NaN NaN 144.398 574.713
512 NaN NaN NaN 112.008 NaN NaN 121.565 448.229
1024 NaN NaN NaN 58.411 NaN NaN 60.907 290.107
EOD
set output 'figures/trunk-III.png'
set title "trunk (study: macvlan-trunk): scenario III\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
set label 1 'no successful run: udp (see summary.md)' at graph 0.02, graph 0.04
plot $d15 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d15 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d15 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
set terminal pngcairo size 840,1075 font 'sans,9' noenhanced
set output 'figures/overview.png'
unset label
unset key
set multiplot title "pktbench sweep: median packet throughput per set-up\nlines: medians; no bars (no point has 2 runs: no interval); the study dashed, in the set-up's colour"
$d16 << EOD
2 139.503 NaN NaN 96.281 NaN NaN 92.310 NaN NaN 135.075 NaN NaN NaN NaN NaN 236.757 NaN 236.136 209.034 240.257
4 159.039 NaN NaN 94.846 NaN NaN 79.839 NaN NaN 171.983 NaN NaN NaN NaN NaN 236.945 NaN 221.552 212.624 234.537
6 131.446 NaN NaN 97.402 NaN NaN 97.537 NaN NaN 131.305 NaN NaN NaN NaN NaN 231.415 NaN 222.226 210.102 240.419
8 159.481 NaN NaN 93.232 NaN NaN 94.435 NaN NaN 159.149 NaN NaN NaN NaN NaN 240.421 NaN 229.298 199.503 239.110
10 146.615 NaN NaN 108.693 NaN NaN 105.364 NaN NaN 135.872 NaN NaN NaN NaN NaN 238.393 NaN 219.784 180.530 206.999
EOD
set origin 0.0000,0.6512
set size 0.5000,0.3070
set title 'scenario I, udp'
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d16 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d16 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d16 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d16 using 1:11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d16 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d16 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d16 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d16 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d17 << EOD
2 348.169 NaN NaN 207.662 NaN NaN 107.296 NaN NaN 316.267 NaN NaN 416.200 NaN NaN 652.103 NaN 762.486 819.672 851.064
4 260.773 NaN NaN 204.549 NaN NaN 127.984 NaN NaN 303.868 NaN NaN 412.982 NaN NaN 659.196 NaN 773.694 821.693 841.751
6 306.509 NaN NaN 195.027 NaN NaN 110.731 NaN NaN 316.751 NaN NaN 450.467 NaN NaN 652.955 NaN 767.558 812.788 840.925
8 297.460 NaN NaN 188.152 NaN NaN 127.818 NaN NaN 315.882 NaN NaN 412.551 NaN NaN 630.169 NaN 765.038 828.672 832.380
10 300.849 NaN NaN 215.115 NaN NaN 122.524 NaN NaN 292.738 NaN NaN 469.966 NaN NaN 658.025 NaN 764.000 800.833 864.454
EOD
set origin 0.5000,0.6512
set size 0.5000,0.3070
set title 'scenario I, mmap'
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d17 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d17 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d17 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d17 using 1:11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d17 using 1:14 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#9467bd' notitle, $d17 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d17 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d17 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d17 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d18 << EOD
200 171.616 NaN NaN 93.332 NaN NaN 98.355 NaN NaN 141.717 NaN NaN NaN NaN NaN 135.321 NaN 207.735 193.702 229.074
400 114.031 NaN NaN 128.799 NaN NaN 102.004 NaN NaN 161.191 NaN NaN NaN NaN NaN 193.036 NaN 233.969 211.638 235.565
600 129.855 NaN NaN 105.258 NaN NaN 76.134 NaN NaN 129.836 NaN NaN NaN NaN NaN 232.645 NaN 206.456 224.380 225.097
800 130.610 NaN NaN 104.243 NaN NaN 110.402 NaN NaN 132.920 NaN NaN NaN NaN NaN 312.772 NaN 225.760 209.742 234.755
EOD
set origin 0.0000,0.3442
set size 0.5000,0.3070
set title 'scenario II, udp'
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d18 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d18 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d18 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d18 using 1:11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d18 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d18 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d18 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d18 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d19 << EOD
200 235.850 NaN NaN 210.390 NaN NaN 120.830 NaN NaN 235.850 NaN NaN 227.274 NaN NaN 179.147 NaN 768.049 810.373 807.103
400 251.717 NaN NaN 226.534 NaN NaN 129.753 NaN NaN 280.010 NaN NaN 267.690 NaN NaN 218.962 NaN 765.697 794.913 814.332
600 278.981 NaN NaN 174.180 NaN NaN 125.156 NaN NaN 293.429 NaN NaN 398.127 NaN NaN 336.022 NaN 771.605 798.085 822.368
800 184.576 NaN NaN 200.490 NaN NaN 155.693 NaN NaN 370.437 NaN NaN 400.662 NaN NaN 458.716 NaN 769.231 800.641 814.332
EOD
set origin 0.5000,0.3442
set size 0.5000,0.3070
set title 'scenario II, mmap'
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d19 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d19 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d19 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d19 using 1:11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d19 using 1:14 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#9467bd' notitle, $d19 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d19 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d19 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d19 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d20 << EOD
64 127.205 NaN NaN 111.136 NaN NaN 101.376 NaN NaN 148.437 NaN NaN NaN NaN NaN 193.935 NaN 232.952 241.131 233.685
128 121.577 NaN NaN 115.860 NaN NaN 86.048 NaN NaN 162.297 NaN NaN NaN NaN NaN 156.167 NaN 194.767 194.328 193.197
256 116.117 NaN NaN 110.194 NaN NaN 91.545 NaN NaN 113.851 NaN NaN NaN NaN NaN 119.771 NaN 162.999 157.487 144.398
512 112.826 NaN NaN 100.005 NaN NaN 107.330 NaN NaN 112.850 NaN NaN NaN NaN NaN 97.808 NaN 121.580 121.278 121.565
1024 58.605 NaN NaN 58.636 NaN NaN 58.361 NaN NaN 58.631 NaN NaN NaN NaN NaN 60.918 NaN 60.904 61.864 60.907
EOD
set origin 0.0000,0.0372
set size 0.5000,0.3070
set title 'scenario III, udp'
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d20 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d20 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d20 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d20 using 1:11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d20 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d20 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d20 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d20 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d21 << EOD
64 287.553 NaN NaN 225.888 NaN NaN 137.476 NaN NaN 348.571 NaN NaN 403.168 NaN NaN 649.773 NaN 773.395 798.722 805.153
128 298.515 NaN NaN 215.531 NaN NaN 106.845 NaN NaN 293.417 NaN NaN 359.149 NaN NaN 476.872 NaN 694.444 712.251 707.214
256 209.690 NaN NaN 194.436 NaN NaN 134.959 NaN NaN 209.733 NaN NaN 206.955 NaN NaN 280.269 NaN 569.801 585.138 574.713
512 112.816 NaN NaN 112.816 NaN NaN 112.085 NaN NaN 112.816 NaN NaN 112.008 NaN NaN 225.276 NaN 433.088 442.087 448.229
1024 58.631 NaN NaN 58.631 NaN NaN 58.193 NaN NaN 58.631 NaN NaN 58.411 NaN NaN 132.608 NaN 292.654 303.030 290.107
EOD
set origin 0.5000,0.0372
set size 0.5000,0.3070
set title 'scenario III, mmap'
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d21 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d21 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d21 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d21 using 1:11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d21 using 1:14 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#9467bd' notitle, $d21 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d21 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d21 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d21 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
unset label
set origin 0,0
set size 1,0.0372
unset title; unset xlabel; unset ylabel; unset tics; unset border; unset grid; unset logscale x
set xrange [0:1]; set yrange [0:1]
set key center center horizontal samplen 4 font ',9'
plot NaN with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', NaN with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'bridge', NaN with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'ovs', NaN with linespoints lw 2 pt 7 lc rgb '#d62728' title 'macvlan', NaN with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'trunk', NaN with linespoints dt 2 lw 1.5 pt 6 lc rgb '#555555' title 'study (dashed)'
unset multiplot
