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
64 130.250 105.213 157.841 188.473 40.689 301.512 589.776 589.524 589.968 575.341 551.533 604.847 193.935 NaN 649.773 NaN
128 205.148 117.129 300.215 152.745 79.999 269.507 367.716 367.550 367.982 362.540 356.152 372.453 156.167 NaN 476.872 NaN
256 149.438 61.680 265.437 182.841 93.068 262.924 209.757 209.751 209.765 209.864 209.836 209.892 119.771 NaN 280.269 NaN
512 112.825 104.983 117.711 112.827 112.825 112.830 112.825 112.823 112.827 112.854 112.603 113.254 97.808 NaN 225.276 NaN
1024 58.633 58.633 58.634 58.634 58.631 58.639 58.633 58.633 58.634 58.642 58.637 58.648 60.918 NaN 132.608 NaN
EOD
set output 'figures/native-III.png'
set title "native (study: native): scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d1 using ($1*0.93952):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d1 using ($1*0.93952):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d1 using ($1*0.97942):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d1 using ($1*0.97942):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d1 using ($1*1.02101):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d1 using ($1*1.02101):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d1 using ($1*1.06437):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d1 using ($1*1.06437):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'xdp', $d1 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d1 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d2 << EOD
64 91.384 70.447 114.548 91.911 62.424 116.164 317.925 250.665 364.475 253.705 196.681 291.245 NaN NaN NaN NaN
128 91.582 78.219 101.280 78.854 51.968 110.205 321.957 252.394 376.063 237.742 176.034 282.621 NaN NaN NaN NaN
256 92.440 87.124 97.319 86.984 76.974 102.114 206.460 191.009 218.399 207.531 176.092 229.080 NaN NaN NaN NaN
512 96.026 64.640 128.507 92.987 61.912 122.660 112.835 112.820 112.857 112.871 111.454 113.755 NaN NaN NaN NaN
1024 58.638 58.633 58.645 58.638 58.632 58.649 58.636 58.630 58.640 58.646 58.642 58.650 NaN NaN NaN NaN
EOD
set output 'figures/bridge-III.png'
set title "bridge: scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d2 using ($1*0.93952):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d2 using ($1*0.93952):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d2 using ($1*0.97942):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d2 using ($1*0.97942):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d2 using ($1*1.02101):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d2 using ($1*1.02101):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d2 using ($1*1.06437):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d2 using ($1*1.06437):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'xdp'
$d3 << EOD
64 97.770 87.480 108.762 95.878 65.366 130.021 170.886 -68.993 395.007 131.113 60.121 191.661 232.952 NaN 773.395 NaN
128 106.370 70.154 154.922 109.606 77.083 133.773 149.940 34.150 304.161 87.332 28.294 159.455 194.767 NaN 694.444 NaN
256 113.040 57.767 159.468 80.785 49.394 112.340 144.077 83.960 196.354 128.399 107.720 157.201 162.999 NaN 569.801 NaN
512 86.824 74.865 95.850 85.899 78.397 90.772 100.941 98.604 102.778 91.819 83.419 97.265 121.580 NaN 433.088 NaN
1024 49.088 46.921 50.809 51.550 49.350 54.690 56.900 55.214 58.348 56.344 53.794 58.220 60.904 NaN 292.654 NaN
EOD
set output 'figures/ovs-III.png'
set title "ovs (study: ovs-bridge): scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d3 using ($1*0.93952):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d3 using ($1*0.93952):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d3 using ($1*0.97942):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d3 using ($1*0.97942):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d3 using ($1*1.02101):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d3 using ($1*1.02101):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d3 using ($1*1.06437):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d3 using ($1*1.06437):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'xdp', $d3 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d3 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
$d4 << EOD
64 148.337 100.199 197.754 132.059 116.357 147.789 589.504 516.657 635.035 544.361 257.233 726.246 241.131 NaN 798.722 NaN
128 165.844 104.711 246.538 111.812 74.323 143.843 367.705 366.684 368.428 368.544 338.956 390.505 194.328 NaN 712.251 NaN
256 147.412 90.719 182.946 125.196 93.890 153.167 209.751 206.499 211.781 209.876 207.862 211.223 157.487 NaN 585.138 NaN
512 112.824 112.812 112.844 112.832 112.830 112.834 112.825 112.822 112.827 112.877 104.363 118.411 121.278 NaN 442.087 NaN
1024 58.635 58.632 58.638 58.635 58.630 58.641 58.633 58.633 58.634 58.640 58.544 58.794 61.864 NaN 303.030 NaN
EOD
set output 'figures/macvlan-III.png'
set title "macvlan (study: macvlan-bridge): scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d4 using ($1*0.93952):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d4 using ($1*0.93952):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d4 using ($1*0.97942):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d4 using ($1*0.97942):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d4 using ($1*1.02101):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d4 using ($1*1.02101):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d4 using ($1*1.06437):11:12:13 with yerrorbars lw 1.5 pt -1 lc rgb '#9467bd' notitle, $d4 using ($1*1.06437):11 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'xdp', $d4 using 1:14 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d4 using 1:16 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
set terminal pngcairo size 1680,415 font 'sans,9' noenhanced
set output 'figures/overview.png'
unset label
unset key
set multiplot title "pktbench sweep: median packet throughput per set-up\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed, in the set-up's colour"
$d5 << EOD
64 130.250 105.213 157.841 91.384 70.447 114.548 97.770 87.480 108.762 148.337 100.199 197.754 193.935 NaN 232.952 241.131
128 205.148 117.129 300.215 91.582 78.219 101.280 106.370 70.154 154.922 165.844 104.711 246.538 156.167 NaN 194.767 194.328
256 149.438 61.680 265.437 92.440 87.124 97.319 113.040 57.767 159.468 147.412 90.719 182.946 119.771 NaN 162.999 157.487
512 112.825 104.983 117.711 96.026 64.640 128.507 86.824 74.865 95.850 112.824 112.812 112.844 97.808 NaN 121.580 121.278
1024 58.633 58.633 58.634 58.638 58.633 58.645 49.088 46.921 50.809 58.635 58.632 58.638 60.918 NaN 60.904 61.864
EOD
set origin 0.0000,0.0964
set size 0.2500,0.7952
set title 'scenario III, udp'
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d5 using ($1*0.93952):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d5 using ($1*0.93952):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d5 using ($1*0.97942):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d5 using ($1*0.97942):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d5 using ($1*1.02101):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d5 using ($1*1.02101):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d5 using ($1*1.06437):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d5 using ($1*1.06437):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d5 using 1:14 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d5 using 1:16 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d5 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle
$d6 << EOD
64 188.473 40.689 301.512 91.911 62.424 116.164 95.878 65.366 130.021 132.059 116.357 147.789 NaN NaN NaN NaN
128 152.745 79.999 269.507 78.854 51.968 110.205 109.606 77.083 133.773 111.812 74.323 143.843 NaN NaN NaN NaN
256 182.841 93.068 262.924 86.984 76.974 102.114 80.785 49.394 112.340 125.196 93.890 153.167 NaN NaN NaN NaN
512 112.827 112.825 112.830 92.987 61.912 122.660 85.899 78.397 90.772 112.832 112.830 112.834 NaN NaN NaN NaN
1024 58.634 58.631 58.639 58.638 58.632 58.649 51.550 49.350 54.690 58.635 58.630 58.641 NaN NaN NaN NaN
EOD
set origin 0.2500,0.0964
set size 0.2500,0.7952
set title 'scenario III, mmsg'
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d6 using ($1*0.93952):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d6 using ($1*0.93952):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d6 using ($1*0.97942):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d6 using ($1*0.97942):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d6 using ($1*1.02101):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d6 using ($1*1.02101):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d6 using ($1*1.06437):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d6 using ($1*1.06437):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
$d7 << EOD
64 589.776 589.524 589.968 317.925 250.665 364.475 170.886 -68.993 395.007 589.504 516.657 635.035 649.773 NaN 773.395 798.722
128 367.716 367.550 367.982 321.957 252.394 376.063 149.940 34.150 304.161 367.705 366.684 368.428 476.872 NaN 694.444 712.251
256 209.757 209.751 209.765 206.460 191.009 218.399 144.077 83.960 196.354 209.751 206.499 211.781 280.269 NaN 569.801 585.138
512 112.825 112.823 112.827 112.835 112.820 112.857 100.941 98.604 102.778 112.825 112.822 112.827 225.276 NaN 433.088 442.087
1024 58.633 58.633 58.634 58.636 58.630 58.640 56.900 55.214 58.348 58.633 58.633 58.634 132.608 NaN 292.654 303.030
EOD
set origin 0.5000,0.0964
set size 0.2500,0.7952
set title 'scenario III, mmap'
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d7 using ($1*0.93952):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d7 using ($1*0.93952):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d7 using ($1*0.97942):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d7 using ($1*0.97942):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d7 using ($1*1.02101):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d7 using ($1*1.02101):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d7 using ($1*1.06437):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d7 using ($1*1.06437):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle, $d7 using 1:14 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle, $d7 using 1:16 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#2ca02c' notitle, $d7 using 1:17 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#d62728' notitle
$d8 << EOD
64 575.341 551.533 604.847 253.705 196.681 291.245 131.113 60.121 191.661 544.361 257.233 726.246 NaN NaN NaN NaN
128 362.540 356.152 372.453 237.742 176.034 282.621 87.332 28.294 159.455 368.544 338.956 390.505 NaN NaN NaN NaN
256 209.864 209.836 209.892 207.531 176.092 229.080 128.399 107.720 157.201 209.876 207.862 211.223 NaN NaN NaN NaN
512 112.854 112.603 113.254 112.871 111.454 113.755 91.819 83.419 97.265 112.877 104.363 118.411 NaN NaN NaN NaN
1024 58.642 58.637 58.648 58.646 58.642 58.650 56.344 53.794 58.220 58.640 58.544 58.794 NaN NaN NaN NaN
EOD
set origin 0.7500,0.0964
set size 0.2500,0.7952
set title 'scenario III, xdp'
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d8 using ($1*0.93952):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d8 using ($1*0.93952):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d8 using ($1*0.97942):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d8 using ($1*0.97942):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d8 using ($1*1.02101):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d8 using ($1*1.02101):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d8 using ($1*1.06437):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d8 using ($1*1.06437):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
unset label
set origin 0,0
set size 1,0.0964
unset title; unset xlabel; unset ylabel; unset tics; unset border; unset grid; unset logscale x
set xrange [0:1]; set yrange [0:1]
set key center center horizontal samplen 4 font ',9'
plot NaN with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', NaN with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'bridge', NaN with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'ovs', NaN with linespoints lw 2 pt 7 lc rgb '#d62728' title 'macvlan', NaN with linespoints dt 2 lw 1.5 pt 6 lc rgb '#555555' title 'study (dashed)'
unset multiplot
