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
64 170.706 119.951 207.970 589.697 529.877 613.030 193.935 649.773
128 173.454 131.648 208.598 367.681 367.670 367.702 156.167 476.872
256 158.643 126.739 188.130 209.745 209.592 209.818 119.771 280.269
512 112.819 106.851 114.849 112.822 112.819 112.828 97.808 225.276
1024 58.632 58.562 58.665 58.632 58.632 58.633 60.918 132.608
EOD
set output 'figures/native-III.png'
set title "native (study: native): scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d1 using ($1*0.97942):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d1 using ($1*0.97942):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d1 using ($1*1.02101):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d1 using ($1*1.02101):5 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'mmap', $d1 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp', $d1 using 1:9 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#d62728' title 'study mmap'
set terminal pngcairo size 840,415 font 'sans,9' noenhanced
set output 'figures/overview.png'
unset label
unset key
set multiplot title "pktbench sweep: median packet throughput per set-up\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed, in the set-up's colour"
$d2 << EOD
64 170.706 119.951 207.970 193.935
128 173.454 131.648 208.598 156.167
256 158.643 126.739 188.130 119.771
512 112.819 106.851 114.849 97.808
1024 58.632 58.562 58.665 60.918
EOD
set origin 0.0000,0.0964
set size 0.5000,0.7952
set title 'scenario III, udp'
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d2 using 1:2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d2 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d2 using 1:5 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle
$d3 << EOD
64 589.697 529.877 613.030 649.773
128 367.681 367.670 367.702 476.872
256 209.745 209.592 209.818 280.269
512 112.822 112.819 112.828 225.276
1024 58.632 58.632 58.633 132.608
EOD
set origin 0.5000,0.0964
set size 0.5000,0.7952
set title 'scenario III, mmap'
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d3 using 1:2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d3 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d3 using 1:5 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle
unset label
set origin 0,0
set size 1,0.0964
unset title; unset xlabel; unset ylabel; unset tics; unset border; unset grid; unset logscale x
set xrange [0:1]; set yrange [0:1]
set key center center horizontal samplen 4 font ',9'
plot NaN with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', NaN with linespoints dt 2 lw 1.5 pt 6 lc rgb '#555555' title 'study (dashed)'
unset multiplot
