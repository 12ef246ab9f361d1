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
4 175.956 162.526 181.739 130.295 122.923 148.412 589.624 589.624 589.625 589.633 589.626 589.639 236.945 NaN 659.196 NaN
6 285.721 250.725 325.929 251.239 227.079 269.629 589.624 589.623 589.624 589.632 589.627 589.636 231.415 NaN 652.955 NaN
8 281.314 271.912 301.656 301.313 271.353 312.599 491.723 488.331 494.690 589.623 589.621 589.625 240.421 NaN 630.169 NaN
10 209.695 204.827 213.224 208.874 203.423 224.752 459.711 438.359 477.039 589.623 589.621 589.625 238.393 NaN 658.025 NaN
EOD
set output 'figures/native-I.png'
set title "native (study: native): scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d1 using ($1-0.24000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d1 using ($1-0.24000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d1 using ($1-0.08000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d1 using ($1-0.08000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d1 using ($1+0.08000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d1 using ($1+0.08000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d1 using ($1+0.24000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d1 using ($1+0.24000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d1 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d1 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d2 << EOD
200 214.974 209.491 220.070 218.937 183.520 237.156 235.850 235.850 235.850 235.851 235.848 235.854 135.321 NaN 179.147 NaN
400 209.272 194.823 223.339 232.640 222.796 237.049 471.698 465.957 474.399 471.707 471.693 471.716 193.036 NaN 218.962 NaN
600 161.976 141.036 174.830 147.705 134.652 153.516 280.692 268.961 293.782 492.506 380.853 552.386 232.645 NaN 336.022 NaN
800 171.430 152.153 186.775 128.709 114.054 147.944 942.208 918.525 949.296 943.515 889.698 968.844 312.772 NaN 458.716 NaN
EOD
set output 'figures/native-II.png'
set title "native (study: native): scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d2 using ($1-18.00000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d2 using ($1-18.00000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d2 using ($1-6.00000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d2 using ($1-6.00000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d2 using ($1+6.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d2 using ($1+6.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d2 using ($1+18.00000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d2 using ($1+18.00000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d2 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d2 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d3 << EOD
64 287.186 281.595 292.965 254.683 247.895 260.442 589.629 589.627 589.635 589.668 589.648 589.704 193.935 NaN 649.773 NaN
128 289.307 267.260 308.568 292.905 274.102 311.739 367.649 367.647 367.650 367.647 367.641 367.656 156.167 NaN 476.872 NaN
256 203.324 193.499 210.689 208.643 195.318 215.082 209.733 209.732 209.733 209.731 209.730 209.734 119.771 NaN 280.269 NaN
512 112.816 112.807 112.821 112.816 112.816 112.816 112.816 112.816 112.816 112.816 112.782 112.832 97.808 NaN 225.276 NaN
1024 58.630 58.630 58.631 58.630 58.630 58.630 58.630 58.630 58.631 58.630 58.630 58.630 60.918 NaN 132.608 NaN
EOD
set output 'figures/native-III.png'
set title "native (study: native): scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d3 using ($1*0.93952):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d3 using ($1*0.93952):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d3 using ($1*0.97942):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d3 using ($1*0.97942):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d3 using ($1*1.02101):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d3 using ($1*1.02101):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d3 using ($1*1.06437):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d3 using ($1*1.06437):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d3 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d3 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d4 << EOD
2 112.527 99.465 123.448 113.429 106.868 122.831 196.478 174.513 214.375 278.470 248.648 293.187 NaN NaN NaN NaN
4 116.848 108.675 127.398 94.592 88.957 103.589 589.625 589.624 589.626 589.631 588.992 589.939 NaN NaN NaN NaN
6 211.466 203.524 217.554 191.981 162.159 209.330 589.625 589.624 589.625 589.629 589.627 589.630 NaN NaN NaN NaN
8 239.444 215.393 255.481 209.009 176.631 249.070 311.506 308.509 313.157 373.467 366.283 379.169 NaN NaN NaN NaN
10 156.159 151.115 169.335 154.188 151.729 156.269 296.601 292.972 304.810 365.056 349.660 372.865 NaN NaN NaN NaN
EOD
set output 'figures/bridge-I.png'
set title "bridge: scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d4 using ($1-0.24000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d4 using ($1-0.24000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d4 using ($1-0.08000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d4 using ($1-0.08000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d4 using ($1+0.08000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d4 using ($1+0.08000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d4 using ($1+0.24000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d4 using ($1+0.24000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp"
$d5 << EOD
200 162.880 152.218 168.996 151.279 144.423 159.845 235.850 235.850 235.851 235.850 235.848 235.852 NaN NaN NaN NaN
400 156.521 145.124 167.746 164.438 155.229 167.870 316.188 311.508 317.757 384.009 369.464 395.426 NaN NaN NaN NaN
600 113.492 100.311 135.687 113.051 110.914 115.847 191.266 172.358 219.304 280.450 271.529 290.049 NaN NaN NaN NaN
800 114.149 106.603 125.182 87.434 84.223 96.524 729.386 700.377 761.654 669.766 618.341 706.720 NaN NaN NaN NaN
EOD
set output 'figures/bridge-II.png'
set title "bridge: scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d5 using ($1-18.00000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d5 using ($1-18.00000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d5 using ($1-6.00000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d5 using ($1-6.00000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d5 using ($1+6.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d5 using ($1+6.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d5 using ($1+18.00000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d5 using ($1+18.00000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp"
$d6 << EOD
64 216.642 178.955 237.924 182.606 168.398 216.767 589.632 587.386 590.690 589.655 589.431 589.762 NaN NaN NaN NaN
128 236.342 177.716 268.240 202.749 127.443 256.695 311.608 300.169 317.004 352.415 329.968 370.707 NaN NaN NaN NaN
256 160.591 153.949 166.238 150.087 138.739 158.651 209.733 209.733 209.733 209.733 209.730 209.736 NaN NaN NaN NaN
512 112.816 112.816 112.816 112.816 112.816 112.816 112.816 112.816 112.816 112.816 112.816 112.817 NaN NaN NaN NaN
1024 58.631 58.631 58.631 58.631 58.631 58.631 58.631 58.630 58.631 58.631 58.631 58.631 NaN NaN NaN NaN
EOD
set output 'figures/bridge-III.png'
set title "bridge: scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d6 using ($1*0.93952):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d6 using ($1*0.93952):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d6 using ($1*0.97942):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d6 using ($1*0.97942):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d6 using ($1*1.02101):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d6 using ($1*1.02101):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d6 using ($1*1.06437):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d6 using ($1*1.06437):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp"
$d7 << EOD
2 75.563 68.823 81.747 77.380 71.554 84.371 138.222 120.467 163.977 143.665 137.781 151.582 236.136 NaN 762.486 NaN
4 77.070 60.892 89.864 71.996 68.209 77.855 317.899 279.534 340.629 251.692 230.092 263.987 221.552 NaN 773.694 NaN
6 188.348 178.199 194.362 182.602 166.242 190.008 331.197 265.691 357.445 243.097 215.329 267.667 222.226 NaN 767.558 NaN
8 171.858 145.583 190.527 176.717 167.627 183.370 227.260 203.249 240.701 184.558 168.880 196.266 229.298 NaN 765.038 NaN
10 128.418 122.662 139.966 135.541 132.240 139.609 219.303 205.264 226.776 185.098 177.526 203.570 219.784 NaN 764.000 NaN
EOD
set output 'figures/ovs-I.png'
set title "ovs (study: ovs-bridge): scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d7 using ($1-0.24000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d7 using ($1-0.24000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d7 using ($1-0.08000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d7 using ($1-0.08000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d7 using ($1+0.08000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d7 using ($1+0.08000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d7 using ($1+0.24000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d7 using ($1+0.24000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d7 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d7 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d8 << EOD
200 129.916 121.937 139.159 116.725 110.571 132.954 206.935 193.303 223.978 193.686 160.392 218.758 207.735 NaN 768.049 NaN
400 132.314 128.056 138.963 131.738 117.466 140.872 229.028 227.143 231.000 205.347 188.620 214.183 233.969 NaN 765.697 NaN
600 75.804 67.566 79.092 74.139 70.884 79.223 147.025 96.192 170.920 143.614 138.406 156.164 206.456 NaN 771.605 NaN
800 73.381 45.217 93.587 69.968 63.000 82.181 314.507 241.665 364.142 220.663 187.255 251.840 225.760 NaN 769.231 NaN
EOD
set output 'figures/ovs-II.png'
set title "ovs (study: ovs-bridge): scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d8 using ($1-18.00000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d8 using ($1-18.00000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d8 using ($1-6.00000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d8 using ($1-6.00000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d8 using ($1+6.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d8 using ($1+6.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d8 using ($1+18.00000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d8 using ($1+18.00000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d8 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d8 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d9 << EOD
64 185.287 152.256 204.638 186.178 178.435 194.664 327.230 263.348 365.611 235.558 227.782 244.304 232.952 NaN 773.395 NaN
128 180.579 144.051 211.169 182.209 177.093 191.365 223.229 202.004 236.518 187.663 170.295 206.601 194.767 NaN 694.444 NaN
256 134.276 123.735 141.661 133.508 121.723 140.456 204.715 200.873 208.499 186.048 175.609 202.214 162.999 NaN 569.801 NaN
512 104.260 103.503 106.143 103.995 102.860 106.119 112.369 112.156 112.507 111.849 111.663 112.296 121.580 NaN 433.088 NaN
1024 57.551 57.267 58.097 57.918 57.721 58.041 58.544 58.500 58.568 58.385 58.350 58.450 60.904 NaN 292.654 NaN
EOD
set output 'figures/ovs-III.png'
set title "ovs (study: ovs-bridge): scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d9 using ($1*0.93952):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d9 using ($1*0.93952):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d9 using ($1*0.97942):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d9 using ($1*0.97942):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d9 using ($1*1.02101):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d9 using ($1*1.02101):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d9 using ($1*1.06437):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d9 using ($1*1.06437):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d9 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d9 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d10 << EOD
2 146.752 120.683 164.399 154.716 145.738 169.438 351.505 337.070 361.803 561.900 526.076 587.201 209.034 NaN 819.672 NaN
4 157.237 138.864 167.953 148.298 119.505 160.715 589.624 589.624 589.625 589.630 589.623 589.635 212.624 NaN 821.693 NaN
6 262.369 237.725 280.259 287.908 279.040 292.043 589.624 589.624 589.624 589.629 589.623 589.636 210.102 NaN 812.788 NaN
8 279.927 252.847 302.654 291.553 245.153 329.488 466.150 462.170 473.718 589.624 588.708 590.010 199.503 NaN 828.672 NaN
10 209.192 195.863 215.935 195.244 180.304 224.507 457.433 447.678 474.285 589.622 589.621 589.623 180.530 NaN 800.833 NaN
EOD
set output 'figures/macvlan-I.png'
set title "macvlan (study: macvlan-bridge): scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d10 using ($1-0.24000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d10 using ($1-0.24000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d10 using ($1-0.08000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d10 using ($1-0.08000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d10 using ($1+0.08000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d10 using ($1+0.08000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d10 using ($1+0.24000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d10 using ($1+0.24000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d10 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d10 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d11 << EOD
200 213.737 193.445 225.528 203.832 178.017 232.598 235.850 235.849 235.850 235.851 235.847 235.853 193.702 NaN 810.373 NaN
400 208.699 196.484 220.737 199.116 178.822 233.268 471.695 471.694 471.697 471.701 471.681 471.717 211.638 NaN 794.913 NaN
600 144.671 125.197 175.649 150.170 132.429 165.628 347.647 333.004 357.969 507.577 427.455 595.586 224.380 NaN 798.085 NaN
800 154.850 99.549 191.264 147.739 121.743 170.674 943.402 823.085 976.904 943.474 943.421 943.513 209.742 NaN 800.641 NaN
EOD
set output 'figures/macvlan-II.png'
set title "macvlan (study: macvlan-bridge): scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d11 using ($1-18.00000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d11 using ($1-18.00000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d11 using ($1-6.00000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d11 using ($1-6.00000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d11 using ($1+6.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d11 using ($1+6.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d11 using ($1+18.00000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d11 using ($1+18.00000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d11 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d11 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d12 << EOD
64 276.055 212.461 310.684 298.981 274.884 314.002 589.631 589.626 589.634 589.646 589.616 589.722 241.131 NaN 798.722 NaN
128 293.075 278.090 300.301 290.461 221.655 330.384 367.649 367.505 367.717 367.650 367.639 367.658 194.328 NaN 712.251 NaN
256 201.848 196.932 210.201 202.110 178.621 212.624 209.732 209.732 209.733 209.732 209.730 209.733 157.487 NaN 585.138 NaN
512 112.816 112.816 112.816 112.816 112.816 112.816 112.816 112.816 112.816 112.816 112.815 112.817 121.278 NaN 442.087 NaN
1024 58.630 58.630 58.631 58.630 58.630 58.631 58.630 58.630 58.631 58.631 58.630 58.631 61.864 NaN 303.030 NaN
EOD
set output 'figures/macvlan-III.png'
set title "macvlan (study: macvlan-bridge): scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d12 using ($1*0.93952):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d12 using ($1*0.93952):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d12 using ($1*0.97942):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d12 using ($1*0.97942):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d12 using ($1*1.02101):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d12 using ($1*1.02101):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d12 using ($1*1.06437):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d12 using ($1*1.06437):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d12 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d12 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d13 << EOD
2 NaN NaN NaN NaN NaN NaN 494.790 451.180 516.832 NaN NaN NaN 240.257 NaN 851.064 NaN
4 NaN NaN NaN NaN NaN NaN 568.184 568.183 568.185 NaN NaN NaN 234.537 NaN 841.751 NaN
6 NaN NaN NaN NaN NaN NaN 568.183 568.182 568.184 NaN NaN NaN 240.419 NaN 840.925 NaN
8 NaN NaN NaN NaN NaN NaN 568.182 568.168 568.189 NaN NaN NaN 239.110 NaN 832.380 NaN
10 NaN NaN NaN NaN NaN NaN 568.078 540.327 581.090 NaN NaN NaN 206.999 NaN 864.454 NaN
EOD
set output 'figures/trunk-I.png'
set title "trunk (study: macvlan-trunk): scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
set label 1 'no successful run: udp, mmsg, xdp (see summary.md)' at graph 0.02, graph 0.04
plot $d13 using ($1+0.08000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d13 using ($1+0.08000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d13 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d13 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d14 << EOD
200 NaN NaN NaN NaN NaN NaN 227.274 227.273 227.275 NaN NaN NaN 229.074 NaN 807.103 NaN
400 NaN NaN NaN NaN NaN NaN 454.548 454.548 454.548 NaN NaN NaN 235.565 NaN 814.332 NaN
600 NaN NaN NaN NaN NaN NaN 495.121 429.853 528.001 NaN NaN NaN 225.097 NaN 822.368 NaN
800 NaN NaN NaN NaN NaN NaN 909.107 909.099 909.119 NaN NaN NaN 234.755 NaN 814.332 NaN
EOD
set output 'figures/trunk-II.png'
set title "trunk (study: macvlan-trunk): scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
set label 1 'no successful run: udp, mmsg, xdp (see summary.md)' at graph 0.02, graph 0.04
plot $d14 using ($1+6.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d14 using ($1+6.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d14 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d14 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d15 << EOD
64 NaN NaN NaN NaN NaN NaN 568.191 568.187 568.197 NaN NaN NaN 233.685 NaN 805.153 NaN
128 NaN NaN NaN NaN NaN NaN 359.197 359.197 359.198 NaN NaN NaN 193.197 NaN 707.214 NaN
256 NaN NaN NaN NaN NaN NaN 206.954 206.954 206.955 NaN NaN NaN 144.398 NaN 574.713 NaN
512 NaN NaN NaN NaN NaN NaN 112.007 112.007 112.008 NaN NaN NaN 121.565 NaN 448.229 NaN
1024 NaN NaN NaN NaN NaN NaN 58.411 58.411 58.411 NaN NaN NaN 60.907 NaN 290.107 NaN
EOD
set output 'figures/trunk-III.png'
set title "trunk (study: macvlan-trunk): scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
set label 1 'no successful run: udp, mmsg, xdp (see summary.md)' at graph 0.02, graph 0.04
plot $d15 using ($1*1.02101):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d15 using ($1*1.02101):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d15 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d15 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
set terminal pngcairo size 1680,1075 font 'sans,9' noenhanced
set output 'figures/overview.png'
unset label
unset key
set multiplot title "pktbench sweep: median packet throughput per set-up\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed, in the set-up's colour"
$d16 << EOD
2 154.508 147.225 166.358 112.527 99.465 123.448 75.563 68.823 81.747 146.752 120.683 164.399 NaN NaN NaN 236.757 NaN 236.136 209.034 240.257
4 175.956 162.526 181.739 116.848 108.675 127.398 77.070 60.892 89.864 157.237 138.864 167.953 NaN NaN NaN 236.945 NaN 221.552 212.624 234.537
6 285.721 250.725 325.929 211.466 203.524 217.554 188.348 178.199 194.362 262.369 237.725 280.259 NaN NaN NaN 231.415 NaN 222.226 210.102 240.419
8 281.314 271.912 301.656 239.444 215.393 255.481 171.858 145.583 190.527 279.927 252.847 302.654 NaN NaN NaN 240.421 NaN 229.298 199.503 239.110
10 209.695 204.827 213.224 156.159 151.115 169.335 128.418 122.662 139.966 209.192 195.863 215.935 NaN NaN NaN 238.393 NaN 219.784 180.530 206.999
EOD
set origin 0.0000,0.6512
set size 0.2500,0.3070
set title "scenario I, udp"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d16 using ($1-0.32000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d16 using ($1-0.32000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d16 using ($1-0.16000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d16 using ($1-0.16000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d16 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d16 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d16 using ($1+0.16000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d16 using ($1+0.16000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d16 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d16 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d16 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d16 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d17 << EOD
2 130.477 119.036 156.505 113.429 106.868 122.831 77.380 71.554 84.371 154.716 145.738 169.438 NaN NaN NaN NaN NaN NaN NaN NaN
4 130.295 122.923 148.412 94.592 88.957 103.589 71.996 68.209 77.855 148.298 119.505 160.715 NaN NaN NaN NaN NaN NaN NaN NaN
6 251.239 227.079 269.629 191.981 162.159 209.330 182.602 166.242 190.008 287.908 279.040 292.043 NaN NaN NaN NaN NaN NaN NaN NaN
8 301.313 271.353 312.599 209.009 176.631 249.070 176.717 167.627 183.370 291.553 245.153 329.488 NaN NaN NaN NaN NaN NaN NaN NaN
10 208.874 203.423 224.752 154.188 151.729 156.269 135.541 132.240 139.609 195.244 180.304 224.507 NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set origin 0.2500,0.6512
set size 0.2500,0.3070
set title "scenario I, mmsg"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d17 using ($1-0.32000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d17 using ($1-0.32000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d17 using ($1-0.16000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d17 using ($1-0.16000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d17 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d17 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d17 using ($1+0.16000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d17 using ($1+0.16000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
$d18 << EOD
2 298.346 282.158 323.627 196.478 174.513 214.375 138.222 120.467 163.977 351.505 337.070 361.803 494.790 451.180 516.832 652.103 NaN 762.486 819.672 851.064
4 589.624 589.624 589.625 589.625 589.624 589.626 317.899 279.534 340.629 589.624 589.624 589.625 568.184 568.183 568.185 659.196 NaN 773.694 821.693 841.751
6 589.624 589.623 589.624 589.625 589.624 589.625 331.197 265.691 357.445 589.624 589.624 589.624 568.183 568.182 568.184 652.955 NaN 767.558 812.788 840.925
8 491.723 488.331 494.690 311.506 308.509 313.157 227.260 203.249 240.701 466.150 462.170 473.718 568.182 568.168 568.189 630.169 NaN 765.038 828.672 832.380
10 459.711 438.359 477.039 296.601 292.972 304.810 219.303 205.264 226.776 457.433 447.678 474.285 568.078 540.327 581.090 658.025 NaN 764.000 800.833 864.454
EOD
set origin 0.5000,0.6512
set size 0.2500,0.3070
set title "scenario I, mmap"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d18 using ($1-0.32000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d18 using ($1-0.32000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d18 using ($1-0.16000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d18 using ($1-0.16000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d18 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d18 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d18 using ($1+0.16000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d18 using ($1+0.16000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d18 using ($1+0.32000):14:15:16 with yerrorbars lw 1 pt -1 lc rgb '#9467bd' notitle, $d18 using ($1+0.32000):14 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#9467bd' notitle, $d18 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d18 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d18 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d18 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d19 << EOD
2 415.206 390.131 459.030 278.470 248.648 293.187 143.665 137.781 151.582 561.900 526.076 587.201 NaN NaN NaN NaN NaN NaN NaN NaN
4 589.633 589.626 589.639 589.631 588.992 589.939 251.692 230.092 263.987 589.630 589.623 589.635 NaN NaN NaN NaN NaN NaN NaN NaN
6 589.632 589.627 589.636 589.629 589.627 589.630 243.097 215.329 267.667 589.629 589.623 589.636 NaN NaN NaN NaN NaN NaN NaN NaN
8 589.623 589.621 589.625 373.467 366.283 379.169 184.558 168.880 196.266 589.624 588.708 590.010 NaN NaN NaN NaN NaN NaN NaN NaN
10 589.623 589.621 589.625 365.056 349.660 372.865 185.098 177.526 203.570 589.622 589.621 589.623 NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set origin 0.7500,0.6512
set size 0.2500,0.3070
set title "scenario I, xdp"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d19 using ($1-0.32000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d19 using ($1-0.32000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d19 using ($1-0.16000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d19 using ($1-0.16000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d19 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d19 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d19 using ($1+0.16000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d19 using ($1+0.16000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
$d20 << EOD
200 214.974 209.491 220.070 162.880 152.218 168.996 129.916 121.937 139.159 213.737 193.445 225.528 NaN NaN NaN 135.321 NaN 207.735 193.702 229.074
400 209.272 194.823 223.339 156.521 145.124 167.746 132.314 128.056 138.963 208.699 196.484 220.737 NaN NaN NaN 193.036 NaN 233.969 211.638 235.565
600 161.976 141.036 174.830 113.492 100.311 135.687 75.804 67.566 79.092 144.671 125.197 175.649 NaN NaN NaN 232.645 NaN 206.456 224.380 225.097
800 171.430 152.153 186.775 114.149 106.603 125.182 73.381 45.217 93.587 154.850 99.549 191.264 NaN NaN NaN 312.772 NaN 225.760 209.742 234.755
EOD
set origin 0.0000,0.3442
set size 0.2500,0.3070
set title "scenario II, udp"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d20 using ($1-24.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d20 using ($1-24.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d20 using ($1-12.00000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d20 using ($1-12.00000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d20 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d20 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d20 using ($1+12.00000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d20 using ($1+12.00000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d20 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d20 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d20 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d20 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d21 << EOD
200 218.937 183.520 237.156 151.279 144.423 159.845 116.725 110.571 132.954 203.832 178.017 232.598 NaN NaN NaN NaN NaN NaN NaN NaN
400 232.640 222.796 237.049 164.438 155.229 167.870 131.738 117.466 140.872 199.116 178.822 233.268 NaN NaN NaN NaN NaN NaN NaN NaN
600 147.705 134.652 153.516 113.051 110.914 115.847 74.139 70.884 79.223 150.170 132.429 165.628 NaN NaN NaN NaN NaN NaN NaN NaN
800 128.709 114.054 147.944 87.434 84.223 96.524 69.968 63.000 82.181 147.739 121.743 170.674 NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set origin 0.2500,0.3442
set size 0.2500,0.3070
set title "scenario II, mmsg"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d21 using ($1-24.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d21 using ($1-24.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d21 using ($1-12.00000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d21 using ($1-12.00000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d21 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d21 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d21 using ($1+12.00000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d21 using ($1+12.00000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
$d22 << EOD
200 235.850 235.850 235.850 235.850 235.850 235.851 206.935 193.303 223.978 235.850 235.849 235.850 227.274 227.273 227.275 179.147 NaN 768.049 810.373 807.103
400 471.698 465.957 474.399 316.188 311.508 317.757 229.028 227.143 231.000 471.695 471.694 471.697 454.548 454.548 454.548 218.962 NaN 765.697 794.913 814.332
600 280.692 268.961 293.782 191.266 172.358 219.304 147.025 96.192 170.920 347.647 333.004 357.969 495.121 429.853 528.001 336.022 NaN 771.605 798.085 822.368
800 942.208 918.525 949.296 729.386 700.377 761.654 314.507 241.665 364.142 943.402 823.085 976.904 909.107 909.099 909.119 458.716 NaN 769.231 800.641 814.332
EOD
set origin 0.5000,0.3442
set size 0.2500,0.3070
set title "scenario II, mmap"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d22 using ($1-24.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d22 using ($1-24.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d22 using ($1-12.00000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d22 using ($1-12.00000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d22 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d22 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d22 using ($1+12.00000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d22 using ($1+12.00000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d22 using ($1+24.00000):14:15:16 with yerrorbars lw 1 pt -1 lc rgb '#9467bd' notitle, $d22 using ($1+24.00000):14 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#9467bd' notitle, $d22 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d22 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d22 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d22 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d23 << EOD
200 235.851 235.848 235.854 235.850 235.848 235.852 193.686 160.392 218.758 235.851 235.847 235.853 NaN NaN NaN NaN NaN NaN NaN NaN
400 471.707 471.693 471.716 384.009 369.464 395.426 205.347 188.620 214.183 471.701 471.681 471.717 NaN NaN NaN NaN NaN NaN NaN NaN
600 492.506 380.853 552.386 280.450 271.529 290.049 143.614 138.406 156.164 507.577 427.455 595.586 NaN NaN NaN NaN NaN NaN NaN NaN
800 943.515 889.698 968.844 669.766 618.341 706.720 220.663 187.255 251.840 943.474 943.421 943.513 NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set origin 0.7500,0.3442
set size 0.2500,0.3070
set title "scenario II, xdp"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d23 using ($1-24.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d23 using ($1-24.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d23 using ($1-12.00000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d23 using ($1-12.00000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d23 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d23 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d23 using ($1+12.00000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d23 using ($1+12.00000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
$d24 << EOD
64 287.186 281.595 292.965 216.642 178.955 237.924 185.287 152.256 204.638 276.055 212.461 310.684 NaN NaN NaN 193.935 NaN 232.952 241.131 233.685
128 289.307 267.260 308.568 236.342 177.716 268.240 180.579 144.051 211.169 293.075 278.090 300.301 NaN NaN NaN 156.167 NaN 194.767 194.328 193.197
256 203.324 193.499 210.689 160.591 153.949 166.238 134.276 123.735 141.661 201.848 196.932 210.201 NaN NaN NaN 119.771 NaN 162.999 157.487 144.398
512 112.816 112.807 112.821 112.816 112.816 112.816 104.260 103.503 106.143 112.816 112.816 112.816 NaN NaN NaN 97.808 NaN 121.580 121.278 121.565
1024 58.630 58.630 58.631 58.631 58.631 58.631 57.551 57.267 58.097 58.630 58.630 58.631 NaN NaN NaN 60.918 NaN 60.904 61.864 60.907
EOD
set origin 0.0000,0.0372
set size 0.2500,0.3070
set title "scenario III, udp"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d24 using ($1*0.92019):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d24 using ($1*0.92019):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d24 using ($1*0.95926):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d24 using ($1*0.95926):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d24 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d24 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d24 using ($1*1.04247):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d24 using ($1*1.04247):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d24 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d24 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d24 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d24 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d25 << EOD
64 254.683 247.895 260.442 182.606 168.398 216.767 186.178 178.435 194.664 298.981 274.884 314.002 NaN NaN NaN NaN NaN NaN NaN NaN
128 292.905 274.102 311.739 202.749 127.443 256.695 182.209 177.093 191.365 290.461 221.655 330.384 NaN NaN NaN NaN NaN NaN NaN NaN
256 208.643 195.318 215.082 150.087 138.739 158.651 133.508 121.723 140.456 202.110 178.621 212.624 NaN NaN NaN NaN NaN NaN NaN NaN
512 112.816 112.816 112.816 112.816 112.816 112.816 103.995 102.860 106.119 112.816 112.816 112.816 NaN NaN NaN NaN NaN NaN NaN NaN
1024 58.630 58.630 58.630 58.631 58.631 58.631 57.918 57.721 58.041 58.630 58.630 58.631 NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set origin 0.2500,0.0372
set size 0.2500,0.3070
set title "scenario III, mmsg"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d25 using ($1*0.92019):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d25 using ($1*0.92019):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d25 using ($1*0.95926):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d25 using ($1*0.95926):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d25 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d25 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d25 using ($1*1.04247):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d25 using ($1*1.04247):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
$d26 << EOD
64 589.629 589.627 589.635 589.632 587.386 590.690 327.230 263.348 365.611 589.631 589.626 589.634 568.191 568.187 568.197 649.773 NaN 773.395 798.722 805.153
128 367.649 367.647 367.650 311.608 300.169 317.004 223.229 202.004 236.518 367.649 367.505 367.717 359.197 359.197 359.198 476.872 NaN 694.444 712.251 707.214
256 209.733 209.732 209.733 209.733 209.733 209.733 204.715 200.873 208.499 209.732 209.732 209.733 206.954 206.954 206.955 280.269 NaN 569.801 585.138 574.713
512 112.816 112.816 112.816 112.816 112.816 112.816 112.369 112.156 112.507 112.816 112.816 112.816 112.007 112.007 112.008 225.276 NaN 433.088 442.087 448.229
1024 58.630 58.630 58.631 58.631 58.630 58.631 58.544 58.500 58.568 58.630 58.630 58.631 58.411 58.411 58.411 132.608 NaN 292.654 303.030 290.107
EOD
set origin 0.5000,0.0372
set size 0.2500,0.3070
set title "scenario III, mmap"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d26 using ($1*0.92019):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d26 using ($1*0.92019):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d26 using ($1*0.95926):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d26 using ($1*0.95926):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d26 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d26 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d26 using ($1*1.04247):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d26 using ($1*1.04247):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d26 using ($1*1.08673):14:15:16 with yerrorbars lw 1 pt -1 lc rgb '#9467bd' notitle, $d26 using ($1*1.08673):14 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#9467bd' notitle, $d26 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d26 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d26 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d26 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d27 << EOD
64 589.668 589.648 589.704 589.655 589.431 589.762 235.558 227.782 244.304 589.646 589.616 589.722 NaN NaN NaN NaN NaN NaN NaN NaN
128 367.647 367.641 367.656 352.415 329.968 370.707 187.663 170.295 206.601 367.650 367.639 367.658 NaN NaN NaN NaN NaN NaN NaN NaN
256 209.731 209.730 209.734 209.733 209.730 209.736 186.048 175.609 202.214 209.732 209.730 209.733 NaN NaN NaN NaN NaN NaN NaN NaN
512 112.816 112.782 112.832 112.816 112.816 112.817 111.849 111.663 112.296 112.816 112.815 112.817 NaN NaN NaN NaN NaN NaN NaN NaN
1024 58.630 58.630 58.630 58.631 58.631 58.631 58.385 58.350 58.450 58.631 58.630 58.631 NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set origin 0.7500,0.0372
set size 0.2500,0.3070
set title "scenario III, xdp"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d27 using ($1*0.92019):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d27 using ($1*0.92019):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d27 using ($1*0.95926):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d27 using ($1*0.95926):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d27 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d27 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d27 using ($1*1.04247):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d27 using ($1*1.04247):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
unset label
set origin 0,0
set size 1,0.0372
unset title; unset xlabel; unset ylabel; unset tics; unset border; unset grid; unset logscale x
set xrange [0:1]; set yrange [0:1]
set key center center horizontal samplen 4 font ',9'
plot NaN with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "native", NaN with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title "bridge", NaN with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "ovs", NaN with linespoints lw 2 pt 7 lc rgb '#d62728' title "macvlan", NaN with linespoints lw 2 pt 7 lc rgb '#9467bd' title "trunk", NaN with linespoints dt 2 lw 1.5 pt 6 lc rgb '#555555' title 'study (dashed)'
unset multiplot
