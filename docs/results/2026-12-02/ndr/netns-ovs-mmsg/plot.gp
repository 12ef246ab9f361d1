set terminal pngcairo size 800,480 font 'sans,10' noenhanced
set output 'ndr.png'
set title 'pktbench ndr: ovs mmsg 64 B, netns, 2 s trials'
set xlabel 'offered rate, achieved by the sender (kpps)'
set ylabel 'loss (%)'
set grid
set key below horizontal
set style textbox opaque noborder
set xrange [0:*]
set logscale y
set yrange [0.00005:300]
set ytics ('0' 0.0001, '0.001' 0.001, '0.01' 0.01, '0.1' 0.1, '1' 1, '10' 10, '100' 100)
set offsets 0, graph 0.05, 0, 0
$s << EOD
632.344737 66.96665781083954
316.167304 29.424137091239178
158.085992 1.3929127183937855
79.042993 0.178383917614463
39.520995 0.16953012322562688
118.558618 1.2601320861343297
19.759997 0.0001
98.80298699999999 0.24189548900337035
29.639999 0.0001
108.6777 2.071668790629414
34.579997999999996 0.0001
103.74255000000001 0.1556731538513442
88.92041099999999 0.6921757710365768
83.98299 0.14943500470333282
EOD
$v << EOD
34.579997999999996 0.0001
103.73957 1.2617962040080584
98.802988 1.3744521927471838
83.980981 0.4340215760520112
EOD
set arrow from 34.58, graph 0 to 34.58, graph 1 nohead lc rgb '#2ca02c' lw 2
set label 'NDR 34.6 kpps' at 34.58, graph 0.95 offset 0.5,0 tc rgb '#2ca02c' boxed front
set arrow from 83.983, graph 0 to 83.983, graph 1 nohead dt 2 lc rgb '#ff7f0e' lw 2
set label 'PDR 0.5 % 84 kpps' at 83.983, graph 0.87 offset 0.5,0 tc rgb '#ff7f0e' boxed front
plot $s using 1:2 with points pt 7 ps 1.2 lc rgb '#1f77b4' title 'search trials', \
     $v using 1:2 with points pt 6 ps 2 lw 2 lc rgb '#d62728' title 'verification trials', \
     0.5 with lines dt 3 lc rgb '#ff7f0e' title 'PDR threshold'
