set terminal pngcairo size 800,480 font 'sans,10' noenhanced
set output 'ndr.png'
set title 'pktbench ndr: ovs mmap 64 B, docker, 2 s trials'
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
1183.246101 80.16161228601563
591.613419 57.33778098552625
295.80489500000004 22.530940363948602
147.901694 5.551874514046178
73.94984 1.571965599307659
36.952871 0.12170056252704456
18.48745 0.0001
55.46269 0.07752776575796913
27.7312 2.585460839463436
64.706609 0.9736045002163565
9.243698 0.0001
46.218835 0.17741237559498052
EOD
$v << EOD
18.48746 0.2650367806144526
9.243421 3.6401990480311555
55.462458 1.7236405596422903
46.218830000000004 0.32128948507139765
EOD
set arrow from 46.22, graph 0 to 46.22, graph 1 nohead dt 2 lc rgb '#ff7f0e' lw 2
set label 'PDR 0.5 % 46.2 kpps' at 46.22, graph 0.87 offset 0.5,0 tc rgb '#ff7f0e' boxed front
plot $s using 1:2 with points pt 7 ps 1.2 lc rgb '#1f77b4' title 'search trials', \
     $v using 1:2 with points pt 6 ps 2 lw 2 lc rgb '#d62728' title 'verification trials', \
     0.5 with lines dt 3 lc rgb '#ff7f0e' title 'PDR threshold'
