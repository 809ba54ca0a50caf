// Draws each status table as a stacked bar chart. The table is the source (and what screen
// readers read); the chart only repeats it, in the status colours of dashboard.css, with the
// status words in its legend. data-chart-state records what was drawn, for the browser tests.
import * as echarts from '/webjars/echarts/dist/echarts.esm.min.js';

function statusColour(status) {
    return getComputedStyle(document.documentElement).getPropertyValue(`--status-${status}`).trim() || '#5c5c5c';
}

function readTable(table) {
    const columns = [...table.tHead.rows[0].cells].slice(1, -1)
        .map(cell => ({status: cell.dataset.status, label: cell.textContent.trim()}));
    const rows = [...table.tBodies[0].rows].map(row => ({
        group: row.dataset.group,
        label: row.cells[0].textContent.trim(),
        counts: [...row.cells].slice(1, -1).map(cell => Number(cell.textContent))
    }));
    return {columns, rows};
}

function draw(container, table) {
    const data = readTable(table);
    const chart = echarts.getInstanceByDom(container) ?? echarts.init(container, null, {renderer: 'svg'});
    const narrow = container.clientWidth < 640;
    chart.setOption({
        animation: false,
        aria: {enabled: false},
        tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
        legend: {top: 0, left: 0, type: 'plain', textStyle: {fontSize: 13}},
        grid: {left: 8, right: 16, top: narrow ? 110 : 64, bottom: 8, containLabel: true},
        xAxis: {type: 'value', minInterval: 1},
        yAxis: {
            type: 'category', inverse: true, data: data.rows.map(row => row.group),
            axisLabel: {fontSize: 13}
        },
        series: data.columns.map((column, index) => ({
            name: column.label, type: 'bar', stack: 'status', barMaxWidth: 28,
            itemStyle: {color: statusColour(column.status), borderColor: '#fff', borderWidth: 1},
            data: data.rows.map(row => row.counts[index])
        }))
    }, true);
    container.style.height = `${Math.max(180, (narrow ? 120 : 76) + data.rows.length * 30)}px`;
    chart.resize();
    container.dataset.chartState = JSON.stringify(data.rows.map(row => ({group: row.group, counts: row.counts})));
}

export function drawCharts(root = document) {
    root.querySelectorAll('[data-chart-for]').forEach(container => {
        const table = document.getElementById(container.dataset.chartFor);
        if (table) {
            draw(container, table);
        }
    });
}

export function disposeCharts(root) {
    root.querySelectorAll('[data-chart-for]').forEach(container => echarts.getInstanceByDom(container)?.dispose());
}

window.addEventListener('resize', () => document.querySelectorAll('[data-chart-for]')
    .forEach(container => echarts.getInstanceByDom(container)?.resize()));
