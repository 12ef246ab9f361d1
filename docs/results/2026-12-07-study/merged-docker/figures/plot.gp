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
2 113.347 110.234 118.671 113.435 109.447 117.758 447.043 441.844 453.169 481.722 480.326 483.062 NaN NaN NaN NaN
4 241.056 236.527 248.091 236.658 235.613 239.591 428.462 424.765 432.543 460.220 454.088 471.710 NaN NaN NaN NaN
6 257.108 249.660 260.437 249.455 244.596 254.514 450.261 448.967 453.567 489.732 483.533 501.427 NaN NaN NaN NaN
8 262.373 257.743 264.144 248.141 245.907 251.023 442.130 439.279 444.495 462.606 455.170 477.689 NaN NaN NaN NaN
10 254.192 248.066 257.958 232.612 227.857 235.797 126.487 118.863 133.779 233.306 226.655 249.230 NaN NaN NaN NaN
EOD
set output 'figures/bridge-I.png'
set title "bridge: scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d1 using ($1-0.24000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d1 using ($1-0.24000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d1 using ($1-0.08000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d1 using ($1-0.08000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d1 using ($1+0.08000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d1 using ($1+0.08000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d1 using ($1+0.24000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d1 using ($1+0.24000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp"
$d2 << EOD
200 112.220 98.935 121.269 99.183 92.581 105.465 202.004 199.110 203.740 214.097 197.463 229.995 NaN NaN NaN NaN
400 108.939 101.402 113.467 109.791 107.955 111.129 178.713 160.989 197.934 241.337 234.906 246.737 NaN NaN NaN NaN
600 114.068 111.847 117.394 116.154 110.405 119.137 446.348 434.656 452.785 475.525 468.438 489.232 NaN NaN NaN NaN
800 238.763 233.931 243.438 236.275 232.681 238.557 423.285 417.740 432.402 469.396 464.031 477.229 NaN NaN NaN NaN
EOD
set output 'figures/bridge-II.png'
set title "bridge: scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d2 using ($1-18.00000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d2 using ($1-18.00000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d2 using ($1-6.00000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d2 using ($1-6.00000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d2 using ($1+6.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d2 using ($1+6.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d2 using ($1+18.00000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d2 using ($1+18.00000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp"
$d3 << EOD
64 255.423 249.991 259.919 248.792 241.958 252.893 451.426 447.518 459.102 498.311 488.410 502.886 NaN NaN NaN NaN
128 260.624 255.822 263.846 248.295 241.814 250.979 367.657 367.656 367.657 367.660 367.654 367.673 NaN NaN NaN NaN
256 209.733 209.726 209.736 209.728 209.614 209.782 128.311 105.930 137.997 209.732 208.726 210.206 NaN NaN NaN NaN
512 112.163 98.196 116.440 102.022 92.723 112.733 112.817 112.817 112.817 112.817 112.816 112.818 NaN NaN NaN NaN
1024 58.631 58.631 58.631 58.631 58.631 58.631 58.631 58.631 58.631 58.631 58.630 58.631 NaN NaN NaN NaN
EOD
set output 'figures/bridge-III.png'
set title "bridge: scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d3 using ($1*0.93952):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d3 using ($1*0.93952):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d3 using ($1*0.97942):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d3 using ($1*0.97942):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d3 using ($1*1.02101):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d3 using ($1*1.02101):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d3 using ($1*1.06437):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d3 using ($1*1.06437):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp"
$d4 << EOD
2 188.224 170.787 202.860 180.392 176.667 183.355 589.626 589.613 589.643 589.630 589.621 589.636 209.034 NaN 819.672 NaN
4 422.801 416.737 426.370 395.322 391.872 400.607 589.624 589.620 589.634 589.627 589.603 589.668 212.624 NaN 821.693 NaN
6 445.787 443.858 446.948 418.488 417.644 420.375 589.624 589.624 589.624 589.622 589.620 589.627 210.102 NaN 812.788 NaN
8 452.829 438.253 461.180 415.051 409.813 422.773 589.624 589.623 589.624 589.624 589.620 589.627 199.503 NaN 828.672 NaN
10 428.818 423.892 434.709 397.708 389.160 404.150 227.588 206.325 263.861 589.622 589.620 589.625 180.530 NaN 800.833 NaN
EOD
set output 'figures/macvlan-I.png'
set title "macvlan (study: macvlan-bridge): scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d4 using ($1-0.24000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d4 using ($1-0.24000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d4 using ($1-0.08000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d4 using ($1-0.08000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d4 using ($1+0.08000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d4 using ($1+0.08000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d4 using ($1+0.24000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d4 using ($1+0.24000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d4 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d4 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d5 << EOD
200 175.222 155.288 187.101 165.041 158.026 177.701 235.850 235.850 235.851 235.850 235.847 235.855 193.702 NaN 810.373 NaN
400 160.966 141.033 179.757 170.183 153.295 177.996 318.023 290.939 377.755 471.694 471.682 471.703 211.638 NaN 794.913 NaN
600 198.500 177.220 208.201 176.299 157.365 188.547 707.556 707.554 707.557 707.549 707.517 707.590 224.380 NaN 798.085 NaN
800 415.477 406.997 427.766 396.908 387.287 402.788 893.361 881.216 910.965 943.457 943.347 943.511 209.742 NaN 800.641 NaN
EOD
set output 'figures/macvlan-II.png'
set title "macvlan (study: macvlan-bridge): scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d5 using ($1-18.00000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d5 using ($1-18.00000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d5 using ($1-6.00000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d5 using ($1-6.00000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d5 using ($1+6.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d5 using ($1+6.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d5 using ($1+18.00000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d5 using ($1+18.00000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d5 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d5 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d6 << EOD
64 446.010 440.801 448.260 412.726 404.251 418.539 589.629 589.629 589.629 589.643 589.634 589.657 241.131 NaN 798.722 NaN
128 367.650 367.649 367.651 367.650 367.649 367.652 367.650 367.650 367.650 367.658 367.657 367.660 194.328 NaN 712.251 NaN
256 209.733 209.733 209.733 209.733 209.733 209.734 209.664 209.558 209.764 209.731 209.729 209.734 157.487 NaN 585.138 NaN
512 112.816 112.815 112.817 112.816 112.816 112.817 112.816 112.816 112.816 112.816 112.816 112.817 121.278 NaN 442.087 NaN
1024 58.631 58.631 58.631 58.631 58.630 58.631 58.631 58.630 58.631 58.630 58.630 58.631 61.864 NaN 303.030 NaN
EOD
set output 'figures/macvlan-III.png'
set title "macvlan (study: macvlan-bridge): scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d6 using ($1*0.93952):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d6 using ($1*0.93952):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d6 using ($1*0.97942):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d6 using ($1*0.97942):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d6 using ($1*1.02101):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d6 using ($1*1.02101):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d6 using ($1*1.06437):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d6 using ($1*1.06437):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d6 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d6 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d7 << EOD
2 134.697 127.486 140.558 123.868 119.747 129.091 355.071 340.318 364.517 294.523 272.194 305.126 236.136 NaN 762.486 NaN
4 215.494 208.163 222.748 216.039 210.450 219.048 321.789 312.865 326.156 282.352 274.450 288.765 221.552 NaN 773.694 NaN
6 241.703 236.813 247.022 244.472 239.849 248.159 370.028 365.260 372.172 300.969 294.871 309.055 222.226 NaN 767.558 NaN
8 233.652 228.821 241.615 233.187 227.712 236.204 350.314 333.083 359.909 279.120 273.843 285.118 229.298 NaN 765.038 NaN
10 214.992 205.267 220.537 225.449 220.821 230.521 105.267 97.896 114.335 180.850 164.911 192.099 219.784 NaN 764.000 NaN
EOD
set output 'figures/ovs-I.png'
set title "ovs (study: ovs-bridge): scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d7 using ($1-0.24000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d7 using ($1-0.24000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d7 using ($1-0.08000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d7 using ($1-0.08000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d7 using ($1+0.08000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d7 using ($1+0.08000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d7 using ($1+0.24000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d7 using ($1+0.24000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d7 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d7 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d8 << EOD
200 91.819 87.576 102.753 126.625 123.435 129.539 178.680 173.439 184.581 144.746 111.969 181.615 207.735 NaN 768.049 NaN
400 111.203 105.408 119.220 112.064 97.913 127.049 176.021 163.921 186.205 171.145 119.040 200.106 233.969 NaN 765.697 NaN
600 133.280 131.163 136.265 124.800 119.249 134.891 355.545 334.122 371.331 287.401 278.908 303.181 206.456 NaN 771.605 NaN
800 211.924 196.482 226.600 216.096 211.586 224.874 317.182 309.448 334.128 277.251 262.445 291.696 225.760 NaN 769.231 NaN
EOD
set output 'figures/ovs-II.png'
set title "ovs (study: ovs-bridge): scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d8 using ($1-18.00000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d8 using ($1-18.00000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d8 using ($1-6.00000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d8 using ($1-6.00000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d8 using ($1+6.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d8 using ($1+6.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d8 using ($1+18.00000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d8 using ($1+18.00000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d8 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d8 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
$d9 << EOD
64 249.010 227.205 266.929 253.682 248.299 257.871 373.766 364.037 380.631 309.718 300.257 316.904 232.952 NaN 773.395 NaN
128 249.151 244.152 255.315 238.432 232.704 245.994 346.291 343.224 350.939 286.476 277.818 290.808 194.767 NaN 694.444 NaN
256 172.078 170.156 176.177 182.144 175.847 186.183 99.854 90.073 115.577 175.060 167.694 191.434 162.999 NaN 569.801 NaN
512 89.921 89.132 91.444 103.361 102.269 104.825 109.960 109.450 110.355 109.839 107.021 111.078 121.580 NaN 433.088 NaN
1024 55.642 54.234 56.122 55.368 53.919 56.150 57.422 57.228 57.719 57.428 57.397 57.471 60.904 NaN 292.654 NaN
EOD
set output 'figures/ovs-III.png'
set title "ovs (study: ovs-bridge): scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d9 using ($1*0.93952):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d9 using ($1*0.93952):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d9 using ($1*0.97942):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d9 using ($1*0.97942):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d9 using ($1*1.02101):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d9 using ($1*1.02101):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap", $d9 using ($1*1.06437):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d9 using ($1*1.06437):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title "xdp", $d9 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title "study udp", $d9 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title "study mmap"
set terminal pngcairo size 1680,1075 font 'sans,9' noenhanced
set output 'figures/overview.png'
unset label
unset key
set multiplot title "pktbench sweep: median packet throughput per set-up\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed, in the set-up's colour"
$d10 << EOD
2 113.347 110.234 118.671 188.224 170.787 202.860 134.697 127.486 140.558 NaN 209.034 236.136
4 241.056 236.527 248.091 422.801 416.737 426.370 215.494 208.163 222.748 NaN 212.624 221.552
6 257.108 249.660 260.437 445.787 443.858 446.948 241.703 236.813 247.022 NaN 210.102 222.226
8 262.373 257.743 264.144 452.829 438.253 461.180 233.652 228.821 241.615 NaN 199.503 229.298
10 254.192 248.066 257.958 428.818 423.892 434.709 214.992 205.267 220.537 NaN 180.530 219.784
EOD
set origin 0.0000,0.6512
set size 0.2500,0.3070
set title "scenario I, udp"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d10 using ($1-0.16000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d10 using ($1-0.16000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d10 using 1:5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d10 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d10 using ($1+0.16000):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d10 using ($1+0.16000):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d10 using 1:12 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#ff7f0e' notitle, $d10 using 1:13 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle
$d11 << EOD
2 113.435 109.447 117.758 180.392 176.667 183.355 123.868 119.747 129.091 NaN NaN NaN
4 236.658 235.613 239.591 395.322 391.872 400.607 216.039 210.450 219.048 NaN NaN NaN
6 249.455 244.596 254.514 418.488 417.644 420.375 244.472 239.849 248.159 NaN NaN NaN
8 248.141 245.907 251.023 415.051 409.813 422.773 233.187 227.712 236.204 NaN NaN NaN
10 232.612 227.857 235.797 397.708 389.160 404.150 225.449 220.821 230.521 NaN NaN NaN
EOD
set origin 0.2500,0.6512
set size 0.2500,0.3070
set title "scenario I, mmsg"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d11 using ($1-0.16000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d11 using ($1-0.16000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d11 using 1:5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d11 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d11 using ($1+0.16000):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d11 using ($1+0.16000):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle
$d12 << EOD
2 447.043 441.844 453.169 589.626 589.613 589.643 355.071 340.318 364.517 NaN 819.672 762.486
4 428.462 424.765 432.543 589.624 589.620 589.634 321.789 312.865 326.156 NaN 821.693 773.694
6 450.261 448.967 453.567 589.624 589.624 589.624 370.028 365.260 372.172 NaN 812.788 767.558
8 442.130 439.279 444.495 589.624 589.623 589.624 350.314 333.083 359.909 NaN 828.672 765.038
10 126.487 118.863 133.779 227.588 206.325 263.861 105.267 97.896 114.335 NaN 800.833 764.000
EOD
set origin 0.5000,0.6512
set size 0.2500,0.3070
set title "scenario I, mmap"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d12 using ($1-0.16000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d12 using ($1-0.16000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d12 using 1:5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d12 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d12 using ($1+0.16000):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d12 using ($1+0.16000):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d12 using 1:12 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#ff7f0e' notitle, $d12 using 1:13 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle
$d13 << EOD
2 481.722 480.326 483.062 589.630 589.621 589.636 294.523 272.194 305.126 NaN NaN NaN
4 460.220 454.088 471.710 589.627 589.603 589.668 282.352 274.450 288.765 NaN NaN NaN
6 489.732 483.533 501.427 589.622 589.620 589.627 300.969 294.871 309.055 NaN NaN NaN
8 462.606 455.170 477.689 589.624 589.620 589.627 279.120 273.843 285.118 NaN NaN NaN
10 233.306 226.655 249.230 589.622 589.620 589.625 180.850 164.911 192.099 NaN NaN NaN
EOD
set origin 0.7500,0.6512
set size 0.2500,0.3070
set title "scenario I, xdp"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('2' 2, '4' 4, '6' 6, '8' 8, '10' 10)
unset label
plot $d13 using ($1-0.16000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d13 using ($1-0.16000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d13 using 1:5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d13 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d13 using ($1+0.16000):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d13 using ($1+0.16000):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle
$d14 << EOD
200 112.220 98.935 121.269 175.222 155.288 187.101 91.819 87.576 102.753 NaN 193.702 207.735
400 108.939 101.402 113.467 160.966 141.033 179.757 111.203 105.408 119.220 NaN 211.638 233.969
600 114.068 111.847 117.394 198.500 177.220 208.201 133.280 131.163 136.265 NaN 224.380 206.456
800 238.763 233.931 243.438 415.477 406.997 427.766 211.924 196.482 226.600 NaN 209.742 225.760
EOD
set origin 0.0000,0.3442
set size 0.2500,0.3070
set title "scenario II, udp"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d14 using ($1-12.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d14 using ($1-12.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d14 using 1:5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d14 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d14 using ($1+12.00000):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d14 using ($1+12.00000):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d14 using 1:12 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#ff7f0e' notitle, $d14 using 1:13 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle
$d15 << EOD
200 99.183 92.581 105.465 165.041 158.026 177.701 126.625 123.435 129.539 NaN NaN NaN
400 109.791 107.955 111.129 170.183 153.295 177.996 112.064 97.913 127.049 NaN NaN NaN
600 116.154 110.405 119.137 176.299 157.365 188.547 124.800 119.249 134.891 NaN NaN NaN
800 236.275 232.681 238.557 396.908 387.287 402.788 216.096 211.586 224.874 NaN NaN NaN
EOD
set origin 0.2500,0.3442
set size 0.2500,0.3070
set title "scenario II, mmsg"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d15 using ($1-12.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d15 using ($1-12.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d15 using 1:5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d15 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d15 using ($1+12.00000):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d15 using ($1+12.00000):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle
$d16 << EOD
200 202.004 199.110 203.740 235.850 235.850 235.851 178.680 173.439 184.581 NaN 810.373 768.049
400 178.713 160.989 197.934 318.023 290.939 377.755 176.021 163.921 186.205 NaN 794.913 765.697
600 446.348 434.656 452.785 707.556 707.554 707.557 355.545 334.122 371.331 NaN 798.085 771.605
800 423.285 417.740 432.402 893.361 881.216 910.965 317.182 309.448 334.128 NaN 800.641 769.231
EOD
set origin 0.5000,0.3442
set size 0.2500,0.3070
set title "scenario II, mmap"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d16 using ($1-12.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d16 using ($1-12.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d16 using 1:5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d16 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d16 using ($1+12.00000):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d16 using ($1+12.00000):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d16 using 1:12 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#ff7f0e' notitle, $d16 using 1:13 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle
$d17 << EOD
200 214.097 197.463 229.995 235.850 235.847 235.855 144.746 111.969 181.615 NaN NaN NaN
400 241.337 234.906 246.737 471.694 471.682 471.703 171.145 119.040 200.106 NaN NaN NaN
600 475.525 468.438 489.232 707.549 707.517 707.590 287.401 278.908 303.181 NaN NaN NaN
800 469.396 464.031 477.229 943.457 943.347 943.511 277.251 262.445 291.696 NaN NaN NaN
EOD
set origin 0.7500,0.3442
set size 0.2500,0.3070
set title "scenario II, xdp"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d17 using ($1-12.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d17 using ($1-12.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d17 using 1:5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d17 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d17 using ($1+12.00000):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d17 using ($1+12.00000):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle
$d18 << EOD
64 255.423 249.991 259.919 446.010 440.801 448.260 249.010 227.205 266.929 NaN 241.131 232.952
128 260.624 255.822 263.846 367.650 367.649 367.651 249.151 244.152 255.315 NaN 194.328 194.767
256 209.733 209.726 209.736 209.733 209.733 209.733 172.078 170.156 176.177 NaN 157.487 162.999
512 112.163 98.196 116.440 112.816 112.815 112.817 89.921 89.132 91.444 NaN 121.278 121.580
1024 58.631 58.631 58.631 58.631 58.631 58.631 55.642 54.234 56.122 NaN 61.864 60.904
EOD
set origin 0.0000,0.0372
set size 0.2500,0.3070
set title "scenario III, udp"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d18 using ($1*0.95926):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d18 using ($1*0.95926):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d18 using 1:5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d18 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d18 using ($1*1.04247):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d18 using ($1*1.04247):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d18 using 1:12 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#ff7f0e' notitle, $d18 using 1:13 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle
$d19 << EOD
64 248.792 241.958 252.893 412.726 404.251 418.539 253.682 248.299 257.871 NaN NaN NaN
128 248.295 241.814 250.979 367.650 367.649 367.652 238.432 232.704 245.994 NaN NaN NaN
256 209.728 209.614 209.782 209.733 209.733 209.734 182.144 175.847 186.183 NaN NaN NaN
512 102.022 92.723 112.733 112.816 112.816 112.817 103.361 102.269 104.825 NaN NaN NaN
1024 58.631 58.631 58.631 58.631 58.630 58.631 55.368 53.919 56.150 NaN NaN NaN
EOD
set origin 0.2500,0.0372
set size 0.2500,0.3070
set title "scenario III, mmsg"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d19 using ($1*0.95926):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d19 using ($1*0.95926):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d19 using 1:5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d19 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d19 using ($1*1.04247):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d19 using ($1*1.04247):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle
$d20 << EOD
64 451.426 447.518 459.102 589.629 589.629 589.629 373.766 364.037 380.631 NaN 798.722 773.395
128 367.657 367.656 367.657 367.650 367.650 367.650 346.291 343.224 350.939 NaN 712.251 694.444
256 128.311 105.930 137.997 209.664 209.558 209.764 99.854 90.073 115.577 NaN 585.138 569.801
512 112.817 112.817 112.817 112.816 112.816 112.816 109.960 109.450 110.355 NaN 442.087 433.088
1024 58.631 58.631 58.631 58.631 58.630 58.631 57.422 57.228 57.719 NaN 303.030 292.654
EOD
set origin 0.5000,0.0372
set size 0.2500,0.3070
set title "scenario III, mmap"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d20 using ($1*0.95926):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d20 using ($1*0.95926):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d20 using 1:5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d20 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d20 using ($1*1.04247):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d20 using ($1*1.04247):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d20 using 1:12 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#ff7f0e' notitle, $d20 using 1:13 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle
$d21 << EOD
64 498.311 488.410 502.886 589.643 589.634 589.657 309.718 300.257 316.904 NaN NaN NaN
128 367.660 367.654 367.673 367.658 367.657 367.660 286.476 277.818 290.808 NaN NaN NaN
256 209.732 208.726 210.206 209.731 209.729 209.734 175.060 167.694 191.434 NaN NaN NaN
512 112.817 112.816 112.818 112.816 112.816 112.817 109.839 107.021 111.078 NaN NaN NaN
1024 58.631 58.630 58.631 58.630 58.630 58.631 57.428 57.397 57.471 NaN NaN NaN
EOD
set origin 0.7500,0.0372
set size 0.2500,0.3070
set title "scenario III, xdp"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d21 using ($1*0.95926):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d21 using ($1*0.95926):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d21 using 1:5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d21 using 1:5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d21 using ($1*1.04247):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d21 using ($1*1.04247):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle
unset label
set origin 0,0
set size 1,0.0372
unset title; unset xlabel; unset ylabel; unset tics; unset border; unset grid; unset logscale x
set xrange [0:1]; set yrange [0:1]
set key center center horizontal samplen 4 font ',9'
plot NaN with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "bridge", NaN with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title "macvlan", NaN with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "ovs", NaN with linespoints dt 2 lw 1.5 pt 6 lc rgb '#555555' title 'study (dashed)'
unset multiplot
