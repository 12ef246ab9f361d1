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
162.056646 27.758514313919054
81.027994 1.2828898652317717
40.491541 0.0001
60.770998 0.1299962153000609
50.641996 0.05035346155365112
70.898995 0.5550148803227126
45.577997 0.08995568037210935
65.833277 0.5536694843810522
43.045997 1.491427774938438
63.200573 3.2686560083495424
41.779994 1.048348492101484
62.036993 0.04594032593452295
20.251553 0.0001
30.384998 0.034556524600954416
25.320601 0.0001
27.835258000000003 0.8456469827818374
26.586998 0.2614059502764509
22.765436 0.0001
24.054998 0.0001
55.705993 1.2027429720317382
53.172887 0.059239477940346785
54.433038 0.19195620826789372
EOD
$v << EOD
40.513997 0.002468282568988498
25.320997 0.8115793215117887
23.962135 0.0001
62.036993 0.8220900430388317
60.760093 1.0014482735920478
54.439996 5.765980896399706
EOD
set arrow from 24.055, graph 0 to 24.055, graph 1 nohead lc rgb '#2ca02c' lw 2
set label 'NDR 24.1 kpps' at 24.055, graph 0.95 offset 0.5,0 tc rgb '#2ca02c' boxed front
set arrow from 53.174, graph 0 to 53.174, graph 1 nohead dt 2 lc rgb '#ff7f0e' lw 2
set label 'PDR 0.5 % 53.2 kpps' at 53.174, graph 0.87 offset 0.5,0 tc rgb '#ff7f0e' boxed front
plot $s using 1:2 with points pt 7 ps 1.2 lc rgb '#1f77b4' title 'search trials', \
     $v using 1:2 with points pt 6 ps 2 lw 2 lc rgb '#d62728' title 'verification trials', \
     0.5 with lines dt 3 lc rgb '#ff7f0e' title 'PDR threshold'
