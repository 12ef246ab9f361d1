set terminal pngcairo size 800,480 font 'sans,10' noenhanced
set output 'ndr.png'
set title 'pktbench ndr: ovs mmap 64 B, netns, 2 s trials'
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
1587.6299960000001 85.74633671947434
793.801304 74.82735250323124
396.889696 32.203554237584925
198.448447 1.1509022287392985
99.223447 0.20055227460544617
148.83443599999998 0.20424754264675252
49.609445 0.0001
173.641554 0.3809474448014927
74.41569 0.11153065749338208
186.04432699999998 0.37302001085735476
62.013082000000004 0.0001
24.805201 0.0001
37.207988 0.0001
EOD
$v << EOD
62.014345999999996 0.10239293085655314
49.611399 0.012093604498820874
37.207969 0.0001
186.043668 0.5302366580846981
173.64197399999998 0.4713612752381281
EOD
set arrow from 37.209, graph 0 to 37.209, graph 1 nohead lc rgb '#2ca02c' lw 2
set label 'NDR 37.2 kpps' at 37.209, graph 0.95 offset 0.5,0 tc rgb '#2ca02c' boxed front
set arrow from 173.646, graph 0 to 173.646, graph 1 nohead dt 2 lc rgb '#ff7f0e' lw 2
set label 'PDR 0.5 % 173.6 kpps' at 173.646, graph 0.87 offset 0.5,0 tc rgb '#ff7f0e' boxed front
plot $s using 1:2 with points pt 7 ps 1.2 lc rgb '#1f77b4' title 'search trials', \
     $v using 1:2 with points pt 6 ps 2 lw 2 lc rgb '#d62728' title 'verification trials', \
     0.5 with lines dt 3 lc rgb '#ff7f0e' title 'PDR threshold'
