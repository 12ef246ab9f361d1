set terminal pngcairo size 800,760 font 'sans,10' noenhanced
set output 'ndr.png'
set multiplot layout 2,1
set title 'pktbench ndr: macvlan xdp, NDR and PDR per packet size'
set style data histogram
set style histogram clustered gap 1
set style fill solid 0.8 border -1
set grid ytics
set key below horizontal
set ylabel 'kpps'
set xlabel 'UDP payload (B)'
set yrange [0:*]
$a << EOD
"64" 390.574 397.293
"1024" 341.139 353.404
EOD
plot $a using 2:xtic(1) title 'NDR' lc rgb '#2ca02c', '' using 3 title 'PDR 0.5 %' lc rgb '#ff7f0e'
set title 'one-way latency at 90 % of the PDR'
set ylabel 'us'
$b << EOD
"64" 12.287 0 1310.719
"1024" 9.727 0 1835.007
EOD
plot $b using 2:xtic(1) title 'p50' lc rgb '#1f77b4', '' using 3 title 'p90' lc rgb '#ff7f0e', '' using 4 title 'p99' lc rgb '#d62728'
unset multiplot
