set terminal pngcairo size 800,520 font 'sans,10' noenhanced
set datafile missing 'NaN'
set grid
set key outside right top
set ylabel 'packet throughput (kpps)'
set yrange [0:*]
set offsets graph 0.03, graph 0.03, 0, 0
$d1 << EOD
2 139.503 139.503 139.503 348.169 348.169 348.169 236.757 652.103
4 159.039 159.039 159.039 260.773 260.773 260.773 236.945 659.196
6 131.446 131.446 131.446 306.509 306.509 306.509 231.415 652.955
8 159.481 159.481 159.481 297.460 297.460 297.460 240.421 630.169
10 146.615 146.615 146.615 300.849 300.849 300.849 238.393 658.025
EOD
set output 'figures/native-I.png'
set title 'native (study: native): scenario I'
set xlabel 'packets sent (M)'
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d1 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d1 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d1 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d1 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d2 << EOD
200 171.616 171.616 171.616 235.850 235.850 235.850 135.321 179.147
400 114.031 114.031 114.031 251.717 251.717 251.717 193.036 218.962
600 129.855 129.855 129.855 278.981 278.981 278.981 232.645 336.022
800 130.610 130.610 130.610 184.576 184.576 184.576 312.772 458.716
EOD
set output 'figures/native-II.png'
set title 'native (study: native): scenario II'
set xlabel 'requested tx rate (Mbit/s)'
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d2 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d2 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d2 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d2 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d3 << EOD
64 127.205 127.205 127.205 287.553 287.553 287.553 193.935 649.773
128 121.577 121.577 121.577 298.515 298.515 298.515 156.167 476.872
256 116.117 116.117 116.117 209.690 209.690 209.690 119.771 280.269
512 112.826 112.826 112.826 112.816 112.816 112.816 97.808 225.276
1024 58.605 58.605 58.605 58.631 58.631 58.631 60.918 132.608
EOD
set output 'figures/native-III.png'
set title 'native (study: native): scenario III'
set xlabel 'UDP payload (bytes)'
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d3 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d3 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d3 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d3 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d4 << EOD
2 96.281 96.281 96.281 207.662 207.662 207.662 NaN NaN
4 94.846 94.846 94.846 204.549 204.549 204.549 NaN NaN
6 97.402 97.402 97.402 195.027 195.027 195.027 NaN NaN
8 93.232 93.232 93.232 188.152 188.152 188.152 NaN NaN
10 108.693 108.693 108.693 215.115 215.115 215.115 NaN NaN
EOD
set output 'figures/bridge-I.png'
set title 'bridge: scenario I'
set xlabel 'packets sent (M)'
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d4 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d4 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d5 << EOD
200 93.332 93.332 93.332 210.390 210.390 210.390 NaN NaN
400 128.799 128.799 128.799 226.534 226.534 226.534 NaN NaN
600 105.258 105.258 105.258 174.180 174.180 174.180 NaN NaN
800 104.243 104.243 104.243 200.490 200.490 200.490 NaN NaN
EOD
set output 'figures/bridge-II.png'
set title 'bridge: scenario II'
set xlabel 'requested tx rate (Mbit/s)'
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d5 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d5 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d6 << EOD
64 111.136 111.136 111.136 225.888 225.888 225.888 NaN NaN
128 115.860 115.860 115.860 215.531 215.531 215.531 NaN NaN
256 110.194 110.194 110.194 194.436 194.436 194.436 NaN NaN
512 100.005 100.005 100.005 112.816 112.816 112.816 NaN NaN
1024 58.636 58.636 58.636 58.631 58.631 58.631 NaN NaN
EOD
set output 'figures/bridge-III.png'
set title 'bridge: scenario III'
set xlabel 'UDP payload (bytes)'
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d6 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d6 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d7 << EOD
2 92.310 92.310 92.310 107.296 107.296 107.296 236.136 762.486
4 79.839 79.839 79.839 127.984 127.984 127.984 221.552 773.694
6 97.537 97.537 97.537 110.731 110.731 110.731 222.226 767.558
8 94.435 94.435 94.435 127.818 127.818 127.818 229.298 765.038
10 105.364 105.364 105.364 122.524 122.524 122.524 219.784 764.000
EOD
set output 'figures/ovs-I.png'
set title 'ovs (study: ovs-bridge): scenario I'
set xlabel 'packets sent (M)'
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d7 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d7 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d7 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d7 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d8 << EOD
200 98.355 98.355 98.355 120.830 120.830 120.830 207.735 768.049
400 102.004 102.004 102.004 129.753 129.753 129.753 233.969 765.697
600 76.134 76.134 76.134 125.156 125.156 125.156 206.456 771.605
800 110.402 110.402 110.402 155.693 155.693 155.693 225.760 769.231
EOD
set output 'figures/ovs-II.png'
set title 'ovs (study: ovs-bridge): scenario II'
set xlabel 'requested tx rate (Mbit/s)'
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d8 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d8 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d8 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d8 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d9 << EOD
64 101.376 101.376 101.376 137.476 137.476 137.476 232.952 773.395
128 86.048 86.048 86.048 106.845 106.845 106.845 194.767 694.444
256 91.545 91.545 91.545 134.959 134.959 134.959 162.999 569.801
512 107.330 107.330 107.330 112.085 112.085 112.085 121.580 433.088
1024 58.361 58.361 58.361 58.193 58.193 58.193 60.904 292.654
EOD
set output 'figures/ovs-III.png'
set title 'ovs (study: ovs-bridge): scenario III'
set xlabel 'UDP payload (bytes)'
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d9 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d9 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d9 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d9 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d10 << EOD
2 135.075 135.075 135.075 316.267 316.267 316.267 209.034 819.672
4 171.983 171.983 171.983 303.868 303.868 303.868 212.624 821.693
6 131.305 131.305 131.305 316.751 316.751 316.751 210.102 812.788
8 159.149 159.149 159.149 315.882 315.882 315.882 199.503 828.672
10 135.872 135.872 135.872 292.738 292.738 292.738 180.530 800.833
EOD
set output 'figures/macvlan-I.png'
set title 'macvlan (study: macvlan-bridge): scenario I'
set xlabel 'packets sent (M)'
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d10 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d10 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d10 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d10 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d11 << EOD
200 141.717 141.717 141.717 235.850 235.850 235.850 193.702 810.373
400 161.191 161.191 161.191 280.010 280.010 280.010 211.638 794.913
600 129.836 129.836 129.836 293.429 293.429 293.429 224.380 798.085
800 132.920 132.920 132.920 370.437 370.437 370.437 209.742 800.641
EOD
set output 'figures/macvlan-II.png'
set title 'macvlan (study: macvlan-bridge): scenario II'
set xlabel 'requested tx rate (Mbit/s)'
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d11 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d11 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d11 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d11 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d12 << EOD
64 148.437 148.437 148.437 348.571 348.571 348.571 241.131 798.722
128 162.297 162.297 162.297 293.417 293.417 293.417 194.328 712.251
256 113.851 113.851 113.851 209.733 209.733 209.733 157.487 585.138
512 112.850 112.850 112.850 112.816 112.816 112.816 121.278 442.087
1024 58.631 58.631 58.631 58.631 58.631 58.631 61.864 303.030
EOD
set output 'figures/macvlan-III.png'
set title 'macvlan (study: macvlan-bridge): scenario III'
set xlabel 'UDP payload (bytes)'
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d12 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d12 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d12 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d12 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d13 << EOD
2 NaN NaN NaN 416.200 416.200 416.200 240.257 851.064
4 NaN NaN NaN 412.982 412.982 412.982 234.537 841.751
6 NaN NaN NaN 450.467 450.467 450.467 240.419 840.925
8 NaN NaN NaN 412.551 412.551 412.551 239.110 832.380
10 NaN NaN NaN 469.966 469.966 469.966 206.999 864.454
EOD
set output 'figures/trunk-I.png'
set title 'trunk (study: macvlan-trunk): scenario I'
set xlabel 'packets sent (M)'
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
set label 1 'no successful run: udp (see summary.md)' at graph 0.02, graph 0.04
plot $d13 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d13 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d13 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d14 << EOD
200 NaN NaN NaN 227.274 227.274 227.274 229.074 807.103
400 NaN NaN NaN 267.690 267.690 267.690 235.565 814.332
600 NaN NaN NaN 398.127 398.127 398.127 225.097 822.368
800 NaN NaN NaN 400.662 400.662 400.662 234.755 814.332
EOD
set output 'figures/trunk-II.png'
set title 'trunk (study: macvlan-trunk): scenario II'
set xlabel 'requested tx rate (Mbit/s)'
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
set label 1 'no successful run: udp (see summary.md)' at graph 0.02, graph 0.04
plot $d14 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d14 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d14 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d15 << EOD
64 NaN NaN NaN 403.168 403.168 403.168 233.685 805.153
128 NaN NaN NaN 359.149 359.149 359.149 193.197 707.214
256 NaN NaN NaN 206.955 206.955 206.955 144.398 574.713
512 NaN NaN NaN 112.008 112.008 112.008 121.565 448.229
1024 NaN NaN NaN 58.411 58.411 58.411 60.907 290.107
EOD
set output 'figures/trunk-III.png'
set title 'trunk (study: macvlan-trunk): scenario III'
set xlabel 'UDP payload (bytes)'
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
set label 1 'no successful run: udp (see summary.md)' at graph 0.02, graph 0.04
plot $d15 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d15 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d15 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
set terminal pngcairo size 840,990 font 'sans,9' noenhanced
set output 'figures/overview.png'
unset label
set key inside right top font ',8' opaque
set multiplot layout 3,2 title 'pktbench sweep: median packet throughput per set-up'
$d16 << EOD
2 139.503 96.281 92.310 135.075 NaN
4 159.039 94.846 79.839 171.983 NaN
6 131.446 97.402 97.537 131.305 NaN
8 159.481 93.232 94.435 159.149 NaN
10 146.615 108.693 105.364 135.872 NaN
EOD
set title 'scenario I, udp'
set xlabel 'packets sent (M)'
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
plot $d16 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', $d16 using 1:3 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'bridge', $d16 using 1:4 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'ovs', $d16 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'macvlan'
$d17 << EOD
2 348.169 207.662 107.296 316.267 416.200
4 260.773 204.549 127.984 303.868 412.982
6 306.509 195.027 110.731 316.751 450.467
8 297.460 188.152 127.818 315.882 412.551
10 300.849 215.115 122.524 292.738 469.966
EOD
set title 'scenario I, mmap'
set xlabel 'packets sent (M)'
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
plot $d17 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', $d17 using 1:3 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'bridge', $d17 using 1:4 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'ovs', $d17 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'macvlan', $d17 using 1:6 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'trunk'
$d18 << EOD
200 171.616 93.332 98.355 141.717 NaN
400 114.031 128.799 102.004 161.191 NaN
600 129.855 105.258 76.134 129.836 NaN
800 130.610 104.243 110.402 132.920 NaN
EOD
set title 'scenario II, udp'
set xlabel 'requested tx rate (Mbit/s)'
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
plot $d18 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', $d18 using 1:3 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'bridge', $d18 using 1:4 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'ovs', $d18 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'macvlan'
$d19 << EOD
200 235.850 210.390 120.830 235.850 227.274
400 251.717 226.534 129.753 280.010 267.690
600 278.981 174.180 125.156 293.429 398.127
800 184.576 200.490 155.693 370.437 400.662
EOD
set title 'scenario II, mmap'
set xlabel 'requested tx rate (Mbit/s)'
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
plot $d19 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', $d19 using 1:3 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'bridge', $d19 using 1:4 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'ovs', $d19 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'macvlan', $d19 using 1:6 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'trunk'
$d20 << EOD
64 127.205 111.136 101.376 148.437 NaN
128 121.577 115.860 86.048 162.297 NaN
256 116.117 110.194 91.545 113.851 NaN
512 112.826 100.005 107.330 112.850 NaN
1024 58.605 58.636 58.361 58.631 NaN
EOD
set title 'scenario III, udp'
set xlabel 'UDP payload (bytes)'
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
plot $d20 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', $d20 using 1:3 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'bridge', $d20 using 1:4 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'ovs', $d20 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'macvlan'
$d21 << EOD
64 287.553 225.888 137.476 348.571 403.168
128 298.515 215.531 106.845 293.417 359.149
256 209.690 194.436 134.959 209.733 206.955
512 112.816 112.816 112.085 112.816 112.008
1024 58.631 58.631 58.193 58.631 58.411
EOD
set title 'scenario III, mmap'
set xlabel 'UDP payload (bytes)'
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
plot $d21 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', $d21 using 1:3 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'bridge', $d21 using 1:4 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'ovs', $d21 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'macvlan', $d21 using 1:6 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'trunk'
unset multiplot
