set terminal pngcairo size 800,480 font 'sans,10' noenhanced
set output 'ndr.png'
set title 'pktbench ndr: ovs udp 64 B, docker, 2 s trials'
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
122.043061 23.256833377031988
61.020991 4.001900984906835
30.509995999999997 0.3965912815470337
45.764996 1.802687643395608
15.253855 0.0001
22.881997 0.026221484136002098
38.136995000000006 0.8285916563966751
19.067933 0.5637717642122928
34.322995000000006 0.05826996474667133
36.229196 0.5465084184377588
17.160998 0.375852223063924
35.275989 1.319594058283252
16.207995999999998 0.0001
EOD
$v << EOD
16.207818 0.0001
34.322995000000006 0.3787547708533636
EOD
set arrow from 16.208, graph 0 to 16.208, graph 1 nohead lc rgb '#2ca02c' lw 2
set label 'NDR 16.2 kpps' at 16.208, graph 0.95 offset 0.5,0 tc rgb '#2ca02c' boxed front
set arrow from 34.323, graph 0 to 34.323, graph 1 nohead dt 2 lc rgb '#ff7f0e' lw 2
set label 'PDR 0.5 % 34.3 kpps' at 34.323, graph 0.87 offset 0.5,0 tc rgb '#ff7f0e' boxed front
plot $s using 1:2 with points pt 7 ps 1.2 lc rgb '#1f77b4' title 'search trials', \
     $v using 1:2 with points pt 6 ps 2 lw 2 lc rgb '#d62728' title 'verification trials', \
     0.5 with lines dt 3 lc rgb '#ff7f0e' title 'PDR threshold'
