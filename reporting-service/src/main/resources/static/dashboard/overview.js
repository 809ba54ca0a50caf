// The overview page: draws the charts, and while it shows today it follows the live stream:
// every change goes into the feed (filtered here, so the charts always reflect all changes) and
// makes the page fetch its content part again, which redraws tables and charts without a reload.
import {disposeCharts, drawCharts} from './charts.js';

const MOST_FEED_ITEMS = 50;
const REFRESH_DELAY_MS = 150;
const vocabulary = JSON.parse(document.getElementById('vocabulary').textContent);
const feed = document.getElementById('live-feed');
const content = () => document.getElementById('overview-content');
let refreshTimer = null;
let refreshing = Promise.resolve();

async function refresh() {
    const current = content();
    const response = await fetch(current.dataset.refreshUrl, {headers: {'Accept': 'text/html'}});
    if (!response.ok) {
        return;
    }
    const replacement = new DOMParser().parseFromString(await response.text(), 'text/html')
        .getElementById('overview-content');
    if (replacement) {
        disposeCharts(current);
        current.replaceWith(document.adoptNode(replacement));
        drawCharts(content());
    }
}

function scheduleRefresh() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => { refreshing = refreshing.then(refresh, refresh); }, REFRESH_DELAY_MS);
}

function matchesFilters(change) {
    const filters = new FormData(document.getElementById('live-filters'));
    const actionLine = filters.get('actionLine');
    const responsible = filters.get('responsible');
    const entityType = filters.get('entityType');
    return (!actionLine || String(change.actionLine) === actionLine)
        && (!responsible || (change.responsible ?? []).includes(responsible))
        && (!entityType || change.entityType === entityType);
}

function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
        node.className = className;
    }
    if (text !== undefined) {
        node.textContent = text;
    }
    return node;
}

function entityHref(change) {
    const path = {ACTIVITY: 'activiteiten', MOTIE: 'moties', TOEZEGGING: 'toezeggingen'}[change.entityType];
    return `/${path}/${encodeURIComponent(change.entityId)}`;
}

function readable(field, value) {
    if (value === null || value === undefined) {
        return '(leeg)';
    }
    if (field === 'status' && vocabulary.statuses[value]) {
        return vocabulary.statuses[value];
    }
    if (typeof value === 'object' && !Array.isArray(value) && value.text) {
        return value.text;
    }
    return Array.isArray(value) ? value.join(', ') : String(value);
}

function feedItem(change) {
    const item = element('li', 'feed-item');
    item.dataset.entityId = change.entityId;
    item.dataset.entityType = change.entityType;
    item.dataset.actionLine = change.actionLine ?? '';
    item.dataset.responsible = (change.responsible ?? []).join(',');
    const when = new Date(change.recordedAt);
    const time = element('time', 'feed-item__time', when.toLocaleString('nl-NL'));
    time.dateTime = change.recordedAt;
    const head = element('p', 'feed-item__head');
    head.append(time, ' ', element('strong', null, change.actorName ?? change.actor ?? 'onbekend'), ': ',
        vocabulary.events[change.eventType] ?? change.eventType);
    const link = element('a', 'feed-item__entity');
    link.href = entityHref(change);
    link.append(element('span', 'code', change.code ?? ''), ' ', change.title ?? change.entityId);
    item.append(head, link);
    if (change.status) {
        const status = element('span', 'status');
        status.dataset.status = change.status;
        status.append(element('span', 'status__icon'), element('span', 'status__label', change.statusLabel ?? change.status));
        status.firstChild.setAttribute('aria-hidden', 'true');
        item.append(element('p', 'feed-item__status', 'Nu: '));
        item.lastChild.append(status);
    }
    const changes = element('ul', 'changes');
    for (const fieldChange of change.changes ?? []) {
        const line = element('li');
        line.append(element('span', 'changes__field', vocabulary.fields[fieldChange.field] ?? fieldChange.field), ': ',
            element('del', null, readable(fieldChange.field, fieldChange.before)), ' \u2192 ',
            element('ins', null, readable(fieldChange.field, fieldChange.after)));
        changes.append(line);
    }
    if (changes.childElementCount > 0) {
        item.append(changes);
    }
    if (change.explanation) {
        item.append(element('p', 'feed-item__explanation', change.explanation));
    }
    item.hidden = !matchesFilters(change);
    item.change = change;
    return item;
}

function showChange(change) {
    const list = document.getElementById('live-list');
    list.prepend(feedItem(change));
    while (list.childElementCount > MOST_FEED_ITEMS) {
        list.lastElementChild.remove();
    }
    document.getElementById('live-empty').hidden = [...list.children].some(item => !item.hidden);
}

function applyFilters() {
    const list = document.getElementById('live-list');
    for (const item of list.children) {
        item.hidden = !matchesFilters(item.change);
    }
    document.getElementById('live-empty').hidden = [...list.children].some(item => !item.hidden);
}

function follow() {
    const connection = document.getElementById('live-connection');
    const source = new EventSource(feed.dataset.streamUrl);
    source.addEventListener('open', () => {
        connection.textContent = 'Verbonden: wijzigingen verschijnen hier zodra ze zijn vastgelegd.';
        feed.dataset.connected = 'true';
    });
    source.addEventListener('error', () => {
        connection.textContent = 'De verbinding is onderbroken; er wordt opnieuw verbonden.';
        feed.dataset.connected = 'false';
    });
    source.addEventListener('change', message => {
        showChange(JSON.parse(message.data));
        scheduleRefresh();
    });
    source.addEventListener('reset', () => window.location.reload());
    document.getElementById('live-filters').addEventListener('change', applyFilters);
}

drawCharts();
if (feed?.dataset.live === 'true') {
    follow();
}
