// Draws each report chart from the numbers in its data-chart attribute (the table beside it holds the same).
(function () {
    function draw() {
        document.querySelectorAll('[data-chart]').forEach(function (el) {
            var spec = JSON.parse(el.getAttribute('data-chart'));
            var chart = echarts.getInstanceByDom(el) || echarts.init(el, null, {renderer: 'canvas'});
            chart.setOption({
                animation: false,
                tooltip: {trigger: 'axis'},
                legend: {top: 0},
                grid: {left: 48, right: 16, top: 32, bottom: 48},
                xAxis: {type: 'category', data: spec.categories, axisLabel: {interval: 0, hideOverlap: true}},
                yAxis: {type: 'value', minInterval: 1},
                series: spec.series.map(function (s) {
                    return {name: s.name, type: spec.type, data: s.data, connectNulls: true};
                })
            }, true);
            el.setAttribute('data-drawn', el.getAttribute('data-chart'));
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
})();
