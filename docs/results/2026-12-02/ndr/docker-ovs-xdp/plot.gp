set terminal pngcairo size 800,480 font 'sans,10' noenhanced
set output 'ndr.png'
set title 'pktbench ndr: ovs xdp 64 B, docker, 2 s trials'
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
1273.867017 84.35231411705601
636.932066 67.31343799112308
318.46265500000004 34.39959555931666
159.23296299999998 9.517185508029115
79.615983 1.6730305466237942
39.807195 1.4720659163987138
19.903993 0.3165192926045016
9.951998999999999 0.0001
29.855992999999998 0.49738745980707394
EOD
$v << EOD
9.951643 0.0001
29.855994 0.0001
EOD
set arrow from 9.952, graph 0 to 9.952, graph 1 nohead lc rgb '#2ca02c' lw 2
set label 'NDR 10 kpps' at 9.952, graph 0.95 offset 0.5,0 tc rgb '#2ca02c' boxed front
set arrow from 29.856, graph 0 to 29.856, graph 1 nohead dt 2 lc rgb '#ff7f0e' lw 2
set label 'PDR 0.5 % 29.9 kpps' at 29.856, graph 0.87 offset 0.5,0 tc rgb '#ff7f0e' boxed front
plot $s using 1:2 with points pt 7 ps 1.2 lc rgb '#1f77b4' title 'search trials', \
     $v using 1:2 with points pt 6 ps 2 lw 2 lc rgb '#d62728' title 'verification trials', \
     0.5 with lines dt 3 lc rgb '#ff7f0e' title 'PDR threshold'
