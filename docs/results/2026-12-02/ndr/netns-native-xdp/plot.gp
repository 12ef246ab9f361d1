set terminal pngcairo size 800,480 font 'sans,10' noenhanced
set output 'ndr.png'
set title 'pktbench ndr: native xdp 64 B, netns, 2 s trials'
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
1446.074446 0.9075915578667847
723.033172 0.3819311901482084
361.509758 0.20400513954643087
1084.546697 0.38970133654695943
1265.30189 0.6085865191822709
180.758904 0.0001
271.137495 0.27605868598278366
1023.063727 0.8491578065093139
225.947319 0.055322585998959936
1073.507344 0.7048665788261508
203.352359 0.03663589087913845
1031.465667 0.23222999445963508
1039.635721 2.7736297412058017
192.055708 0.0833090348648311
1068.5315640000001 0.9626646339951214
903.784405 3.597365085670122
811.278017 0.9220443858275966
768.1945999999999 0.12008443009361379
790.815464 0.03995854932762786
802.107964 0.20452307040181522
EOD
$v << EOD
180.758992 0.0001
1035.526772 4.511697861769441
1076.113883 11.930884714313326
802.1062360000001 0.7055142062809341
EOD
set arrow from 180.759, graph 0 to 180.759, graph 1 nohead lc rgb '#2ca02c' lw 2
set label 'NDR 180.8 kpps' at 180.759, graph 0.95 offset 0.5,0 tc rgb '#2ca02c' boxed front
set arrow from 790.821, graph 0 to 790.821, graph 1 nohead dt 2 lc rgb '#ff7f0e' lw 2
set label 'PDR 0.5 % 790.8 kpps' at 790.821, graph 0.87 offset 0.5,0 tc rgb '#ff7f0e' boxed front
plot $s using 1:2 with points pt 7 ps 1.2 lc rgb '#1f77b4' title 'search trials', \
     $v using 1:2 with points pt 6 ps 2 lw 2 lc rgb '#d62728' title 'verification trials', \
     0.5 with lines dt 3 lc rgb '#ff7f0e' title 'PDR threshold'
