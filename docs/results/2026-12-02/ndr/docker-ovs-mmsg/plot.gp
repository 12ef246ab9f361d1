set terminal pngcairo size 800,480 font 'sans,10' noenhanced
set output 'ndr.png'
set title 'pktbench ndr: ovs mmsg 64 B, docker, 2 s trials'
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
125.462452 10.719921576128538
62.603309 13.933719649442079
31.364995 0.10840108401084012
47.047924 5.361545655500765
15.681998 2.289248820303533
39.205326 1.6655826350894645
7.840622000000001 0.0001
11.760627000000001 0.0001
35.284988 0.882811392943177
13.720558 0.0001
33.324998 0.9467366841710428
14.700361000000001 0.37073568926226996
32.344992999999995 3.090122120884217
23.032996 0.0001
27.198992999999998 0.5698738924225155
25.115721 0.22097467749641664
26.156997999999998 1.533050426272126
EOD
$v << EOD
13.720992 0.0001
31.3639 2.5107604017216643
25.115647 0.25282688326166586
EOD
set arrow from 13.721, graph 0 to 13.721, graph 1 nohead lc rgb '#2ca02c' lw 2
set label 'NDR 13.7 kpps' at 13.721, graph 0.95 offset 0.5,0 tc rgb '#2ca02c' boxed front
set arrow from 25.116, graph 0 to 25.116, graph 1 nohead dt 2 lc rgb '#ff7f0e' lw 2
set label 'PDR 0.5 % 25.1 kpps' at 25.116, graph 0.87 offset 0.5,0 tc rgb '#ff7f0e' boxed front
plot $s using 1:2 with points pt 7 ps 1.2 lc rgb '#1f77b4' title 'search trials', \
     $v using 1:2 with points pt 6 ps 2 lw 2 lc rgb '#d62728' title 'verification trials', \
     0.5 with lines dt 3 lc rgb '#ff7f0e' title 'PDR threshold'
