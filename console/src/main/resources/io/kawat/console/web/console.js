'use strict';
// The console's core: the live channel (Server-Sent Events), sign-in, actions, tabs, jobs, feeds and the audit trail.
// Pipeline and article panels are in pipeline.js and articles.js; DOM helpers in render.js.

const state = {
  feeds: new Map(), pipeline: null, jobs: new Map(), audit: [],
  session: {signedIn: false, operator: null, signInEnabled: true},
  filter: {language: '', topic: '', source: ''},
};
const $ = (selector) => document.querySelector(selector);
let events = null;

/** Opens (or re-opens, when the article filter changes) the live channel. */
function connect() {
  if (events) events.close();
  const query = new URLSearchParams(Object.entries(state.filter).filter(([, v]) => v)).toString();
  events = new EventSource('/api/events' + (query ? '?' + query : ''));
  events.onopen = () => setLive(true);
  events.onerror = () => setLive(false);
  const on = (name, fn) => events.addEventListener(name, (e) => fn(JSON.parse(e.data)));
  on('session', (s) => { state.session.signInEnabled = s.signInEnabled; renderSession(); });
  on('feeds', (list) => { state.feeds = new Map(list.map((f) => [f.feedId, f])); renderFeeds(); });
  on('feed', (f) => { if (f.deleted) state.feeds.delete(f.feedId); else state.feeds.set(f.feedId, f); renderFeeds(); });
  on('pipeline', (p) => { state.pipeline = p; renderPipeline(); });
  on('articles', (a) => articlesSnapshot(a));
  on('article', (a) => articleArrived(a));
  on('jobs', (list) => { state.jobs = new Map(list.map((j) => [j.id, j])); renderJobs(); });
  on('job', (j) => { state.jobs.set(j.id, j); renderJobs(); jobChanged(j); });
  on('audit', (list) => { state.audit = list; renderAudit(); });
  on('audit-event', (e) => { state.audit.unshift(e); state.audit.length = Math.min(state.audit.length, 100); renderAudit(); });
}

function setLive(live) {
  const node = $('#live');
  node.textContent = live ? 'live' : 'reconnecting';
  node.className = 'live ' + (live ? 'on' : 'off');
}

/** Shows a message for a few seconds (errors stay until the next one). */
function notify(message, ok) {
  const node = $('#notice');
  node.textContent = message;
  node.className = ok ? 'ok' : 'error';
  node.hidden = false;
  clearTimeout(notify.timer);
  if (ok) notify.timer = setTimeout(() => { node.hidden = true; }, 6000);
}

/** Sends an operator action; the console answers {ok, message}. */
async function act(url, body) {
  try {
    const response = await fetch(url, {method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body || {})});
    const answer = await response.json().catch(() => ({ok: false, message: 'HTTP ' + response.status}));
    notify(answer.message, response.ok);
    if (response.status === 401) refreshSession();
    return response.ok ? answer : null;
  } catch (e) {
    notify('The console did not answer: ' + e.message, false);
    return null;
  }
}

// --- session -----------------------------------------------------------------------------------------------------

async function refreshSession() {
  const response = await fetch('/api/session', {credentials: 'same-origin'});
  state.session = await response.json();
  renderSession();
}

function renderSession() {
  const s = state.session;
  $('#signin').hidden = s.signedIn;
  $('#signedin').hidden = !s.signedIn;
  $('#operator').textContent = s.operator || '';
  $('#readonly').hidden = s.signedIn;
  $('#readonly').textContent = s.signInEnabled ? 'Read-only: sign in with the operator token to act.'
    : 'Read-only: no operator token is configured (security.operator-token).';
  document.body.classList.toggle('signed-in', s.signedIn);
  document.querySelectorAll('#article-view button.needs-operator').forEach((b) => { b.disabled = !s.signedIn; });
  renderFeeds();
  if (state.pipeline) renderDeadLetters();
}

async function signIn(event) {
  event.preventDefault();
  const token = $('#operator-token');
  const answer = await act('/api/session', {operator: $('#operator-name').value.trim(), token: token.value});
  token.value = '';
  if (answer) await refreshSession();
}

async function signOut() {
  await fetch('/api/session', {method: 'DELETE', credentials: 'same-origin'});
  await refreshSession();
  notify('Signed out', true);
}

/** A button that only a signed-in operator can press. */
function actionButton(label, attrs, onclick) {
  return el('button', Object.assign({type: 'button', class: 'needs-operator', disabled: !state.session.signedIn,
    title: state.session.signedIn ? null : 'Sign in to act', onclick}, attrs), label);
}

// --- tabs --------------------------------------------------------------------------------------------------------

function showTab() {
  const name = (location.hash || '#feeds').slice(1);
  document.querySelectorAll('section.tab').forEach((s) => { s.hidden = s.id !== 'tab-' + name; });
  document.querySelectorAll('#tabs a').forEach((a) => a.classList.toggle('current', a.dataset.tab === name));
}

// --- feeds -------------------------------------------------------------------------------------------------------

function renderFeeds() {
  const feeds = [...state.feeds.values()];
  const counts = {};
  feeds.forEach((f) => { counts[f.state] = (counts[f.state] || 0) + 1; });
  fill($('#feed-summary'), Object.entries(counts).map(([s, n]) => badge(s, n + ' ' + s)));
  const failing = (counts.FAILING || 0) + (counts.DEGRADED || 0);
  $('#feeds-alert').hidden = failing === 0;
  $('#feeds-alert').textContent = failing;
  fill($('#feed-table tbody'), feeds.map(feedRow));
}

function feedRow(f) {
  const paused = f.state === 'PAUSED';
  return el('tr', {'data-feed': f.feedId, class: 'feed-' + f.state},
    el('td', {}, el('b', {}, f.sourceName), el('div', {class: 'muted'}, f.feedId)),
    el('td', {class: 'state'}, badge(f.state), f.warning ? el('div', {class: 'warning'}, f.warning) : null),
    el('td', {}, f.lastPoll || !f.lastPush ? when(f.lastPoll) : 'pushed ' + when(f.lastPush)),
    el('td', {}, when(f.lastNewItem)),
    el('td', {class: 'number'}, num(f.itemsLast24h)),
    el('td', {}, sparkline(f.perMinute, 'new items per minute')),
    el('td', {class: 'error'}, f.errorCode ? el('code', {}, f.errorCode) : null,
      f.httpStatus && f.httpStatus >= 400 ? ' HTTP ' + f.httpStatus : null,
      f.errorMessage ? el('div', {}, f.errorMessage) : null),
    el('td', {class: 'actions'},
      paused ? actionButton('Resume', {'data-action': 'resume'}, () => feedAction(f, 'resume'))
        : actionButton('Pause', {'data-action': 'pause'}, () => feedAction(f, 'pause')),
      actionButton('Poll now', {'data-action': 'poll-now'}, () => feedAction(f, 'poll-now'))));
}

function feedAction(feed, action) {
  act(`/api/feeds/${encodeURIComponent(feed.feedId)}/${action}`);
}

// --- jobs and audit ----------------------------------------------------------------------------------------------

function renderJobs() {
  const jobs = [...state.jobs.values()].sort((a, b) => b.id - a.id).slice(0, 3)
    .filter((j) => j.state === 'RUNNING' || j.state === 'QUEUED' || Date.now() - Date.parse(j.started) < 120000);
  fill($('#jobs'), jobs.map((j) => el('div', {class: 'job job-' + j.state, 'data-job': j.id},
    el('b', {}, j.title), ' ', el('progress', {max: Math.max(1, j.total), value: j.done + j.failed}),
    ` ${j.done + j.failed} / ${j.total} `, el('span', {class: 'muted'}, j.message || j.state.toLowerCase()))));
}

function renderAudit() {
  fill($('#audit-table tbody'), state.audit.map((e) => el('tr', {},
    el('td', {}, when(e.occurredAt)), el('td', {}, e.operator), el('td', {}, el('code', {}, e.action)),
    el('td', {class: 'target'}, e.target), el('td', {}, badge('audit-' + e.outcome, e.outcome)), el('td', {}, e.detail))));
}

// --- start -------------------------------------------------------------------------------------------------------

document.addEventListener('DOMContentLoaded', () => {
  $('#signin').addEventListener('submit', signIn);
  $('#signout').addEventListener('click', signOut);
  window.addEventListener('hashchange', showTab);
  setupArticles();
  showTab();
  refreshSession().then(connect);
  setInterval(() => { renderFeeds(); renderJobs(); }, 10000);
});
