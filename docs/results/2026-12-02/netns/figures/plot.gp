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
0.1 142.864 75.296 199.353 315.429 243.874 368.119 573.718 388.116 702.594 526.878 308.108 707.895 236.757 NaN 652.103 NaN
0.2 160.079 119.621 211.877 389.760 339.476 462.957 589.658 535.196 623.584 574.197 561.331 592.698 236.945 NaN 659.196 NaN
0.3 158.972 128.941 197.930 285.360 213.019 386.271 562.841 440.988 662.424 563.405 391.544 685.580 231.415 NaN 652.955 NaN
0.4 132.385 59.562 190.174 314.725 160.813 417.965 565.958 388.046 697.056 563.939 440.244 643.621 240.421 NaN 630.169 NaN
0.5 126.266 99.430 155.316 369.105 176.973 492.267 589.634 583.480 593.485 512.933 397.192 645.058 238.393 NaN 658.025 NaN
EOD
set output 'figures/native-I.png'
set title "native (study: native): scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d1 using ($1-0.01200):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d1 using ($1-0.01200):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d1 using ($1-0.00400):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d1 using ($1-0.00400):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d1 using ($1+0.00400):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d1 using ($1+0.00400):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d1 using ($1+0.01200):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d1 using ($1+0.01200):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'xdp', $d1 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp (at its counts)', $d1 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap (at its counts)'
$d2 << EOD
200 105.870 -11.945 230.411 235.142 84.409 329.640 232.783 224.788 240.664 228.641 196.678 249.175 135.321 NaN 179.147 NaN
400 115.819 -31.270 229.624 345.687 163.016 459.985 471.468 372.906 533.137 410.759 332.104 497.759 193.036 NaN 218.962 NaN
600 131.256 -39.517 340.192 269.728 -69.464 684.862 698.838 -83.624 1193.497 573.524 33.169 968.463 232.645 NaN 336.022 NaN
800 145.676 -79.194 378.268 341.183 19.016 618.374 443.337 -208.298 1353.999 631.170 5.839 1050.827 312.772 NaN 458.716 NaN
EOD
set output 'figures/native-II.png'
set title "native (study: native): scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d2 using ($1-18.00000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d2 using ($1-18.00000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d2 using ($1-6.00000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d2 using ($1-6.00000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d2 using ($1+6.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d2 using ($1+6.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d2 using ($1+18.00000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d2 using ($1+18.00000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'xdp', $d2 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d2 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d3 << EOD
64 132.071 6.249 332.010 322.886 84.798 558.392 589.711 254.925 798.297 466.583 72.858 826.764 193.935 NaN 649.773 NaN
128 119.002 -92.719 368.846 262.786 -96.274 579.385 367.714 181.339 483.800 350.536 328.160 381.722 156.167 NaN 476.872 NaN
256 124.897 -11.244 294.449 207.228 204.168 211.806 209.757 208.266 210.693 209.910 192.045 223.060 119.771 NaN 280.269 NaN
512 105.063 76.762 129.685 112.826 112.637 112.943 112.825 112.456 113.057 112.869 112.800 112.924 97.808 NaN 225.276 NaN
1024 58.632 58.555 58.681 58.633 58.125 58.950 58.634 58.628 58.639 58.641 58.609 58.669 60.918 NaN 132.608 NaN
EOD
set output 'figures/native-III.png'
set title "native (study: native): scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d3 using ($1*0.93952):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d3 using ($1*0.93952):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d3 using ($1*0.97942):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d3 using ($1*0.97942):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d3 using ($1*1.02101):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d3 using ($1*1.02101):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d3 using ($1*1.06437):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d3 using ($1*1.06437):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'xdp', $d3 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d3 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d4 << EOD
0.1 179.470 43.843 276.856 338.802 154.394 483.543 452.751 307.777 676.539 500.563 383.841 578.240 NaN NaN NaN NaN
0.2 196.153 48.218 291.467 349.754 140.730 497.061 436.809 266.449 707.794 517.004 3.754 849.122 NaN NaN NaN NaN
0.3 197.711 26.015 310.892 313.142 187.058 431.004 489.612 342.740 667.831 500.355 73.323 845.174 NaN NaN NaN NaN
0.4 114.046 23.017 250.543 265.607 159.792 414.271 460.425 366.852 599.551 502.744 200.406 697.312 NaN NaN NaN NaN
0.5 144.122 73.534 192.984 275.099 234.499 319.760 450.139 286.314 700.665 374.034 114.180 680.434 NaN NaN NaN NaN
EOD
set output 'figures/bridge-I.png'
set title "bridge: scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d4 using ($1-0.01200):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d4 using ($1-0.01200):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d4 using ($1-0.00400):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d4 using ($1-0.00400):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d4 using ($1+0.00400):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d4 using ($1+0.00400):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d4 using ($1+0.01200):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d4 using ($1+0.01200):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'xdp'
$d5 << EOD
200 188.078 60.645 269.419 235.880 235.850 235.901 235.898 235.891 235.905 236.121 236.072 236.171 NaN NaN NaN NaN
400 176.705 69.542 245.833 329.053 172.860 444.505 471.729 455.965 481.639 449.740 426.295 465.051 NaN NaN NaN NaN
600 174.838 46.746 261.547 323.680 175.575 437.272 535.405 362.118 662.564 441.563 27.247 716.592 NaN NaN NaN NaN
800 190.509 148.624 223.255 303.783 147.504 439.705 591.874 293.133 795.436 453.501 418.246 489.628 NaN NaN NaN NaN
EOD
set output 'figures/bridge-II.png'
set title "bridge: scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d5 using ($1-18.00000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d5 using ($1-18.00000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d5 using ($1-6.00000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d5 using ($1-6.00000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d5 using ($1+6.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d5 using ($1+6.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d5 using ($1+18.00000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d5 using ($1+18.00000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'xdp'
$d6 << EOD
64 185.130 166.273 205.537 334.931 192.650 424.459 577.587 346.664 727.206 430.848 34.838 709.932 NaN NaN NaN NaN
128 185.455 34.977 280.757 337.740 173.087 449.527 367.741 367.721 367.754 348.557 104.704 511.902 NaN NaN NaN NaN
256 111.248 30.078 235.198 209.688 201.300 214.977 209.769 209.689 209.821 209.861 209.613 210.061 NaN NaN NaN NaN
512 112.825 83.608 131.025 112.826 112.810 112.845 112.829 112.829 112.830 112.877 112.868 112.884 NaN NaN NaN NaN
1024 58.635 58.634 58.635 58.635 58.633 58.638 58.634 58.629 58.638 58.647 58.641 58.653 NaN NaN NaN NaN
EOD
set output 'figures/bridge-III.png'
set title "bridge: scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d6 using ($1*0.93952):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d6 using ($1*0.93952):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d6 using ($1*0.97942):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d6 using ($1*0.97942):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d6 using ($1*1.02101):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d6 using ($1*1.02101):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d6 using ($1*1.06437):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d6 using ($1*1.06437):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'xdp'
$d7 << EOD
0.1 177.134 133.471 207.030 191.607 100.791 249.923 281.402 90.840 400.396 167.949 129.468 229.293 236.136 NaN 762.486 NaN
0.2 156.804 104.272 190.256 150.714 73.637 258.279 214.830 -42.337 423.588 195.405 136.457 253.603 221.552 NaN 773.694 NaN
0.3 149.074 78.507 202.750 193.175 88.292 282.292 285.131 227.066 321.599 201.829 151.448 254.358 222.226 NaN 767.558 NaN
0.4 134.508 94.795 195.500 171.096 112.017 232.656 253.364 180.070 315.618 209.840 120.690 271.842 229.298 NaN 765.038 NaN
0.5 150.900 133.983 173.178 222.974 209.794 231.536 281.183 152.107 366.065 219.472 187.052 246.476 219.784 NaN 764.000 NaN
EOD
set output 'figures/ovs-I.png'
set title "ovs (study: ovs-bridge): scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d7 using ($1-0.01200):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d7 using ($1-0.01200):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d7 using ($1-0.00400):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d7 using ($1-0.00400):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d7 using ($1+0.00400):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d7 using ($1+0.00400):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d7 using ($1+0.01200):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d7 using ($1+0.01200):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'xdp', $d7 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp (at its counts)', $d7 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap (at its counts)'
$d8 << EOD
200 155.616 120.925 203.748 188.892 162.230 226.733 234.235 208.078 251.416 168.903 125.709 207.114 207.735 NaN 768.049 NaN
400 151.104 80.643 231.591 193.985 143.998 267.007 293.527 276.497 312.032 164.112 70.106 243.021 233.969 NaN 765.697 NaN
600 165.280 82.312 242.746 172.675 125.733 225.289 271.252 244.333 309.379 139.366 73.540 206.645 206.456 NaN 771.605 NaN
800 161.494 118.321 195.796 163.435 107.656 225.885 285.770 156.148 375.597 97.227 44.918 179.441 225.760 NaN 769.231 NaN
EOD
set output 'figures/ovs-II.png'
set title "ovs (study: ovs-bridge): scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d8 using ($1-18.00000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d8 using ($1-18.00000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d8 using ($1-6.00000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d8 using ($1-6.00000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d8 using ($1+6.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d8 using ($1+6.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d8 using ($1+18.00000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d8 using ($1+18.00000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'xdp', $d8 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d8 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d9 << EOD
64 159.169 82.936 224.694 139.522 81.441 206.704 277.757 233.792 308.491 109.781 57.448 191.342 232.952 NaN 773.395 NaN
128 166.901 104.846 211.489 166.508 89.638 229.495 291.232 263.219 319.721 162.479 156.230 166.691 194.767 NaN 694.444 NaN
256 136.261 109.598 168.970 174.483 97.834 232.070 207.895 158.611 239.899 170.424 86.131 239.416 162.999 NaN 569.801 NaN
512 100.003 -4.888 172.586 106.779 95.354 118.068 111.953 111.617 112.352 107.462 101.080 115.031 121.580 NaN 433.088 NaN
1024 56.653 53.363 60.434 58.577 58.326 58.749 58.156 57.377 58.774 57.220 55.974 59.158 60.904 NaN 292.654 NaN
EOD
set output 'figures/ovs-III.png'
set title "ovs (study: ovs-bridge): scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d9 using ($1*0.93952):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d9 using ($1*0.93952):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d9 using ($1*0.97942):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d9 using ($1*0.97942):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d9 using ($1*1.02101):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d9 using ($1*1.02101):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d9 using ($1*1.06437):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d9 using ($1*1.06437):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'xdp', $d9 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d9 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d10 << EOD
0.1 243.687 96.060 345.782 484.283 132.093 798.731 589.695 589.676 589.714 584.498 580.526 589.456 209.034 NaN 819.672 NaN
0.2 240.181 111.630 336.808 474.411 225.219 706.066 589.661 589.651 589.668 572.642 554.271 590.408 212.624 NaN 821.693 NaN
0.3 251.646 227.737 288.780 476.596 427.563 528.421 589.644 589.565 589.701 584.698 570.652 598.185 210.102 NaN 812.788 NaN
0.4 254.596 196.352 328.750 500.517 393.687 661.458 589.639 589.624 589.651 586.040 572.106 597.707 199.503 NaN 828.672 NaN
0.5 241.992 104.048 370.752 487.756 370.416 594.961 589.639 589.535 589.704 583.944 574.084 595.877 180.530 NaN 800.833 NaN
EOD
set output 'figures/macvlan-I.png'
set title "macvlan (study: macvlan-bridge): scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d10 using ($1-0.01200):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d10 using ($1-0.01200):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d10 using ($1-0.00400):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d10 using ($1-0.00400):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d10 using ($1+0.00400):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d10 using ($1+0.00400):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d10 using ($1+0.01200):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d10 using ($1+0.01200):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'xdp', $d10 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp (at its counts)', $d10 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap (at its counts)'
$d11 << EOD
200 227.792 168.702 269.123 235.883 235.857 235.908 235.887 235.879 235.897 233.353 222.800 240.445 193.702 NaN 810.373 NaN
400 229.327 214.211 250.910 449.111 423.812 489.249 471.670 457.752 480.478 472.418 455.869 486.230 211.638 NaN 794.913 NaN
600 235.898 124.159 308.810 452.348 410.493 496.082 707.780 707.767 707.800 674.106 470.729 826.741 224.380 NaN 798.085 NaN
800 246.290 204.982 280.957 454.083 362.258 532.973 942.062 824.256 1016.324 757.141 630.959 856.227 209.742 NaN 800.641 NaN
EOD
set output 'figures/macvlan-II.png'
set title "macvlan (study: macvlan-bridge): scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d11 using ($1-18.00000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d11 using ($1-18.00000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d11 using ($1-6.00000):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d11 using ($1-6.00000):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d11 using ($1+6.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d11 using ($1+6.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d11 using ($1+18.00000):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d11 using ($1+18.00000):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'xdp', $d11 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d11 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d12 << EOD
64 247.461 174.797 299.008 474.895 330.564 684.804 589.773 589.733 589.820 555.980 540.061 570.124 241.131 NaN 798.722 NaN
128 247.696 181.382 319.231 367.719 367.502 367.856 367.719 367.703 367.730 367.773 349.570 379.394 194.328 NaN 712.251 NaN
256 209.758 209.736 209.778 209.759 209.736 209.775 209.760 209.745 209.771 209.870 202.550 214.456 157.487 NaN 585.138 NaN
512 112.825 112.382 113.101 112.825 112.822 112.831 112.826 112.824 112.828 112.859 112.849 112.869 121.278 NaN 442.087 NaN
1024 58.634 58.631 58.637 58.634 58.633 58.634 58.634 58.633 58.634 58.647 58.638 58.654 61.864 NaN 303.030 NaN
EOD
set output 'figures/macvlan-III.png'
set title "macvlan (study: macvlan-bridge): scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d12 using ($1*0.93952):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d12 using ($1*0.93952):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d12 using ($1*0.97942):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d12 using ($1*0.97942):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d12 using ($1*1.02101):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d12 using ($1*1.02101):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d12 using ($1*1.06437):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d12 using ($1*1.06437):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'xdp', $d12 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d12 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d13 << EOD
0.1 NaN NaN NaN NaN NaN NaN 568.284 568.179 568.440 NaN NaN NaN 240.257 NaN 851.064 NaN
0.2 NaN NaN NaN NaN NaN NaN 568.232 566.340 569.475 NaN NaN NaN 234.537 NaN 841.751 NaN
0.3 NaN NaN NaN NaN NaN NaN 568.216 568.186 568.234 NaN NaN NaN 240.419 NaN 840.925 NaN
0.4 NaN NaN NaN NaN NaN NaN 568.188 563.570 571.069 NaN NaN NaN 239.110 NaN 832.380 NaN
0.5 NaN NaN NaN NaN NaN NaN 568.193 545.598 582.272 NaN NaN NaN 206.999 NaN 864.454 NaN
EOD
set output 'figures/trunk-I.png'
set title "trunk (study: macvlan-trunk): scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
set label 1 'no successful run: udp, mmsg, xdp (see summary.md)' at graph 0.02, graph 0.04
plot $d13 using ($1+0.00400):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d13 using ($1+0.00400):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d13 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp (at its counts)', $d13 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap (at its counts)'
$d14 << EOD
200 NaN NaN NaN NaN NaN NaN 227.316 227.307 227.327 NaN NaN NaN 229.074 NaN 807.103 NaN
400 NaN NaN NaN NaN NaN NaN 454.670 454.625 454.731 NaN NaN NaN 235.565 NaN 814.332 NaN
600 NaN NaN NaN NaN NaN NaN 681.885 680.788 682.671 NaN NaN NaN 225.097 NaN 822.368 NaN
800 NaN NaN NaN NaN NaN NaN 909.440 238.243 1327.655 NaN NaN NaN 234.755 NaN 814.332 NaN
EOD
set output 'figures/trunk-II.png'
set title "trunk (study: macvlan-trunk): scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
set label 1 'no successful run: udp, mmsg, xdp (see summary.md)' at graph 0.02, graph 0.04
plot $d14 using ($1+6.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d14 using ($1+6.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d14 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d14 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d15 << EOD
64 NaN NaN NaN NaN NaN NaN 568.330 562.076 572.279 NaN NaN NaN 233.685 NaN 805.153 NaN
128 NaN NaN NaN NaN NaN NaN 359.269 359.170 359.369 NaN NaN NaN 193.197 NaN 707.214 NaN
256 NaN NaN NaN NaN NaN NaN 207.025 206.898 207.157 NaN NaN NaN 144.398 NaN 574.713 NaN
512 NaN NaN NaN NaN NaN NaN 112.015 112.011 112.021 NaN NaN NaN 121.565 NaN 448.229 NaN
1024 NaN NaN NaN NaN NaN NaN 58.415 58.413 58.417 NaN NaN NaN 60.907 NaN 290.107 NaN
EOD
set output 'figures/trunk-III.png'
set title "trunk (study: macvlan-trunk): scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
set label 1 'no successful run: udp, mmsg, xdp (see summary.md)' at graph 0.02, graph 0.04
plot $d15 using ($1*1.02101):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d15 using ($1*1.02101):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d15 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d15 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
set terminal pngcairo size 1680,1075 font 'sans,9' noenhanced
set output 'figures/overview.png'
unset label
unset key
set multiplot title "pktbench sweep: median packet throughput per set-up\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed, in the set-up's colour, at its own packet counts"
$d16 << EOD
0.1 142.864 75.296 199.353 179.470 43.843 276.856 177.134 133.471 207.030 243.687 96.060 345.782 NaN NaN NaN 236.757 NaN 236.136 209.034 240.257
0.2 160.079 119.621 211.877 196.153 48.218 291.467 156.804 104.272 190.256 240.181 111.630 336.808 NaN NaN NaN 236.945 NaN 221.552 212.624 234.537
0.3 158.972 128.941 197.930 197.711 26.015 310.892 149.074 78.507 202.750 251.646 227.737 288.780 NaN NaN NaN 231.415 NaN 222.226 210.102 240.419
0.4 132.385 59.562 190.174 114.046 23.017 250.543 134.508 94.795 195.500 254.596 196.352 328.750 NaN NaN NaN 240.421 NaN 229.298 199.503 239.110
0.5 126.266 99.430 155.316 144.122 73.534 192.984 150.900 133.983 173.178 241.992 104.048 370.752 NaN NaN NaN 238.393 NaN 219.784 180.530 206.999
EOD
set origin 0.0000,0.6512
set size 0.2500,0.3070
set title 'scenario I, udp'
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d16 using ($1-0.01600):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d16 using ($1-0.01600):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d16 using ($1-0.00800):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d16 using ($1-0.00800):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d16 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d16 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d16 using ($1+0.00800):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d16 using ($1+0.00800):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d16 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d16 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d16 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d16 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d17 << EOD
0.1 315.429 243.874 368.119 338.802 154.394 483.543 191.607 100.791 249.923 484.283 132.093 798.731 NaN NaN NaN NaN NaN NaN NaN NaN
0.2 389.760 339.476 462.957 349.754 140.730 497.061 150.714 73.637 258.279 474.411 225.219 706.066 NaN NaN NaN NaN NaN NaN NaN NaN
0.3 285.360 213.019 386.271 313.142 187.058 431.004 193.175 88.292 282.292 476.596 427.563 528.421 NaN NaN NaN NaN NaN NaN NaN NaN
0.4 314.725 160.813 417.965 265.607 159.792 414.271 171.096 112.017 232.656 500.517 393.687 661.458 NaN NaN NaN NaN NaN NaN NaN NaN
0.5 369.105 176.973 492.267 275.099 234.499 319.760 222.974 209.794 231.536 487.756 370.416 594.961 NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set origin 0.2500,0.6512
set size 0.2500,0.3070
set title 'scenario I, mmsg'
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d17 using ($1-0.01600):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d17 using ($1-0.01600):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d17 using ($1-0.00800):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d17 using ($1-0.00800):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d17 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d17 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d17 using ($1+0.00800):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d17 using ($1+0.00800):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
$d18 << EOD
0.1 573.718 388.116 702.594 452.751 307.777 676.539 281.402 90.840 400.396 589.695 589.676 589.714 568.284 568.179 568.440 652.103 NaN 762.486 819.672 851.064
0.2 589.658 535.196 623.584 436.809 266.449 707.794 214.830 -42.337 423.588 589.661 589.651 589.668 568.232 566.340 569.475 659.196 NaN 773.694 821.693 841.751
0.3 562.841 440.988 662.424 489.612 342.740 667.831 285.131 227.066 321.599 589.644 589.565 589.701 568.216 568.186 568.234 652.955 NaN 767.558 812.788 840.925
0.4 565.958 388.046 697.056 460.425 366.852 599.551 253.364 180.070 315.618 589.639 589.624 589.651 568.188 563.570 571.069 630.169 NaN 765.038 828.672 832.380
0.5 589.634 583.480 593.485 450.139 286.314 700.665 281.183 152.107 366.065 589.639 589.535 589.704 568.193 545.598 582.272 658.025 NaN 764.000 800.833 864.454
EOD
set origin 0.5000,0.6512
set size 0.2500,0.3070
set title 'scenario I, mmap'
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d18 using ($1-0.01600):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d18 using ($1-0.01600):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d18 using ($1-0.00800):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d18 using ($1-0.00800):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d18 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d18 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d18 using ($1+0.00800):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d18 using ($1+0.00800):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d18 using ($1+0.01600):14:15:16 with yerrorbars lw 1 pt -1 lc rgb '#9467bd' notitle, $d18 using ($1+0.01600):14 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#9467bd' notitle, $d18 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d18 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d18 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d18 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d19 << EOD
0.1 526.878 308.108 707.895 500.563 383.841 578.240 167.949 129.468 229.293 584.498 580.526 589.456 NaN NaN NaN NaN NaN NaN NaN NaN
0.2 574.197 561.331 592.698 517.004 3.754 849.122 195.405 136.457 253.603 572.642 554.271 590.408 NaN NaN NaN NaN NaN NaN NaN NaN
0.3 563.405 391.544 685.580 500.355 73.323 845.174 201.829 151.448 254.358 584.698 570.652 598.185 NaN NaN NaN NaN NaN NaN NaN NaN
0.4 563.939 440.244 643.621 502.744 200.406 697.312 209.840 120.690 271.842 586.040 572.106 597.707 NaN NaN NaN NaN NaN NaN NaN NaN
0.5 512.933 397.192 645.058 374.034 114.180 680.434 219.472 187.052 246.476 583.944 574.084 595.877 NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set origin 0.7500,0.6512
set size 0.2500,0.3070
set title 'scenario I, xdp'
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d19 using ($1-0.01600):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d19 using ($1-0.01600):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d19 using ($1-0.00800):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d19 using ($1-0.00800):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d19 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d19 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d19 using ($1+0.00800):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d19 using ($1+0.00800):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
$d20 << EOD
200 105.870 -11.945 230.411 188.078 60.645 269.419 155.616 120.925 203.748 227.792 168.702 269.123 NaN NaN NaN 135.321 NaN 207.735 193.702 229.074
400 115.819 -31.270 229.624 176.705 69.542 245.833 151.104 80.643 231.591 229.327 214.211 250.910 NaN NaN NaN 193.036 NaN 233.969 211.638 235.565
600 131.256 -39.517 340.192 174.838 46.746 261.547 165.280 82.312 242.746 235.898 124.159 308.810 NaN NaN NaN 232.645 NaN 206.456 224.380 225.097
800 145.676 -79.194 378.268 190.509 148.624 223.255 161.494 118.321 195.796 246.290 204.982 280.957 NaN NaN NaN 312.772 NaN 225.760 209.742 234.755
EOD
set origin 0.0000,0.3442
set size 0.2500,0.3070
set title 'scenario II, udp'
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d20 using ($1-24.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d20 using ($1-24.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d20 using ($1-12.00000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d20 using ($1-12.00000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d20 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d20 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d20 using ($1+12.00000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d20 using ($1+12.00000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d20 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d20 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d20 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d20 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d21 << EOD
200 235.142 84.409 329.640 235.880 235.850 235.901 188.892 162.230 226.733 235.883 235.857 235.908 NaN NaN NaN NaN NaN NaN NaN NaN
400 345.687 163.016 459.985 329.053 172.860 444.505 193.985 143.998 267.007 449.111 423.812 489.249 NaN NaN NaN NaN NaN NaN NaN NaN
600 269.728 -69.464 684.862 323.680 175.575 437.272 172.675 125.733 225.289 452.348 410.493 496.082 NaN NaN NaN NaN NaN NaN NaN NaN
800 341.183 19.016 618.374 303.783 147.504 439.705 163.435 107.656 225.885 454.083 362.258 532.973 NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set origin 0.2500,0.3442
set size 0.2500,0.3070
set title 'scenario II, mmsg'
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d21 using ($1-24.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d21 using ($1-24.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d21 using ($1-12.00000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d21 using ($1-12.00000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d21 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d21 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d21 using ($1+12.00000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d21 using ($1+12.00000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
$d22 << EOD
200 232.783 224.788 240.664 235.898 235.891 235.905 234.235 208.078 251.416 235.887 235.879 235.897 227.316 227.307 227.327 179.147 NaN 768.049 810.373 807.103
400 471.468 372.906 533.137 471.729 455.965 481.639 293.527 276.497 312.032 471.670 457.752 480.478 454.670 454.625 454.731 218.962 NaN 765.697 794.913 814.332
600 698.838 -83.624 1193.497 535.405 362.118 662.564 271.252 244.333 309.379 707.780 707.767 707.800 681.885 680.788 682.671 336.022 NaN 771.605 798.085 822.368
800 443.337 -208.298 1353.999 591.874 293.133 795.436 285.770 156.148 375.597 942.062 824.256 1016.324 909.440 238.243 1327.655 458.716 NaN 769.231 800.641 814.332
EOD
set origin 0.5000,0.3442
set size 0.2500,0.3070
set title 'scenario II, mmap'
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d22 using ($1-24.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d22 using ($1-24.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d22 using ($1-12.00000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d22 using ($1-12.00000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d22 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d22 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d22 using ($1+12.00000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d22 using ($1+12.00000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d22 using ($1+24.00000):14:15:16 with yerrorbars lw 1 pt -1 lc rgb '#9467bd' notitle, $d22 using ($1+24.00000):14 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#9467bd' notitle, $d22 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d22 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d22 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d22 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d23 << EOD
200 228.641 196.678 249.175 236.121 236.072 236.171 168.903 125.709 207.114 233.353 222.800 240.445 NaN NaN NaN NaN NaN NaN NaN NaN
400 410.759 332.104 497.759 449.740 426.295 465.051 164.112 70.106 243.021 472.418 455.869 486.230 NaN NaN NaN NaN NaN NaN NaN NaN
600 573.524 33.169 968.463 441.563 27.247 716.592 139.366 73.540 206.645 674.106 470.729 826.741 NaN NaN NaN NaN NaN NaN NaN NaN
800 631.170 5.839 1050.827 453.501 418.246 489.628 97.227 44.918 179.441 757.141 630.959 856.227 NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set origin 0.7500,0.3442
set size 0.2500,0.3070
set title 'scenario II, xdp'
set xlabel 'requested tx rate (Mbit/s)'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d23 using ($1-24.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d23 using ($1-24.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d23 using ($1-12.00000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d23 using ($1-12.00000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d23 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d23 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d23 using ($1+12.00000):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d23 using ($1+12.00000):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
$d24 << EOD
64 132.071 6.249 332.010 185.130 166.273 205.537 159.169 82.936 224.694 247.461 174.797 299.008 NaN NaN NaN 193.935 NaN 232.952 241.131 233.685
128 119.002 -92.719 368.846 185.455 34.977 280.757 166.901 104.846 211.489 247.696 181.382 319.231 NaN NaN NaN 156.167 NaN 194.767 194.328 193.197
256 124.897 -11.244 294.449 111.248 30.078 235.198 136.261 109.598 168.970 209.758 209.736 209.778 NaN NaN NaN 119.771 NaN 162.999 157.487 144.398
512 105.063 76.762 129.685 112.825 83.608 131.025 100.003 -4.888 172.586 112.825 112.382 113.101 NaN NaN NaN 97.808 NaN 121.580 121.278 121.565
1024 58.632 58.555 58.681 58.635 58.634 58.635 56.653 53.363 60.434 58.634 58.631 58.637 NaN NaN NaN 60.918 NaN 60.904 61.864 60.907
EOD
set origin 0.0000,0.0372
set size 0.2500,0.3070
set title 'scenario III, udp'
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d24 using ($1*0.92019):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d24 using ($1*0.92019):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d24 using ($1*0.95926):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d24 using ($1*0.95926):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d24 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d24 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d24 using ($1*1.04247):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d24 using ($1*1.04247):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d24 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d24 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d24 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d24 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d25 << EOD
64 322.886 84.798 558.392 334.931 192.650 424.459 139.522 81.441 206.704 474.895 330.564 684.804 NaN NaN NaN NaN NaN NaN NaN NaN
128 262.786 -96.274 579.385 337.740 173.087 449.527 166.508 89.638 229.495 367.719 367.502 367.856 NaN NaN NaN NaN NaN NaN NaN NaN
256 207.228 204.168 211.806 209.688 201.300 214.977 174.483 97.834 232.070 209.759 209.736 209.775 NaN NaN NaN NaN NaN NaN NaN NaN
512 112.826 112.637 112.943 112.826 112.810 112.845 106.779 95.354 118.068 112.825 112.822 112.831 NaN NaN NaN NaN NaN NaN NaN NaN
1024 58.633 58.125 58.950 58.635 58.633 58.638 58.577 58.326 58.749 58.634 58.633 58.634 NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set origin 0.2500,0.0372
set size 0.2500,0.3070
set title 'scenario III, mmsg'
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d25 using ($1*0.92019):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d25 using ($1*0.92019):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d25 using ($1*0.95926):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d25 using ($1*0.95926):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d25 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d25 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d25 using ($1*1.04247):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d25 using ($1*1.04247):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
$d26 << EOD
64 589.711 254.925 798.297 577.587 346.664 727.206 277.757 233.792 308.491 589.773 589.733 589.820 568.330 562.076 572.279 649.773 NaN 773.395 798.722 805.153
128 367.714 181.339 483.800 367.741 367.721 367.754 291.232 263.219 319.721 367.719 367.703 367.730 359.269 359.170 359.369 476.872 NaN 694.444 712.251 707.214
256 209.757 208.266 210.693 209.769 209.689 209.821 207.895 158.611 239.899 209.760 209.745 209.771 207.025 206.898 207.157 280.269 NaN 569.801 585.138 574.713
512 112.825 112.456 113.057 112.829 112.829 112.830 111.953 111.617 112.352 112.826 112.824 112.828 112.015 112.011 112.021 225.276 NaN 433.088 442.087 448.229
1024 58.634 58.628 58.639 58.634 58.629 58.638 58.156 57.377 58.774 58.634 58.633 58.634 58.415 58.413 58.417 132.608 NaN 292.654 303.030 290.107
EOD
set origin 0.5000,0.0372
set size 0.2500,0.3070
set title 'scenario III, mmap'
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d26 using ($1*0.92019):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d26 using ($1*0.92019):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d26 using ($1*0.95926):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d26 using ($1*0.95926):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d26 using 1:8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d26 using 1:8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d26 using ($1*1.04247):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d26 using ($1*1.04247):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d26 using ($1*1.08673):14:15:16 with yerrorbars lw 1 pt -1 lc rgb '#9467bd' notitle, $d26 using ($1*1.08673):14 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#9467bd' notitle, $d26 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d26 using 1:19 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d26 using 1:20 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle, $d26 using 1:21 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#9467bd' notitle
$d27 << EOD
64 466.583 72.858 826.764 430.848 34.838 709.932 109.781 57.448 191.342 555.980 540.061 570.124 NaN NaN NaN NaN NaN NaN NaN NaN
128 350.536 328.160 381.722 348.557 104.704 511.902 162.479 156.230 166.691 367.773 349.570 379.394 NaN NaN NaN NaN NaN NaN NaN NaN
256 209.910 192.045 223.060 209.861 209.613 210.061 170.424 86.131 239.416 209.870 202.550 214.456 NaN NaN NaN NaN NaN NaN NaN NaN
512 112.869 112.800 112.924 112.877 112.868 112.884 107.462 101.080 115.031 112.859 112.849 112.869 NaN NaN NaN NaN NaN NaN NaN NaN
1024 58.641 58.609 58.669 58.647 58.641 58.653 57.220 55.974 59.158 58.647 58.638 58.654 NaN NaN NaN NaN NaN NaN NaN NaN
EOD
set origin 0.7500,0.0372
set size 0.2500,0.3070
set title 'scenario III, xdp'
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
plot NaN with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', NaN with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'bridge', NaN with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'ovs', NaN with linespoints lw 2 pt 7 lc rgb '#d62728' title 'macvlan', NaN with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'trunk', NaN with linespoints dt 2 lw 1.5 pt 6 lc rgb '#555555' title 'study (dashed)'
unset multiplot
