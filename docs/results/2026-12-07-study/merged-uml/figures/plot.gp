set terminal pngcairo size 800,520 font 'sans,10' noenhanced
set grid
set datafile missing 'NaN'
set key outside right top
set ylabel 'packet throughput (kpps)'
set yrange [0:*]
set offsets graph 0.03, graph 0.03, 0, 0
set bars small
set autoscale xfix
$d1 << EOD
0.04 9.364 6.403 12.450 11.384 9.353 12.911 117.843 117.783 117.902 NaN NaN NaN
0.08 11.117 9.854 12.940 13.896 12.596 15.775 117.900 117.761 117.958 NaN NaN NaN
0.12 13.616 11.877 15.501 15.113 13.656 16.750 117.650 82.859 129.480 NaN NaN NaN
0.16 10.207 9.436 11.915 12.666 11.251 13.302 117.919 117.908 117.927 NaN NaN NaN
0.2 12.488 11.075 13.806 14.717 14.161 15.396 101.705 67.661 125.229 NaN NaN NaN
EOD
set output 'figures/trunk-I.png'
set title "UML guest, 1 vCPU: trunk (study: macvlan-trunk): scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.04' 0.04, '0.08' 0.08, '0.12' 0.12, '0.16' 0.16, '0.2' 0.2)
unset label
plot $d1 using ($1-0.00320):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d1 using ($1-0.00320):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d1 using 1:5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d1 using 1:5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d1 using ($1+0.00320):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d1 using ($1+0.00320):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap"
$d2 << EOD
200 10.235 9.140 11.277 11.564 10.612 12.026 47.165 47.142 47.180 NaN NaN NaN
400 13.457 11.428 15.057 13.663 11.235 15.948 94.309 94.267 94.374 NaN NaN NaN
600 13.758 11.808 15.094 11.485 10.372 12.482 141.018 127.892 145.746 NaN NaN NaN
800 11.251 10.009 13.414 13.137 11.710 15.469 140.578 121.821 181.741 NaN NaN NaN
EOD
set output 'figures/trunk-II.png'
set title "UML guest, 1 vCPU: trunk (study: macvlan-trunk): scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'study tx rate (Mbit/s), sent at 0.2 x it'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d2 using ($1-12.00000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d2 using ($1-12.00000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d2 using 1:5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d2 using 1:5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d2 using ($1+12.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d2 using ($1+12.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap"
$d3 << EOD
64 12.413 10.581 13.902 8.209 6.201 14.746 117.788 91.098 130.094 NaN NaN NaN
128 11.243 9.628 12.108 12.050 10.378 14.694 73.532 73.501 73.553 NaN NaN NaN
256 10.963 10.366 12.197 16.117 14.685 18.086 41.944 41.937 41.951 NaN NaN NaN
512 9.812 9.162 10.757 11.504 10.945 11.997 22.563 22.561 22.564 NaN NaN NaN
1024 11.507 11.282 11.733 11.675 11.636 11.720 11.726 11.725 11.727 NaN NaN NaN
EOD
set output 'figures/trunk-III.png'
set title "UML guest, 1 vCPU: trunk (study: macvlan-trunk): scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d3 using ($1*0.95926):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d3 using ($1*0.95926):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d3 using 1:5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d3 using 1:5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d3 using ($1*1.04247):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d3 using ($1*1.04247):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap"
$d4 << EOD
0.04 10.721 8.584 12.395 13.238 12.533 14.179 117.300 115.553 118.297 NaN NaN NaN
0.08 10.413 9.059 12.197 12.754 11.373 13.500 113.251 83.110 125.939 NaN NaN NaN
0.12 10.046 6.180 11.638 11.127 10.863 11.773 108.026 87.726 123.442 NaN NaN NaN
0.16 9.952 8.548 12.518 11.080 9.190 12.531 117.920 116.471 118.605 NaN NaN NaN
0.2 11.060 9.918 12.630 11.067 10.605 12.341 117.608 115.238 118.587 NaN NaN NaN
EOD
set output 'figures/ovs-I.png'
set title "UML guest, 1 vCPU: ovs (study: ovs-bridge): scenario I\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.04' 0.04, '0.08' 0.08, '0.12' 0.12, '0.16' 0.16, '0.2' 0.2)
unset label
plot $d4 using ($1-0.00320):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d4 using ($1-0.00320):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d4 using 1:5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d4 using 1:5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d4 using ($1+0.00320):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d4 using ($1+0.00320):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap"
$d5 << EOD
200 11.709 9.486 12.929 11.594 9.487 13.584 47.152 47.022 47.220 NaN NaN NaN
400 13.317 11.315 14.019 10.830 9.179 12.867 94.200 62.775 108.988 NaN NaN NaN
600 10.386 8.560 11.855 11.492 9.394 12.868 110.129 86.171 143.048 NaN NaN NaN
800 11.656 8.902 12.779 13.084 10.116 15.552 136.724 98.664 191.241 NaN NaN NaN
EOD
set output 'figures/ovs-II.png'
set title "UML guest, 1 vCPU: ovs (study: ovs-bridge): scenario II\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'study tx rate (Mbit/s), sent at 0.2 x it'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d5 using ($1-12.00000):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d5 using ($1-12.00000):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d5 using 1:5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d5 using 1:5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d5 using ($1+12.00000):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d5 using ($1+12.00000):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap"
$d6 << EOD
64 10.101 8.766 12.144 13.214 10.640 15.931 117.858 100.933 125.468 NaN NaN NaN
128 10.357 8.669 12.669 12.937 9.976 14.051 73.497 73.380 73.582 NaN NaN NaN
256 9.798 8.582 11.998 11.521 8.021 13.268 41.950 41.945 41.956 NaN NaN NaN
512 9.628 8.617 10.297 10.863 9.145 14.415 22.565 22.561 22.567 NaN NaN NaN
1024 11.399 11.075 11.779 11.671 11.567 11.751 11.726 11.725 11.727 NaN NaN NaN
EOD
set output 'figures/ovs-III.png'
set title "UML guest, 1 vCPU: ovs (study: ovs-bridge): scenario III\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d6 using ($1*0.95926):2:3:4 with yerrorbars lw 1.5 pt -1 lc rgb '#1f77b4' notitle, $d6 using ($1*0.95926):2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "udp", $d6 using 1:5:6:7 with yerrorbars lw 1.5 pt -1 lc rgb '#2ca02c' notitle, $d6 using 1:5 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title "mmsg", $d6 using ($1*1.04247):8:9:10 with yerrorbars lw 1.5 pt -1 lc rgb '#d62728' notitle, $d6 using ($1*1.04247):8 with linespoints lw 2 pt 7 lc rgb '#d62728' title "mmap"
set terminal pngcairo size 1260,1075 font 'sans,9' noenhanced
set output 'figures/overview.png'
unset label
unset key
set multiplot title "UML guest, 1 vCPU: pktbench sweep: median packet throughput per set-up\nlines: medians; bars: 95 % CI of the mean (Student t), where n >= 2"
$d7 << EOD
0.04 9.364 6.403 12.450 10.721 8.584 12.395 NaN NaN
0.08 11.117 9.854 12.940 10.413 9.059 12.197 NaN NaN
0.12 13.616 11.877 15.501 10.046 6.180 11.638 NaN NaN
0.16 10.207 9.436 11.915 9.952 8.548 12.518 NaN NaN
0.2 12.488 11.075 13.806 11.060 9.918 12.630 NaN NaN
EOD
set origin 0.0000,0.6512
set size 0.3333,0.3070
set title "UML guest, 1 vCPU: scenario I, udp"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.04' 0.04, '0.08' 0.08, '0.12' 0.12, '0.16' 0.16, '0.2' 0.2)
unset label
plot $d7 using ($1-0.00160):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d7 using ($1-0.00160):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d7 using ($1+0.00160):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d7 using ($1+0.00160):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle
$d8 << EOD
0.04 11.384 9.353 12.911 13.238 12.533 14.179 NaN NaN
0.08 13.896 12.596 15.775 12.754 11.373 13.500 NaN NaN
0.12 15.113 13.656 16.750 11.127 10.863 11.773 NaN NaN
0.16 12.666 11.251 13.302 11.080 9.190 12.531 NaN NaN
0.2 14.717 14.161 15.396 11.067 10.605 12.341 NaN NaN
EOD
set origin 0.3333,0.6512
set size 0.3333,0.3070
set title "UML guest, 1 vCPU: scenario I, mmsg"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.04' 0.04, '0.08' 0.08, '0.12' 0.12, '0.16' 0.16, '0.2' 0.2)
unset label
plot $d8 using ($1-0.00160):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d8 using ($1-0.00160):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d8 using ($1+0.00160):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d8 using ($1+0.00160):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle
$d9 << EOD
0.04 117.843 117.783 117.902 117.300 115.553 118.297 NaN NaN
0.08 117.900 117.761 117.958 113.251 83.110 125.939 NaN NaN
0.12 117.650 82.859 129.480 108.026 87.726 123.442 NaN NaN
0.16 117.919 117.908 117.927 117.920 116.471 118.605 NaN NaN
0.2 101.705 67.661 125.229 117.608 115.238 118.587 NaN NaN
EOD
set origin 0.6667,0.6512
set size 0.3333,0.3070
set title "UML guest, 1 vCPU: scenario I, mmap"
set xlabel 'packets sent (M)'
unset logscale x
set xtics ('0.04' 0.04, '0.08' 0.08, '0.12' 0.12, '0.16' 0.16, '0.2' 0.2)
unset label
plot $d9 using ($1-0.00160):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d9 using ($1-0.00160):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d9 using ($1+0.00160):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d9 using ($1+0.00160):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle
$d10 << EOD
200 10.235 9.140 11.277 11.709 9.486 12.929 NaN NaN
400 13.457 11.428 15.057 13.317 11.315 14.019 NaN NaN
600 13.758 11.808 15.094 10.386 8.560 11.855 NaN NaN
800 11.251 10.009 13.414 11.656 8.902 12.779 NaN NaN
EOD
set origin 0.0000,0.3442
set size 0.3333,0.3070
set title "UML guest, 1 vCPU: scenario II, udp"
set xlabel 'study tx rate (Mbit/s), sent at 0.2 x it'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d10 using ($1-6.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d10 using ($1-6.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d10 using ($1+6.00000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d10 using ($1+6.00000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle
$d11 << EOD
200 11.564 10.612 12.026 11.594 9.487 13.584 NaN NaN
400 13.663 11.235 15.948 10.830 9.179 12.867 NaN NaN
600 11.485 10.372 12.482 11.492 9.394 12.868 NaN NaN
800 13.137 11.710 15.469 13.084 10.116 15.552 NaN NaN
EOD
set origin 0.3333,0.3442
set size 0.3333,0.3070
set title "UML guest, 1 vCPU: scenario II, mmsg"
set xlabel 'study tx rate (Mbit/s), sent at 0.2 x it'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d11 using ($1-6.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d11 using ($1-6.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d11 using ($1+6.00000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d11 using ($1+6.00000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle
$d12 << EOD
200 47.165 47.142 47.180 47.152 47.022 47.220 NaN NaN
400 94.309 94.267 94.374 94.200 62.775 108.988 NaN NaN
600 141.018 127.892 145.746 110.129 86.171 143.048 NaN NaN
800 140.578 121.821 181.741 136.724 98.664 191.241 NaN NaN
EOD
set origin 0.6667,0.3442
set size 0.3333,0.3070
set title "UML guest, 1 vCPU: scenario II, mmap"
set xlabel 'study tx rate (Mbit/s), sent at 0.2 x it'
unset logscale x
set xtics ('200' 200, '400' 400, '600' 600, '800' 800)
unset label
plot $d12 using ($1-6.00000):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d12 using ($1-6.00000):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d12 using ($1+6.00000):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d12 using ($1+6.00000):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle
$d13 << EOD
64 12.413 10.581 13.902 10.101 8.766 12.144 NaN NaN
128 11.243 9.628 12.108 10.357 8.669 12.669 NaN NaN
256 10.963 10.366 12.197 9.798 8.582 11.998 NaN NaN
512 9.812 9.162 10.757 9.628 8.617 10.297 NaN NaN
1024 11.507 11.282 11.733 11.399 11.075 11.779 NaN NaN
EOD
set origin 0.0000,0.0372
set size 0.3333,0.3070
set title "UML guest, 1 vCPU: scenario III, udp"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d13 using ($1*0.97942):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d13 using ($1*0.97942):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d13 using ($1*1.02101):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d13 using ($1*1.02101):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle
$d14 << EOD
64 8.209 6.201 14.746 13.214 10.640 15.931 NaN NaN
128 12.050 10.378 14.694 12.937 9.976 14.051 NaN NaN
256 16.117 14.685 18.086 11.521 8.021 13.268 NaN NaN
512 11.504 10.945 11.997 10.863 9.145 14.415 NaN NaN
1024 11.675 11.636 11.720 11.671 11.567 11.751 NaN NaN
EOD
set origin 0.3333,0.0372
set size 0.3333,0.3070
set title "UML guest, 1 vCPU: scenario III, mmsg"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d14 using ($1*0.97942):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d14 using ($1*0.97942):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d14 using ($1*1.02101):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d14 using ($1*1.02101):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle
$d15 << EOD
64 117.788 91.098 130.094 117.858 100.933 125.468 NaN NaN
128 73.532 73.501 73.553 73.497 73.380 73.582 NaN NaN
256 41.944 41.937 41.951 41.950 41.945 41.956 NaN NaN
512 22.563 22.561 22.564 22.565 22.561 22.567 NaN NaN
1024 11.726 11.725 11.727 11.726 11.725 11.727 NaN NaN
EOD
set origin 0.6667,0.0372
set size 0.3333,0.3070
set title "UML guest, 1 vCPU: scenario III, mmap"
set xlabel 'UDP payload (bytes, log scale)'
set logscale x 2
set xtics ('64' 64, '128' 128, '256' 256, '512' 512, '1024' 1024)
unset label
plot $d15 using ($1*0.97942):2:3:4 with yerrorbars lw 1 pt -1 lc rgb '#1f77b4' notitle, $d15 using ($1*0.97942):2 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' notitle, $d15 using ($1*1.02101):5:6:7 with yerrorbars lw 1 pt -1 lc rgb '#ff7f0e' notitle, $d15 using ($1*1.02101):5 with linespoints lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' notitle
unset label
set origin 0,0
set size 1,0.0372
unset title; unset xlabel; unset ylabel; unset tics; unset border; unset grid; unset logscale x
set xrange [0:1]; set yrange [0:1]
set key center center horizontal samplen 4 font ',9'
plot NaN with linespoints lw 2 pt 7 lc rgb '#1f77b4' title "trunk", NaN with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title "ovs"
unset multiplot
