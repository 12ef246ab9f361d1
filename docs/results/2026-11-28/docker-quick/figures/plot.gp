set terminal pngcairo size 800,520 font 'sans,10' noenhanced
set datafile missing 'NaN'
set grid
set key outside right top
set ylabel 'packet throughput (kpps)'
set yrange [0:*]
set offsets graph 0.03, graph 0.03, 0, 0
$d1 << EOD
0.1 127.256 127.256 127.256 292.403 292.403 292.403 236.757 652.103
0.2 114.759 114.759 114.759 385.166 385.166 385.166 236.945 659.196
0.3 121.796 121.796 121.796 347.033 347.033 347.033 231.415 652.955
0.4 121.652 121.652 121.652 324.396 324.396 324.396 240.421 630.169
0.5 119.587 119.587 119.587 341.987 341.987 341.987 238.393 658.025
EOD
set output 'figures/native-I.png'
set title 'native (study: native): scenario I'
set xlabel 'packets sent (M)'
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d1 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d1 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d1 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp (at its counts)', $d1 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap (at its counts)'
$d2 << EOD
200 122.365 122.365 122.365 235.872 235.872 235.872 135.321 179.147
400 104.848 104.848 104.848 320.723 320.723 320.723 193.036 218.962
600 111.536 111.536 111.536 318.532 318.532 318.532 232.645 336.022
800 147.032 147.032 147.032 395.671 395.671 395.671 312.772 458.716
EOD
set output 'figures/native-II.png'
set title 'native (study: native): scenario II'
set xlabel 'requested tx rate (Mbit/s)'
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d2 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d2 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d2 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d2 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d3 << EOD
64 127.762 127.762 127.762 334.979 334.979 334.979 193.935 649.773
128 118.552 118.552 118.552 218.476 218.476 218.476 156.167 476.872
256 124.438 124.438 124.438 209.750 209.750 209.750 119.771 280.269
512 112.871 112.871 112.871 112.822 112.822 112.822 97.808 225.276
1024 58.643 58.643 58.643 58.634 58.634 58.634 60.918 132.608
EOD
set output 'figures/native-III.png'
set title 'native (study: native): scenario III'
set xlabel 'UDP payload (bytes)'
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d3 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d3 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d3 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d3 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d4 << EOD
0.1 63.354 63.354 63.354 121.336 121.336 121.336 NaN NaN
0.2 66.330 66.330 66.330 109.709 109.709 109.709 NaN NaN
0.3 71.033 71.033 71.033 122.927 122.927 122.927 NaN NaN
0.4 63.621 63.621 63.621 109.436 109.436 109.436 NaN NaN
0.5 63.808 63.808 63.808 134.020 134.020 134.020 NaN NaN
EOD
set output 'figures/bridge-I.png'
set title 'bridge: scenario I'
set xlabel 'packets sent (M)'
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d4 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d4 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d5 << EOD
200 80.720 80.720 80.720 113.938 113.938 113.938 NaN NaN
400 64.822 64.822 64.822 149.506 149.506 149.506 NaN NaN
600 65.165 65.165 65.165 134.232 134.232 134.232 NaN NaN
800 69.359 69.359 69.359 121.910 121.910 121.910 NaN NaN
EOD
set output 'figures/bridge-II.png'
set title 'bridge: scenario II'
set xlabel 'requested tx rate (Mbit/s)'
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d5 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d5 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d6 << EOD
64 67.916 67.916 67.916 121.278 121.278 121.278 NaN NaN
128 70.974 70.974 70.974 125.093 125.093 125.093 NaN NaN
256 78.134 78.134 78.134 116.616 116.616 116.616 NaN NaN
512 62.124 62.124 62.124 91.354 91.354 91.354 NaN NaN
1024 55.748 55.748 55.748 58.638 58.638 58.638 NaN NaN
EOD
set output 'figures/bridge-III.png'
set title 'bridge: scenario III'
set xlabel 'UDP payload (bytes)'
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d6 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d6 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d7 << EOD
0.1 82.992 82.992 82.992 136.581 136.581 136.581 236.136 762.486
0.2 88.929 88.929 88.929 106.291 106.291 106.291 221.552 773.694
0.3 78.238 78.238 78.238 105.810 105.810 105.810 222.226 767.558
0.4 89.641 89.641 89.641 102.548 102.548 102.548 229.298 765.038
0.5 85.124 85.124 85.124 123.369 123.369 123.369 219.784 764.000
EOD
set output 'figures/ovs-I.png'
set title 'ovs (study: ovs-bridge): scenario I'
set xlabel 'packets sent (M)'
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d7 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d7 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d7 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp (at its counts)', $d7 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap (at its counts)'
$d8 << EOD
200 60.903 60.903 60.903 112.851 112.851 112.851 207.735 768.049
400 71.445 71.445 71.445 142.893 142.893 142.893 233.969 765.697
600 85.202 85.202 85.202 137.962 137.962 137.962 206.456 771.605
800 72.670 72.670 72.670 103.102 103.102 103.102 225.760 769.231
EOD
set output 'figures/ovs-II.png'
set title 'ovs (study: ovs-bridge): scenario II'
set xlabel 'requested tx rate (Mbit/s)'
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d8 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d8 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d8 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d8 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d9 << EOD
64 59.836 59.836 59.836 123.467 123.467 123.467 232.952 773.395
128 69.637 69.637 69.637 121.960 121.960 121.960 194.767 694.444
256 78.056 78.056 78.056 106.184 106.184 106.184 162.999 569.801
512 73.443 73.443 73.443 93.599 93.599 93.599 121.580 433.088
1024 54.473 54.473 54.473 56.224 56.224 56.224 60.904 292.654
EOD
set output 'figures/ovs-III.png'
set title 'ovs (study: ovs-bridge): scenario III'
set xlabel 'UDP payload (bytes)'
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d9 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d9 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d9 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d9 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d10 << EOD
0.1 101.720 101.720 101.720 256.862 256.862 256.862 209.034 819.672
0.2 109.236 109.236 109.236 226.313 226.313 226.313 212.624 821.693
0.3 105.078 105.078 105.078 227.273 227.273 227.273 210.102 812.788
0.4 108.939 108.939 108.939 224.145 224.145 224.145 199.503 828.672
0.5 103.686 103.686 103.686 222.034 222.034 222.034 180.530 800.833
EOD
set output 'figures/macvlan-I.png'
set title 'macvlan (study: macvlan-bridge): scenario I'
set xlabel 'packets sent (M)'
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d10 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d10 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d10 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp (at its counts)', $d10 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap (at its counts)'
$d11 << EOD
200 81.824 81.824 81.824 235.763 235.763 235.763 193.702 810.373
400 146.613 146.613 146.613 229.994 229.994 229.994 211.638 794.913
600 117.098 117.098 117.098 240.014 240.014 240.014 224.380 798.085
800 171.139 171.139 171.139 228.232 228.232 228.232 209.742 800.641
EOD
set output 'figures/macvlan-II.png'
set title 'macvlan (study: macvlan-bridge): scenario II'
set xlabel 'requested tx rate (Mbit/s)'
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d11 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d11 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d11 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d11 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d12 << EOD
64 100.384 100.384 100.384 236.859 236.859 236.859 241.131 798.722
128 96.033 96.033 96.033 317.704 317.704 317.704 194.328 712.251
256 103.791 103.791 103.791 209.752 209.752 209.752 157.487 585.138
512 112.077 112.077 112.077 112.823 112.823 112.823 121.278 442.087
1024 58.666 58.666 58.666 58.633 58.633 58.633 61.864 303.030
EOD
set output 'figures/macvlan-III.png'
set title 'macvlan (study: macvlan-bridge): scenario III'
set xlabel 'UDP payload (bytes)'
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d12 using 1:2:3:4 with yerrorlines lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d12 using 1:5:6:7 with yerrorlines lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d12 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d12 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
set terminal pngcairo size 840,990 font 'sans,9' noenhanced
set output 'figures/overview.png'
unset label
set key inside right top font ',8' opaque
set multiplot layout 3,2 title 'pktbench sweep: median packet throughput per set-up'
$d13 << EOD
0.1 127.256 63.354 82.992 101.720
0.2 114.759 66.330 88.929 109.236
0.3 121.796 71.033 78.238 105.078
0.4 121.652 63.621 89.641 108.939
0.5 119.587 63.808 85.124 103.686
EOD
set title 'scenario I, udp'
set xlabel 'packets sent (M)'
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
plot $d13 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', $d13 using 1:3 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'bridge', $d13 using 1:4 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'ovs', $d13 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'macvlan'
$d14 << EOD
0.1 292.403 121.336 136.581 256.862
0.2 385.166 109.709 106.291 226.313
0.3 347.033 122.927 105.810 227.273
0.4 324.396 109.436 102.548 224.145
0.5 341.987 134.020 123.369 222.034
EOD
set title 'scenario I, mmap'
set xlabel 'packets sent (M)'
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
plot $d14 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', $d14 using 1:3 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'bridge', $d14 using 1:4 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'ovs', $d14 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'macvlan'
$d15 << EOD
200 122.365 80.720 60.903 81.824
400 104.848 64.822 71.445 146.613
600 111.536 65.165 85.202 117.098
800 147.032 69.359 72.670 171.139
EOD
set title 'scenario II, udp'
set xlabel 'requested tx rate (Mbit/s)'
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
plot $d15 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', $d15 using 1:3 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'bridge', $d15 using 1:4 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'ovs', $d15 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'macvlan'
$d16 << EOD
200 235.872 113.938 112.851 235.763
400 320.723 149.506 142.893 229.994
600 318.532 134.232 137.962 240.014
800 395.671 121.910 103.102 228.232
EOD
set title 'scenario II, mmap'
set xlabel 'requested tx rate (Mbit/s)'
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
plot $d16 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', $d16 using 1:3 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'bridge', $d16 using 1:4 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'ovs', $d16 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'macvlan'
$d17 << EOD
64 127.762 67.916 59.836 100.384
128 118.552 70.974 69.637 96.033
256 124.438 78.134 78.056 103.791
512 112.871 62.124 73.443 112.077
1024 58.643 55.748 54.473 58.666
EOD
set title 'scenario III, udp'
set xlabel 'UDP payload (bytes)'
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
plot $d17 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', $d17 using 1:3 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'bridge', $d17 using 1:4 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'ovs', $d17 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'macvlan'
$d18 << EOD
64 334.979 121.278 123.467 236.859
128 218.476 125.093 121.960 317.704
256 209.750 116.616 106.184 209.752
512 112.822 91.354 93.599 112.823
1024 58.634 58.638 56.224 58.633
EOD
set title 'scenario III, mmap'
set xlabel 'UDP payload (bytes)'
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
plot $d18 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', $d18 using 1:3 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'bridge', $d18 using 1:4 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'ovs', $d18 using 1:5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'macvlan'
unset multiplot
