set terminal pngcairo size 800,480 font 'sans,10' noenhanced
set output 'ndr.png'
set title 'pktbench ndr: ovs xdp 64 B, netns, 2 s trials'
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
1113.3746019999999 79.66383324231886
556.686431 58.99550285483841
278.334296 24.66569663002084
139.170964 0.9527847037098245
69.584667 0.06538765538549975
104.377966 2.1072448217057236
34.791368000000006 0.0001
52.18799 0.005748447919061854
86.98097100000001 0.2960416642715076
95.67627 1.3441056889325544
43.489983 0.0001
78.28094100000001 0.15392967776961644
EOD
$v << EOD
43.489989 0.0001
86.980982 1.0249364803807728
78.281035 0.2382381870904283
EOD
set arrow from 43.49, graph 0 to 43.49, graph 1 nohead lc rgb '#2ca02c' lw 2
set label 'NDR 43.5 kpps' at 43.49, graph 0.95 offset 0.5,0 tc rgb '#2ca02c' boxed front
set arrow from 78.283, graph 0 to 78.283, graph 1 nohead dt 2 lc rgb '#ff7f0e' lw 2
set label 'PDR 0.5 % 78.3 kpps' at 78.283, graph 0.87 offset 0.5,0 tc rgb '#ff7f0e' boxed front
plot $s using 1:2 with points pt 7 ps 1.2 lc rgb '#1f77b4' title 'search trials', \
     $v using 1:2 with points pt 6 ps 2 lw 2 lc rgb '#d62728' title 'verification trials', \
     0.5 with lines dt 3 lc rgb '#ff7f0e' title 'PDR threshold'
