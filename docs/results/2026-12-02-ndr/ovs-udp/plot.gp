set terminal pngcairo size 800,480 font 'sans,10' noenhanced
set output 'ndr.png'
set title 'pktbench ndr: ovs udp 64 B, netns, 2 s trials'
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
118.104589 60.368357896160084
58.994118 30.90627092356067
29.367897 3.073923363852153
14.76226 0.0001
22.143997 1.422507225433526
18.452998 0.0001
20.292467000000002 0.06406307749168412
21.220997 0.018849253098345977
19.365327 0.0001
EOD
$v << EOD
19.368351999999998 0.015487468057097132
18.452998 0.0001
21.186594 0.5137268763991988
20.283434 0.48296084567429715
EOD
set arrow from 18.453, graph 0 to 18.453, graph 1 nohead lc rgb '#2ca02c' lw 2
set label 'NDR 18.5 kpps' at 18.453, graph 0.95 offset 0.5,0 tc rgb '#2ca02c' boxed front
set arrow from 20.298, graph 0 to 20.298, graph 1 nohead dt 2 lc rgb '#ff7f0e' lw 2
set label 'PDR 0.5 % 20.3 kpps' at 20.298, graph 0.87 offset 0.5,0 tc rgb '#ff7f0e' boxed front
plot $s using 1:2 with points pt 7 ps 1.2 lc rgb '#1f77b4' title 'search trials', \
     $v using 1:2 with points pt 6 ps 2 lw 2 lc rgb '#d62728' title 'verification trials', \
     0.5 with lines dt 3 lc rgb '#ff7f0e' title 'PDR threshold'
