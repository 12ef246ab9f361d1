set terminal pngcairo size 800,480 font 'sans,10' noenhanced
set output 'ndr.png'
set title 'pktbench ndr: native mmap 64 B, netns, RFC 9971, 1-2 s trials'
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
320.534838 0.0001
339.681316 0.0001
EOD
$v << EOD

EOD
$l << EOD

EOD
set arrow 1 from 320.534, graph 0 to 320.534, graph 1 nohead lc rgb '#2ca02c' lw 2
set label 1 'NDR 320.5 kpps' at 320.534, graph 0.95 offset 0.5,0 tc rgb '#2ca02c' boxed front
set arrow 2 from 320.534, graph 0 to 320.534, graph 1 nohead dt 2 lc rgb '#ff7f0e' lw 2
set label 2 'PDR 0.5 % 320.5 kpps' at 320.534, graph 0.87 offset 0.5,0 tc rgb '#ff7f0e' boxed front
plot $s using 1:2 with points pt 7 ps 1.2 lc rgb '#1f77b4' title 'search trials', \
     $v using 1:2 with points pt 6 ps 2 lw 2 lc rgb '#d62728' title 'verification trials', \
     $l using 1:2 with points pt 9 ps 1.5 lc rgb '#9467bd' title 'latency trials', \
     0.5 with lines dt 3 lc rgb '#ff7f0e' title 'PDR threshold'
