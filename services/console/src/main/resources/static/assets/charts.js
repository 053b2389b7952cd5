// Draws a bar chart in every [data-chart] element from the table it names (row header: label; the
// figure: the row's first cell, or the cell data-column names), so that the chart and the table a
// screen reader or a printout uses never disagree.
document.querySelectorAll('[data-chart]').forEach(function (element) {
  var rows = Array.prototype.slice.call(document.getElementById(element.dataset.chart).querySelectorAll('tbody tr'));
  var labels = rows.map(function (row) { return row.querySelector('th').textContent.trim(); });
  var column = Number(element.dataset.column || 0);
  var values = rows.map(function (row) { return Number(row.querySelectorAll('td')[column].textContent.trim()); });
  var chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    grid: { left: 8, right: 32, bottom: 8, top: 16, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: [{ type: 'bar', data: values, itemStyle: { color: '#9b1c1c' }, label: { show: true, position: 'right' } }],
    animation: false
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
