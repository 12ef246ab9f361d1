set terminal pngcairo size 800,480 font 'sans,10' noenhanced
set output 'ndr.png'
set title 'pktbench ndr: macvlan xdp 64 B, netns, 2 s trials'
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
730.5094 0.14017258749835737
365.251067 0.318819232643585
182.626144 0.0001
273.938355 0.0001
319.590658 0.1844524858844567
296.756393 0.0001
308.18149900000003 0.0001
313.887831 0.0001
EOD
$v << EOD
313.884085 0.0001
1061.9262660000002 0.13648981528911924
EOD
set arrow from 313.889, graph 0 to 313.889, graph 1 nohead lc rgb '#2ca02c' lw 2
set label 'NDR 313.9 kpps' at 313.889, graph 0.95 offset 0.5,0 tc rgb '#2ca02c' boxed front
set arrow from 730.509, graph 0 to 730.509, graph 1 nohead dt 2 lc rgb '#ff7f0e' lw 2
set label 'PDR 0.5 % 730.5 kpps' at 730.509, graph 0.87 offset 0.5,0 tc rgb '#ff7f0e' boxed front
plot $s using 1:2 with points pt 7 ps 1.2 lc rgb '#1f77b4' title 'search trials', \
     $v using 1:2 with points pt 6 ps 2 lw 2 lc rgb '#d62728' title 'verification trials', \
     0.5 with lines dt 3 lc rgb '#ff7f0e' title 'PDR threshold'
