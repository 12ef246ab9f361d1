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
1553.365088 0.4285966203970673
776.677985 0.749598934956649
388.33954100000005 0.2387083483545347
194.16995300000002 0.0001
291.253911 0.0001
339.786462 0.1481773596177701
315.521319 0.04056756559743664
303.385332 0.3492233529726834
242.70054199999998 0.10733128284574167
218.440913 0.0001
230.575392 0.10885781694538894
206.304587 0.0001
970.839549 0.8252042925249562
679.574272 0.36190912027169303
767.807286 0.29512567261237665
793.14227 0.7385717122495359
772.23503 0.39617794145449553
779.293343 1.2963082961806223
767.7400670000001 0.6984745576164987
EOD
$v << EOD
291.254592 0.20377332577981494
218.440022 0.16320233656304578
206.304932 0.0001
1063.7148 0.9953522652066662
751.2426439999999 0.3116745167647347
EOD
set arrow from 206.305, graph 0 to 206.305, graph 1 nohead lc rgb '#2ca02c' lw 2
set label 'NDR 206.3 kpps' at 206.305, graph 0.95 offset 0.5,0 tc rgb '#2ca02c' boxed front
set arrow from 861.632, graph 0 to 861.632, graph 1 nohead dt 2 lc rgb '#ff7f0e' lw 2
set label 'PDR 0.5 % 861.6 kpps' at 861.632, graph 0.87 offset 0.5,0 tc rgb '#ff7f0e' boxed front
plot $s using 1:2 with points pt 7 ps 1.2 lc rgb '#1f77b4' title 'search trials', \
     $v using 1:2 with points pt 6 ps 2 lw 2 lc rgb '#d62728' title 'verification trials', \
     0.5 with lines dt 3 lc rgb '#ff7f0e' title 'PDR threshold'
