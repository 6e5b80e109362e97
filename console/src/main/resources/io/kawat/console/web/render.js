'use strict';
// Small DOM helpers for the console: elements built with textContent only (no HTML from data), times, sparklines.

const SVG = 'http://www.w3.org/2000/svg';

/** An element with attributes (class, data-*, title, ...) and children (strings or nodes; null skipped). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** Replaces the children of a node. */
function fill(node, ...children) {
  node.replaceChildren();
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child);
  }
}

/** "12 s ago", "5 min ago", "3 h ago", "2 d ago"; "never" for null. */
function ago(iso) {
  if (!iso) return 'never';
  const s = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 1000));
  if (s < 60) return s + ' s ago';
  if (s < 3600) return Math.floor(s / 60) + ' min ago';
  if (s < 86400) return Math.floor(s / 3600) + ' h ago';
  return Math.floor(s / 86400) + ' d ago';
}

/** A time as "ago" text, with the exact time on hover. */
function when(iso) {
  return el('time', {datetime: iso || '', title: iso ? new Date(iso).toLocaleString() : ''}, ago(iso));
}

/** A coloured state badge, e.g. FAILING in red. */
function badge(state, text) {
  return el('span', {class: 'badge state-' + state}, text || state);
}

/** A tiny line chart of a series (oldest first), with the peak and the latest value on hover. */
function sparkline(values, label) {
  const w = 150, h = 28, pad = 2;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'spark');
  svg.setAttribute('width', w);
  svg.setAttribute('height', h);
  svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  const list = values && values.length ? values : [0];
  const max = Math.max(1, ...list);
  const step = list.length > 1 ? (w - 2 * pad) / (list.length - 1) : 0;
  const points = list.map((v, i) => `${(pad + i * step).toFixed(1)},${(h - pad - (v / max) * (h - 2 * pad)).toFixed(1)}`);
  const area = document.createElementNS(SVG, 'polygon');
  area.setAttribute('points', `${pad},${h - pad} ${points.join(' ')} ${(pad + (list.length - 1) * step).toFixed(1)},${h - pad}`);
  area.setAttribute('class', 'spark-area');
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('points', points.join(' '));
  line.setAttribute('class', 'spark-line');
  const title = document.createElementNS(SVG, 'title');
  title.textContent = `${label || ''} last ${list.length} min: peak ${Math.max(...list)}, now ${list[list.length - 1]}`;
  svg.append(title, area, line);
  return svg;
}

/** A whole number with thin separators. */
function num(n) {
  return n === null || n === undefined ? '' : Number(n).toLocaleString('en');
}
