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
0.1 182.058 134.904 258.467 431.808 366.356 560.169 236.757 NaN
0.2 218.444 173.464 274.928 525.291 444.398 569.869 236.945 NaN
0.3 210.536 165.005 290.263 485.258 404.429 574.519 231.415 NaN
0.4 194.523 146.733 291.852 465.029 376.990 601.221 240.421 NaN
0.5 196.679 131.123 287.302 439.008 381.845 552.312 238.393 NaN
EOD
set output 'figures/native-I.png'
set title "native (study: native): scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d1 using ($1-0.00400):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d1 using ($1-0.00400):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'udp', $d1 using ($1+0.00400):5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d1 using ($1+0.00400):5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'mmsg', $d1 using 1:8 with linespoints dt 2 lw 1.5 pt 6 lc rgb '#1f77b4' title 'study udp (at its counts)'
set terminal pngcairo size 840,415 font 'sans,9' noenhanced
set output 'figures/overview.png'
unset label
unset key
set multiplot title "pktbench sweep: median packet throughput per set-up\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2; the study dashed, in the set-up's colour, at its own packet counts"
$d2 << EOD
0.1 182.058 134.904 258.467 236.757
0.2 218.444 173.464 274.928 236.945
0.3 210.536 165.005 290.263 231.415
0.4 194.523 146.733 291.852 240.421
0.5 196.679 131.123 287.302 238.393
EOD
set origin 0.0000,0.0964
set size 0.5000,0.7952
set title 'scenario I, udp'
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d2 using 1:2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d2 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d2 using 1:5 with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '#1f77b4' notitle
$d3 << EOD
0.1 431.808 366.356 560.169 NaN
0.2 525.291 444.398 569.869 NaN
0.3 485.258 404.429 574.519 NaN
0.4 465.029 376.990 601.221 NaN
0.5 439.008 381.845 552.312 NaN
EOD
set origin 0.5000,0.0964
set size 0.5000,0.7952
set title 'scenario I, mmsg'
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.1' 0.1, '0.2' 0.2, '0.3' 0.3, '0.4' 0.4, '0.5' 0.5)
unset label
plot $d3 using 1:2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d3 using 1:2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle
unset label
set origin 0,0
set size 1,0.0964
unset title; unset xlabel; unset ylabel; unset tics; unset border; unset grid; unset logscale x
set xrange [0:1]; set yrange [0:1]
set key center center horizontal samplen 4 font ',9'
plot NaN with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'native', NaN with linespoints dt 2 lw 1.5 pt 6 lc rgb '#555555' title 'study (dashed)'
unset multiplot
