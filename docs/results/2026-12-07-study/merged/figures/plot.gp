set terminal pngcairo size 800,520 font 'sans,10' noenhanced
set grid
set datafile missing 'NaN'
set key outside right top
set ylabel 'packet throughput (kpps)'
set yrange [0:*]
set offsets graph 0.03, graph 0.03, 0, 0
set bars small
set autoscale xfix
$d1 << EOD
2 154.508 147.225 166.358 130.477 119.036 156.505 298.346 282.158 323.627 415.206 390.131 459.030 236.757 NaN 652.103 NaN
4 175.956 162.526 181.739 NaN NaN NaN NaN NaN NaN NaN NaN NaN 236.945 NaN NaN NaN
EOD
set output 'figures/native-I.png'
set title "native (study: native): scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4)
unset label
plot $d1 using ($1-0.06000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d1 using ($1-0.06000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d1 using ($1-0.02000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d1 using ($1-0.02000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d1 using ($1+0.02000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d1 using ($1+0.02000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d1 using ($1+0.06000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d1 using ($1+0.06000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d1 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d1 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d2 << EOD
600 161.976 141.036 174.830 147.705 134.652 153.516 280.692 268.961 293.782 492.506 380.853 552.386 232.645 NaN 336.022 NaN
800 171.430 152.153 186.775 NaN NaN NaN NaN NaN NaN NaN NaN NaN 312.772 NaN NaN NaN
EOD
set output 'figures/native-II.png'
set title "native (study: native): scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('600' 600, '800' 800)
unset label
plot $d2 using ($1-6.00000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d2 using ($1-6.00000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d2 using ($1-2.00000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d2 using ($1-2.00000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d2 using ($1+2.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d2 using ($1+2.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d2 using ($1+6.00000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d2 using ($1+6.00000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d2 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d2 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d3 << EOD
2 112.527 99.465 123.448 113.429 106.868 122.831 196.478 174.513 214.375 278.470 248.648 293.187 NaN NaN NaN NaN
4 116.848 108.675 127.398 NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set output 'figures/bridge-I.png'
set title "bridge: scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4)
unset label
plot $d3 using ($1-0.06000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d3 using ($1-0.06000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d3 using ($1-0.02000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d3 using ($1-0.02000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d3 using ($1+0.02000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d3 using ($1+0.02000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d3 using ($1+0.06000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d3 using ($1+0.06000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp"
$d4 << EOD
600 113.492 100.311 135.687 113.051 110.914 115.847 191.266 172.358 219.304 280.450 271.529 290.049 NaN NaN NaN NaN
800 114.149 106.603 125.182 NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set output 'figures/bridge-II.png'
set title "bridge: scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('600' 600, '800' 800)
unset label
plot $d4 using ($1-6.00000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d4 using ($1-6.00000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d4 using ($1-2.00000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d4 using ($1-2.00000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d4 using ($1+2.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d4 using ($1+2.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d4 using ($1+6.00000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d4 using ($1+6.00000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp"
$d5 << EOD
2 75.563 68.823 81.747 77.380 71.554 84.371 138.222 120.467 163.977 143.665 137.781 151.582 236.136 NaN 762.486 NaN
4 77.070 60.892 89.864 NaN NaN NaN NaN NaN NaN NaN NaN NaN 221.552 NaN NaN NaN
EOD
set output 'figures/ovs-I.png'
set title "ovs (study: ovs-bridge): scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4)
unset label
plot $d5 using ($1-0.06000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d5 using ($1-0.06000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d5 using ($1-0.02000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d5 using ($1-0.02000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d5 using ($1+0.02000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d5 using ($1+0.02000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d5 using ($1+0.06000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d5 using ($1+0.06000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d5 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d5 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d6 << EOD
600 75.804 67.566 79.092 74.139 70.884 79.223 147.025 96.192 170.920 143.614 138.406 156.164 206.456 NaN 771.605 NaN
800 73.381 45.217 93.587 NaN NaN NaN NaN NaN NaN NaN NaN NaN 225.760 NaN NaN NaN
EOD
set output 'figures/ovs-II.png'
set title "ovs (study: ovs-bridge): scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('600' 600, '800' 800)
unset label
plot $d6 using ($1-6.00000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d6 using ($1-6.00000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d6 using ($1-2.00000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d6 using ($1-2.00000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d6 using ($1+2.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d6 using ($1+2.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d6 using ($1+6.00000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d6 using ($1+6.00000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d6 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d6 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d7 << EOD
2 146.752 120.683 164.399 154.716 145.738 169.438 351.505 337.070 361.803 561.900 526.076 587.201 209.034 NaN 819.672 NaN
4 157.237 138.864 167.953 NaN NaN NaN NaN NaN NaN NaN NaN NaN 212.624 NaN NaN NaN
EOD
set output 'figures/macvlan-I.png'
set title "macvlan (study: macvlan-bridge): scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4)
unset label
plot $d7 using ($1-0.06000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d7 using ($1-0.06000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d7 using ($1-0.02000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d7 using ($1-0.02000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d7 using ($1+0.02000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d7 using ($1+0.02000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d7 using ($1+0.06000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d7 using ($1+0.06000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d7 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d7 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d8 << EOD
600 144.671 125.197 175.649 150.170 132.429 165.628 347.647 333.004 357.969 507.577 427.455 595.586 224.380 NaN 798.085 NaN
800 154.850 99.549 191.264 NaN NaN NaN NaN NaN NaN NaN NaN NaN 209.742 NaN NaN NaN
EOD
set output 'figures/macvlan-II.png'
set title "macvlan (study: macvlan-bridge): scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('600' 600, '800' 800)
unset label
plot $d8 using ($1-6.00000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d8 using ($1-6.00000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d8 using ($1-2.00000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d8 using ($1-2.00000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d8 using ($1+2.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d8 using ($1+2.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d8 using ($1+6.00000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d8 using ($1+6.00000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d8 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d8 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d9 << EOD
2 NaN NaN NaN NaN NaN NaN 494.790 451.180 516.832 NaN NaN NaN 240.257 NaN 851.064 NaN
4 NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN 234.537 NaN NaN NaN
EOD
set output 'figures/trunk-I.png'
set title "trunk (study: macvlan-trunk): scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4)
unset label
set label 1 'no successful run: udp, mmsg, xdp (see summary.md)' at graph 0.02, graph 0.04
plot $d9 using ($1+0.02000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d9 using ($1+0.02000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d9 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d9 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d10 << EOD
600 NaN NaN NaN NaN NaN NaN 495.121 429.853 528.001 NaN NaN NaN 225.097 NaN 822.368 NaN
800 NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN 234.755 NaN NaN NaN
EOD
set output 'figures/trunk-II.png'
set title "trunk (study: macvlan-trunk): scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('600' 600, '800' 800)
unset label
set label 1 'no successful run: udp, mmsg, xdp (see summary.md)' at graph 0.02, graph 0.04
plot $d10 using ($1+2.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d10 using ($1+2.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d10 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d10 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
set terminal pngcairo size 1680,745 font 'sans,9' noenhanced
set output 'figures/overview.png'
unset label
unset key
set multiplot title "pktbench sweep: median packet throughput per set-up\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed, in the set-up's colour"
$d11 << EOD
2 154.508 147.225 166.358 112.527 99.465 123.448 75.563 68.823 81.747 146.752 120.683 164.399 NaN NaN NaN 236.757 NaN 236.136 209.034 240.257
4 175.956 162.526 181.739 116.848 108.675 127.398 77.070 60.892 89.864 157.237 138.864 167.953 NaN NaN NaN 236.945 NaN 221.552 212.624 234.537
EOD
set origin 0.0000,0.4966
set size 0.2500,0.4430
set title "scenario I, udp"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4)
unset label
plot $d11 using ($1-0.08000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d11 using ($1-0.08000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d11 using ($1-0.04000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d11 using ($1-0.04000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d11 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d11 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d11 using ($1+0.04000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d11 using ($1+0.04000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d11 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d11 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d11 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d11 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d12 << EOD
2 130.477 119.036 156.505 113.429 106.868 122.831 77.380 71.554 84.371 154.716 145.738 169.438 NaN NaN NaN NaN NaN NaN NaN NaN
4 NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set origin 0.2500,0.4966
set size 0.2500,0.4430
set title "scenario I, mmsg"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4)
unset label
plot $d12 using ($1-0.08000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d12 using ($1-0.08000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d12 using ($1-0.04000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d12 using ($1-0.04000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d12 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d12 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d12 using ($1+0.04000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d12 using ($1+0.04000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
$d13 << EOD
2 298.346 282.158 323.627 196.478 174.513 214.375 138.222 120.467 163.977 351.505 337.070 361.803 494.790 451.180 516.832 652.103 NaN 762.486 819.672 851.064
4 NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set origin 0.5000,0.4966
set size 0.2500,0.4430
set title "scenario I, mmap"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4)
unset label
plot $d13 using ($1-0.08000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d13 using ($1-0.08000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d13 using ($1-0.04000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d13 using ($1-0.04000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d13 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d13 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d13 using ($1+0.04000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d13 using ($1+0.04000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d13 using ($1+0.08000):14:15:16 with yerrorbars lw 1 pt -1 lc rgb '#9467bd' notitle, $d13 using ($1+0.08000):14 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#9467bd' notitle, $d13 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d13 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d13 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d13 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d14 << EOD
2 415.206 390.131 459.030 278.470 248.648 293.187 143.665 137.781 151.582 561.900 526.076 587.201 NaN NaN NaN NaN NaN NaN NaN NaN
4 NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set origin 0.7500,0.4966
set size 0.2500,0.4430
set title "scenario I, xdp"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4)
unset label
plot $d14 using ($1-0.08000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d14 using ($1-0.08000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d14 using ($1-0.04000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d14 using ($1-0.04000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d14 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d14 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d14 using ($1+0.04000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d14 using ($1+0.04000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
$d15 << EOD
600 161.976 141.036 174.830 113.492 100.311 135.687 75.804 67.566 79.092 144.671 125.197 175.649 NaN NaN NaN 232.645 NaN 206.456 224.380 225.097
800 171.430 152.153 186.775 114.149 106.603 125.182 73.381 45.217 93.587 154.850 99.549 191.264 NaN NaN NaN 312.772 NaN 225.760 209.742 234.755
EOD
set origin 0.0000,0.0537
set size 0.2500,0.4430
set title "scenario II, udp"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('600' 600, '800' 800)
unset label
plot $d15 using ($1-8.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d15 using ($1-8.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d15 using ($1-4.00000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d15 using ($1-4.00000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d15 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d15 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d15 using ($1+4.00000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d15 using ($1+4.00000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d15 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d15 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d15 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d15 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d16 << EOD
600 147.705 134.652 153.516 113.051 110.914 115.847 74.139 70.884 79.223 150.170 132.429 165.628 NaN NaN NaN NaN NaN NaN NaN NaN
800 NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set origin 0.2500,0.0537
set size 0.2500,0.4430
set title "scenario II, mmsg"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('600' 600, '800' 800)
unset label
plot $d16 using ($1-8.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d16 using ($1-8.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d16 using ($1-4.00000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d16 using ($1-4.00000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d16 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d16 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d16 using ($1+4.00000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d16 using ($1+4.00000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
$d17 << EOD
600 280.692 268.961 293.782 191.266 172.358 219.304 147.025 96.192 170.920 347.647 333.004 357.969 495.121 429.853 528.001 336.022 NaN 771.605 798.085 822.368
800 NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set origin 0.5000,0.0537
set size 0.2500,0.4430
set title "scenario II, mmap"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('600' 600, '800' 800)
unset label
plot $d17 using ($1-8.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d17 using ($1-8.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d17 using ($1-4.00000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d17 using ($1-4.00000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d17 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d17 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d17 using ($1+4.00000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d17 using ($1+4.00000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d17 using ($1+8.00000):14:15:16 with yerrorbars lw 1 pt -1 lc rgb '#9467bd' notitle, $d17 using ($1+8.00000):14 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#9467bd' notitle, $d17 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d17 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d17 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d17 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d18 << EOD
600 492.506 380.853 552.386 280.450 271.529 290.049 143.614 138.406 156.164 507.577 427.455 595.586 NaN NaN NaN NaN NaN NaN NaN NaN
800 NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set origin 0.7500,0.0537
set size 0.2500,0.4430
set title "scenario II, xdp"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('600' 600, '800' 800)
unset label
plot $d18 using ($1-8.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d18 using ($1-8.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d18 using ($1-4.00000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d18 using ($1-4.00000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d18 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d18 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d18 using ($1+4.00000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d18 using ($1+4.00000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
unset label
set origin 0,0
set size 1,0.0537
unset title; unset xlabel; unset ylabel; unset tics; unset border; unset grid; unset logscale x
set xrange [0:1]; set yrange [0:1]
set key center center horizontal samplen 4 font ',9'
plot NaN with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "native", NaN with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title "bridge", NaN with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "ovs", NaN with linespoints lw 2 pt 7 lc rgb '#d62728' title "macvlan", NaN with linespoints lw 2 pt 7 lc rgb '#9467bd' title "trunk", NaN with linespoints dt 2 lw 1.5 pt 6 lc rgb '#555555' title 'study (dashed)'
unset multiplot
