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
64 195.358 122.852 222.338 589.754 447.451 656.640 193.935 649.773
128 188.755 140.918 246.029 367.684 367.614 367.743 156.167 476.872
256 156.258 124.842 197.539 209.748 209.220 209.997 119.771 280.269
512 112.822 112.744 112.860 112.820 112.819 112.823 97.808 225.276
1024 58.632 58.499 58.674 58.633 58.620 58.639 60.918 132.608
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
64 195.358 122.852 222.338 193.935
128 188.755 140.918 246.029 156.167
256 156.258 124.842 197.539 119.771
512 112.822 112.744 112.860 97.808
1024 58.632 58.499 58.674 60.918
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
64 589.754 447.451 656.640 649.773
128 367.684 367.614 367.743 476.872
256 209.748 209.220 209.997 280.269
512 112.820 112.819 112.823 225.276
1024 58.633 58.620 58.639 132.608
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
