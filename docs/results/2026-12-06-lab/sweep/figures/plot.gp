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
64 109.169 65.919 169.396 117.621 50.609 183.477 274.325 268.803 281.119 NaN NaN NaN
128 117.079 80.656 152.409 109.752 80.999 128.275 241.058 165.326 320.245 NaN NaN NaN
256 131.639 80.453 164.079 107.027 100.393 114.572 209.748 182.877 226.491 NaN NaN NaN
512 112.822 94.398 124.299 103.459 73.410 130.704 112.824 112.822 112.827 NaN NaN NaN
1024 58.633 58.632 58.633 58.633 58.263 58.865 58.633 58.629 58.636 NaN NaN NaN
EOD
set output 'figures/native-III.png'
set title "lab: Docker engines as hosts on one machine: native (study: native): scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d1 using ($1*0.95926):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d1 using ($1*0.95926):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d1 using 1:5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d1 using 1:5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d1 using ($1*1.04247):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d1 using ($1*1.04247):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d2 << EOD
64 106.565 65.045 139.533 90.146 59.119 138.700 194.657 131.647 247.624 NaN NaN NaN
128 88.097 50.821 140.330 102.067 70.588 129.193 188.202 147.029 223.259 NaN NaN NaN
256 102.955 72.835 127.048 86.501 47.886 132.217 164.127 155.197 172.398 NaN NaN NaN
512 86.252 73.584 105.498 86.686 56.321 129.829 112.833 112.824 112.844 NaN NaN NaN
1024 58.634 58.632 58.635 58.634 58.634 58.634 58.635 58.630 58.644 NaN NaN NaN
EOD
set output 'figures/bridge-III.png'
set title "lab: Docker engines as hosts on one machine: bridge: scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d2 using ($1*0.95926):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d2 using ($1*0.95926):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d2 using 1:5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d2 using 1:5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d2 using ($1*1.04247):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d2 using ($1*1.04247):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d3 << EOD
64 112.680 71.964 161.892 101.663 72.132 127.433 200.091 166.921 241.415 NaN NaN NaN
128 109.915 67.546 164.474 99.406 86.267 111.846 213.624 140.388 303.557 NaN NaN NaN
256 110.010 79.290 134.504 102.719 70.522 139.606 200.733 188.920 217.409 NaN NaN NaN
512 108.452 84.690 127.064 111.039 103.584 117.269 112.825 112.811 112.848 NaN NaN NaN
1024 58.633 58.632 58.634 58.635 58.630 58.639 58.634 58.633 58.634 NaN NaN NaN
EOD
set output 'figures/macvlan-III.png'
set title "lab: Docker engines as hosts on one machine: macvlan (study: macvlan-bridge): scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d3 using ($1*0.95926):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d3 using ($1*0.95926):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d3 using 1:5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d3 using 1:5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d3 using ($1*1.04247):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d3 using ($1*1.04247):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap'
$d4 << EOD
64 69.167 64.942 73.783 69.681 63.625 75.773 112.213 108.372 116.647 NaN NaN NaN
128 64.747 50.471 78.489 63.469 54.757 72.005 112.387 99.029 122.357 NaN NaN NaN
256 61.879 47.300 82.037 65.320 62.540 68.060 110.326 109.886 110.799 NaN NaN NaN
512 59.007 43.535 80.443 60.112 42.498 83.182 111.157 107.574 114.003 NaN NaN NaN
1024 58.583 55.343 60.627 56.471 50.701 62.075 58.637 58.633 58.641 NaN NaN NaN
EOD
set output 'figures/overlay-III.png'
set title "lab: Docker engines as hosts on one machine: overlay: scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d4 using ($1*0.95926):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d4 using ($1*0.95926):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d4 using 1:5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d4 using 1:5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d4 using ($1*1.04247):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d4 using ($1*1.04247):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap'
set terminal pngcairo size 1260,415 font 'sans,9' noenhanced
set output 'figures/overview.png'
unset label
unset key
set multiplot title "lab: Docker engines as hosts on one machine: pktbench sweep: median packet throughput per set-up\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
$d5 << EOD
64 109.169 65.919 169.396 106.565 65.045 139.533 112.680 71.964 161.892 69.167 64.942 73.783 NaN NaN NaN NaN
128 117.079 80.656 152.409 88.097 50.821 140.330 109.915 67.546 164.474 64.747 50.471 78.489 NaN NaN NaN NaN
256 131.639 80.453 164.079 102.955 72.835 127.048 110.010 79.290 134.504 61.879 47.300 82.037 NaN NaN NaN NaN
512 112.822 94.398 124.299 86.252 73.584 105.498 108.452 84.690 127.064 59.007 43.535 80.443 NaN NaN NaN NaN
1024 58.633 58.632 58.633 58.634 58.632 58.635 58.633 58.632 58.634 58.583 55.343 60.627 NaN NaN NaN NaN
EOD
set origin 0.0000,0.0964
set size 0.3333,0.7952
set title 'lab: Docker engines as hosts on one machine: scenario III, udp'
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d5 using ($1*0.93952):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d5 using ($1*0.93952):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d5 using ($1*0.97942):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d5 using ($1*0.97942):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d5 using ($1*1.02101):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d5 using ($1*1.02101):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d5 using ($1*1.06437):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d5 using ($1*1.06437):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
$d6 << EOD
64 117.621 50.609 183.477 90.146 59.119 138.700 101.663 72.132 127.433 69.681 63.625 75.773 NaN NaN NaN NaN
128 109.752 80.999 128.275 102.067 70.588 129.193 99.406 86.267 111.846 63.469 54.757 72.005 NaN NaN NaN NaN
256 107.027 100.393 114.572 86.501 47.886 132.217 102.719 70.522 139.606 65.320 62.540 68.060 NaN NaN NaN NaN
512 103.459 73.410 130.704 86.686 56.321 129.829 111.039 103.584 117.269 60.112 42.498 83.182 NaN NaN NaN NaN
1024 58.633 58.263 58.865 58.634 58.634 58.634 58.635 58.630 58.639 56.471 50.701 62.075 NaN NaN NaN NaN
EOD
set origin 0.3333,0.0964
set size 0.3333,0.7952
set title 'lab: Docker engines as hosts on one machine: scenario III, mmsg'
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d6 using ($1*0.93952):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d6 using ($1*0.93952):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d6 using ($1*0.97942):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d6 using ($1*0.97942):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d6 using ($1*1.02101):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d6 using ($1*1.02101):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d6 using ($1*1.06437):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d6 using ($1*1.06437):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
$d7 << EOD
64 274.325 268.803 281.119 194.657 131.647 247.624 200.091 166.921 241.415 112.213 108.372 116.647 NaN NaN NaN NaN
128 241.058 165.326 320.245 188.202 147.029 223.259 213.624 140.388 303.557 112.387 99.029 122.357 NaN NaN NaN NaN
256 209.748 182.877 226.491 164.127 155.197 172.398 200.733 188.920 217.409 110.326 109.886 110.799 NaN NaN NaN NaN
512 112.824 112.822 112.827 112.833 112.824 112.844 112.825 112.811 112.848 111.157 107.574 114.003 NaN NaN NaN NaN
1024 58.633 58.629 58.636 58.635 58.630 58.644 58.634 58.633 58.634 58.637 58.633 58.641 NaN NaN NaN NaN
EOD
set origin 0.6667,0.0964
set size 0.3333,0.7952
set title 'lab: Docker engines as hosts on one machine: scenario III, mmap'
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d7 using ($1*0.93952):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d7 using ($1*0.93952):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d7 using ($1*0.97942):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d7 using ($1*0.97942):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle, $d7 using ($1*1.02101):8:9:10 with yerrorbars lw 1 pt -1 lc rgb '#2ca02c' notitle, $d7 using ($1*1.02101):8 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' notitle, $d7 using ($1*1.06437):11:12:13 with yerrorbars lw 1 pt -1 lc rgb '#d62728' notitle, $d7 using ($1*1.06437):11 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#d62728' notitle
unset label
set origin 0,0
set size 1,0.0964
unset title; unset xlabel; unset ylabel; unset tics; unset border; unset grid; unset logscale x
set xrange [0:1]; set yrange [0:1]
set key center center horizontal samplen 4 font ',9'
plot NaN with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', NaN with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'bridge', NaN with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'macvlan', NaN with linespoints lw 2 pt 7 lc rgb '#d62728' title 'overlay'
unset multiplot
