// dyad dashboard: reads the filters from the URL, asks the API, draws the timeline, network, map
// and event table; a row opens the event with its sentences. No build step, no framework.
'use strict';

const QUADS = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
const QUAD_COLOURS = { 1: '#7fc48f', 2: '#2c7a3f', 3: '#f0a35e', 4: '#c0392b' };
const PAGE = 25;
const form = document.getElementById('filters');
let state = { offset: 0, event: null, period: null };
let timeline, network, map, mapLayer;
let pending = 0;

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  return e;
}

function busy(delta) {
  pending += delta;
  document.body.dataset.loading = pending > 0 ? 'yes' : 'no';
}

async function api(path, params) {
  const url = path + (params && [...params].length ? '?' + params : '');
  busy(1);
  try {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await r.json();
    if (!r.ok) throw new Error(body.error ? body.error.message : r.status + ' ' + r.statusText);
    return body;
  } finally {
    busy(-1);
  }
}

function showError(e) {
  const p = document.getElementById('error');
  if (e) { p.textContent = String(e.message || e); p.hidden = false; } else { p.hidden = true; }
}

// ---- filters <-> URL

function readUrl() {
  const u = new URLSearchParams(location.search);
  for (const name of ['a', 'b', 'from', 'to', 'q', 'by']) {
    if (u.has(name)) form.elements[name].value = u.get(name);
  }
  const quads = (u.get('quad') || '').split(',');
  form.querySelectorAll('input[name=quad]').forEach(c => { c.checked = quads.includes(c.value); });
  state.offset = parseInt(u.get('offset') || '0', 10) || 0;
  state.event = u.get('event');
  state.period = u.get('period');
}

function filters() {
  const f = new URLSearchParams();
  const a = form.elements.a.value.trim().toUpperCase();
  const b = form.elements.b.value.trim().toUpperCase();
  if (a) f.set('a', a);
  if (b) f.set('b', b);
  for (const name of ['from', 'to', 'q']) { const v = form.elements[name].value.trim(); if (v) f.set(name, v); }
  const quads = [...form.querySelectorAll('input[name=quad]:checked')].map(c => c.value);
  if (quads.length) f.set('quad', quads.join(','));
  return f;
}

function writeUrl() {
  const f = filters();
  f.set('by', form.elements.by.value);
  if (state.offset) f.set('offset', state.offset);
  if (state.period) f.set('period', state.period);
  if (state.event) f.set('event', state.event);
  history.replaceState(null, '', '?' + f);
  document.getElementById('share').href = location.href;
}

/** The API's selection parameters for the page's filters. */
function selection() {
  const f = filters();
  const s = new URLSearchParams();
  const a = f.get('a'), b = f.get('b');
  if (a && b) s.set('dyad', a + ',' + b); else if (a || b) s.set('actor', a || b);
  for (const name of ['from', 'to', 'q', 'quad']) if (f.get(name)) s.set(name, f.get(name));
  return s;
}

/** The first and last day of a timeline period label (2016-08-22 for a week, 2016-08, 2016). */
function periodRange(label, by) {
  const pad = n => String(n).padStart(2, '0');
  const iso = d => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (/^\d{4}$/.test(label)) return [label + '-01-01', label + '-12-31'];
  if (/^\d{4}-\d{2}$/.test(label)) {
    const [y, m] = label.split('-').map(Number);
    return [label + '-01', iso(new Date(Date.UTC(y, m, 0)))];
  }
  if (by === 'week') {
    const d = new Date(label + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + 6);
    return [label, iso(d)];
  }
  return [label, label];
}

/** Shows the events of one timeline period in the table (a click on its bar); one event opens. */
async function showPeriod(label) {
  state.period = label;
  state.offset = 0;
  state.event = null;
  writeUrl();
  const d = await loadTable();
  if (d && d.total === 1) await openEvent(d.events[0].event_id);
}

// ---- panels

async function loadStats() {
  const s = await api('/api/stats');
  const w = s.server && s.server.watch ? ` · watching ${s.server.watch.folder} (${s.server.watch.files_coded} files coded)` : '';
  document.getElementById('stats').textContent =
    `${s.articles} articles · ${s.events} events (${s.undated_events} undated) · ${s.first_date || '–'} to ${s.last_date || '–'}${w}`;
}

async function loadTimeline() {
  const p = selection();
  p.set('by', form.elements.by.value);
  const d = await api('/api/series', p);
  const s = d.series[0];
  const series = [1, 2, 3, 4].map(q => ({
    name: QUADS[q], type: 'bar', stack: 'events', itemStyle: { color: QUAD_COLOURS[q] }, data: s.quad[q],
  }));
  series.push({ name: 'mean Goldstein', type: 'line', yAxisIndex: 1, connectNulls: false, data: s.goldstein_mean,
    itemStyle: { color: '#23303d' }, symbolSize: 6 });
  timeline.setOption({
    // no growing bars for readers who asked for less motion (and for the browser tests)
    animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 40, top: 30, bottom: 50 },
    xAxis: { type: 'category', data: d.periods },
    yAxis: [{ type: 'value', name: 'events', minInterval: 1 }, { type: 'value', name: 'Goldstein', min: -10, max: 10 }],
    dataZoom: [{ type: 'slider', height: 14, bottom: 5 }],
    series,
  }, true);
  const u = s.undated;
  document.getElementById('undated').textContent = u.events
    ? `${u.events} undated event(s) (no date found in the text or the article) are not on the timeline but are counted in the table.`
    : 'Every selected event has a date.';
  document.getElementById('timeline').dataset.periods = d.periods.length;
}

async function loadNetwork() {
  const p = selection();
  p.set('limit', '60');
  const d = await api('/api/network', p);
  const els = [];
  for (const n of d.nodes) els.push({ data: { id: n.id, label: n.id, size: 14 + 6 * Math.sqrt(n.events) } });
  d.edges.forEach((e, i) => els.push({ data: { id: 'e' + i, source: e.source, target: e.target, n: e.events,
    g: e.goldstein_mean, colour: e.goldstein_mean >= 0 ? '#2c7a3f' : '#c0392b', w: 1 + Math.sqrt(e.events) } }));
  network.elements().remove();
  network.add(els);
  network.layout({ name: 'cose', animate: false, nodeRepulsion: 8000 }).run();
  document.getElementById('network').dataset.nodes = d.nodes.length;
}

async function loadMap() {
  const p = selection();
  p.set('limit', '500');
  const d = await api('/api/events', p);
  mapLayer.clearLayers();
  let n = 0;
  for (const e of d.events) {
    if (e.lat === null || e.lon === null) continue;
    n++;
    L.circleMarker([e.lat, e.lon], { radius: 4 + Math.min(10, Math.sqrt(e.num_mentions)), color: QUAD_COLOURS[e.quad_class],
      fillOpacity: 0.6 })
      .bindTooltip(`${e.date || 'undated'} ${e.source} → ${e.target}: ${e.code_name || e.code} (${e.place})`)
      .on('click', () => openEvent(e.event_id))
      .addTo(mapLayer);
  }
  document.getElementById('map').dataset.markers = n;
  const bounds = mapLayer.getLayers().map(l => l.getLatLng());
  if (bounds.length) map.fitBounds(L.latLngBounds(bounds).pad(0.5), { maxZoom: 6 });
}

async function loadTable() {
  const p = selection();
  if (state.period) {
    const [from, to] = periodRange(state.period, form.elements.by.value);
    p.set('from', from);
    p.set('to', to);
  }
  p.set('limit', PAGE);
  p.set('offset', state.offset);
  const d = await api('/api/events', p);
  const tbody = document.querySelector('#events tbody');
  tbody.replaceChildren();
  for (const e of d.events) {
    const tr = el('tr', { tabindex: '0', 'data-event': e.event_id, class: 'q' + e.quad_class,
      'aria-label': `${e.date || 'undated'}: ${e.source} ${e.code_name || e.code} ${e.target}` },
      el('td', {}, e.date || 'undated'), el('td', {}, e.source), el('td', {}, e.target),
      el('td', { title: e.sentence || '' }, el('code', {}, e.code), ' ', e.code_name || ''),
      el('td', {}, e.goldstein), el('td', {}, e.num_mentions), el('td', {}, e.place || ''));
    tr.addEventListener('click', () => openEvent(e.event_id));
    tr.addEventListener('keydown', ev => {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); openEvent(e.event_id); }
      if (ev.key === 'ArrowDown' && tr.nextElementSibling) { ev.preventDefault(); tr.nextElementSibling.focus(); }
      if (ev.key === 'ArrowUp' && tr.previousElementSibling) { ev.preventDefault(); tr.previousElementSibling.focus(); }
    });
    tbody.append(tr);
  }
  document.getElementById('count').textContent = `(${d.total})`;
  document.getElementById('page').textContent = d.total
    ? `${d.offset + 1}–${d.offset + d.events.length} of ${d.total}` : 'no events match';
  document.getElementById('prev').disabled = d.offset === 0;
  document.getElementById('next').disabled = d.offset + d.events.length >= d.total;
  document.getElementById('events').dataset.total = d.total;
  const only = document.getElementById('period');
  only.hidden = !state.period;
  document.getElementById('period-label').textContent = state.period || '';
  return d;
}

/** The sentence as text with the source, target and trigger wrapped in marks. */
function highlighted(sentence, highlights) {
  const out = el('p', { class: 'sentence' });
  const hs = [...highlights].sort((x, y) => x.start - y.start);
  let at = 0;
  for (const h of hs) {
    if (h.start < at) continue; // overlapping spans: keep the first
    out.append(sentence.slice(at, h.start));
    out.append(el('mark', { class: h.role, title: h.role }, sentence.slice(h.start, h.end)));
    at = h.end;
  }
  out.append(sentence.slice(at));
  return out;
}

async function openEvent(id) {
  state.event = String(id);
  writeUrl();
  document.querySelectorAll('#events tbody tr').forEach(r => r.classList.toggle('selected', r.dataset.event === String(id)));
  let e;
  try {
    e = await api('/api/events/' + encodeURIComponent(id));
  } catch (err) {
    showError(err);
    return;
  }
  const body = document.getElementById('detail-body');
  body.replaceChildren(
    el('p', { class: 'q' + e.quad_class }, el('strong', {}, `${e.source_name || e.source} (${e.source})`), ' → ',
      el('strong', {}, `${e.target_name || e.target} (${e.target})`), ': ', el('code', {}, e.code), ' ', e.code_name || ''),
    el('dl', {}, el('dt', {}, 'date'), el('dd', {}, e.date ? `${e.date} (${e.date_precision})` : 'undated'),
      el('dt', {}, 'quad class'), el('dd', {}, `${e.quad_class} ${QUADS[e.quad_class] || ''}`),
      el('dt', {}, 'Goldstein'), el('dd', {}, e.goldstein),
      el('dt', {}, 'place'), el('dd', {}, e.place ? `${e.place} (${e.place_country || ''})` : '–'),
      el('dt', {}, 'reports'), el('dd', {}, `${e.num_mentions} mention(s) in ${e.num_articles} article(s) from ${e.num_sources} source(s)`)));
  for (const m of e.mentions) {
    body.append(el('div', { class: 'mention' },
      el('p', { class: 'meta' }, `${m.article}`, m.outlet ? ` · ${m.outlet}` : '', m.article_date ? ` · ${m.article_date}` : '',
        ` · sentence ${m.sentence_index} · ${m.modality}`, m.reported_by_text ? ` by ${m.reported_by_text}` : '',
        m.confidence !== null ? ` · confidence ${m.confidence}` : ''),
      highlighted(m.sentence || '', m.highlights || []),
      el('dl', {}, el('dt', {}, 'rule'), el('dd', { class: 'rule' }, el('code', {}, m.rule || '–')),
        el('dt', {}, 'source entry'), el('dd', {}, el('code', {}, m.source_entry || '–')),
        el('dt', {}, 'target entry'), el('dd', {}, el('code', {}, m.target_entry || '–')),
        el('dt', {}, 'PLOVER'), el('dd', {}, (m.plover || '–') + (m.plover_mode ? ` (${m.plover_mode})` : '')))));
  }
  const d = document.getElementById('detail');
  d.hidden = false;
  d.dataset.event = String(id);
  d.focus({ preventScroll: true });
  const r = d.getBoundingClientRect();
  if (r.top > window.innerHeight || r.top < 0) d.scrollIntoView({ block: 'start' });
}

function closeEvent() {
  const d = document.getElementById('detail');
  d.hidden = true;
  state.event = null;
  writeUrl();
  const row = document.querySelector('#events tbody tr.selected');
  if (row) row.focus();
}

async function refresh() {
  writeUrl();
  showError(null);
  try {
    await Promise.all([loadStats(), loadTimeline(), loadNetwork(), loadWorld().then(loadMap), loadTable()]);
    if (state.event) await openEvent(state.event);
  } catch (e) {
    showError(e);
  }
  document.body.dataset.ready = 'yes';
}

let world = null;
async function loadWorld() {
  if (world) return;
  try {
    world = await api('/map/world.json');
    world.features.forEach(f => { f.type = 'Feature'; }); // ECharts' file leaves out the features' type
    L.geoJSON(world, { style: { color: '#888', weight: 0.6, fillColor: '#f2f0e6', fillOpacity: 1 }, interactive: false }).addTo(map);
    document.getElementById('map').dataset.countries = world.features.length;
  } catch (e) {
    // the outline is decoration: the markers still show
    document.getElementById('map').dataset.worldError = String(e.message || e);
  }
}

function init() {
  readUrl();
  timeline = echarts.init(document.getElementById('timeline'));
  timeline.on('click', ev => { if (ev.name) showPeriod(ev.name); });
  document.getElementById('all-periods').addEventListener('click', () => {
    state.period = null; state.offset = 0; writeUrl(); loadTable();
  });
  network = cytoscape({ container: document.getElementById('network'), style: [
    { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 10,
      'background-color': '#3b73c4' } },
    { selector: 'edge', style: { width: 'data(w)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
      'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.7 } }] });
  network.on('tap', 'node', ev => { form.elements.a.value = ev.target.id(); form.elements.b.value = ''; state.offset = 0; refresh(); });
  map = L.map('map', { worldCopyJump: true, attributionControl: false }).setView([35, 35], 3);
  mapLayer = L.layerGroup().addTo(map);
  form.addEventListener('submit', ev => { ev.preventDefault(); state.offset = 0; state.event = null; state.period = null; refresh(); });
  form.addEventListener('change', ev => {
    if (ev.target.type === 'checkbox' || ev.target.tagName === 'SELECT' || ev.target.type === 'date') {
      state.offset = 0; state.period = null; refresh();
    }
  });
  document.getElementById('prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); loadTable().then(writeUrl); });
  document.getElementById('next').addEventListener('click', () => { state.offset += PAGE; loadTable().then(writeUrl); });
  document.getElementById('close').addEventListener('click', closeEvent);
  document.addEventListener('keydown', ev => { if (ev.key === 'Escape' && !document.getElementById('detail').hidden) closeEvent(); });
  window.addEventListener('resize', () => { timeline.resize(); map.invalidateSize(); });
  refresh();
}

init();
