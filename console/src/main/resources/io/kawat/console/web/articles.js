'use strict';
// The articles tab: the live stream (filtered by language, topic and source on the server), and one article as readers
// see it (the publish API's HTML in a sandboxed frame) with its versions, its source stories, kill and correct.

const articles = {items: [], facets: {languages: [], topics: {}, sources: []}, selected: null, fresh: new Set()};

function setupArticles() {
  for (const name of ['language', 'topic', 'source']) {
    $('#filter-' + name).addEventListener('change', (e) => { state.filter[name] = e.target.value; connect(); });
  }
}

function articlesSnapshot(answer) {
  articles.items = answer.items;
  articles.facets = answer.facets;
  renderFacets();
  renderArticleList();
}

function articleArrived(a) {
  articles.items = [a, ...articles.items.filter((x) => x.uri !== a.uri)].slice(0, 100);
  articles.fresh.add(a.uri);
  setTimeout(() => { articles.fresh.delete(a.uri); renderArticleList(); }, 8000);
  addFacets(a);
  renderArticleList();
  if (articles.selected === a.uri) openArticle(a.uri);
}

function addFacets(a) {
  const f = articles.facets;
  if (!f.languages.includes(a.language)) f.languages.push(a.language);
  a.topics.forEach((t) => { f.topics[t.qcode] = f.topics[t.qcode] || t.label; });
  a.sources.forEach((s) => { if (!f.sources.includes(s)) f.sources.push(s); });
  renderFacets();
}

function renderFacets() {
  const f = articles.facets;
  options('#filter-language', f.languages.slice().sort().map((l) => [l, l]));
  options('#filter-topic', Object.entries(f.topics).sort((a, b) => a[1].localeCompare(b[1])));
  options('#filter-source', f.sources.slice().sort().map((s) => [s, s]));
}

function options(selector, pairs) {
  const select = $(selector);
  const current = select.value;
  fill(select, el('option', {value: ''}, 'all'), pairs.map(([value, label]) => el('option', {value}, label)));
  select.value = current;
}

function renderArticleList() {
  $('#article-count').textContent = articles.items.length + ' shown, newest first';
  fill($('#article-list'), articles.items.map((a) => el('li', {
    'data-uri': a.uri, 'data-status': a.pubStatus,
    class: [articles.fresh.has(a.uri) ? 'fresh' : '', articles.selected === a.uri ? 'selected' : '', 'status-' + a.pubStatus].join(' '),
    onclick: () => openArticle(a.uri)},
  el('div', {class: 'line'}, el('span', {class: 'lang'}, a.language), ' ',
    a.pubStatus === 'USABLE' ? null : badge(a.pubStatus, a.pubStatus === 'CANCELED' ? 'withdrawn' : a.pubStatus.toLowerCase()),
    el('span', {class: 'headline'}, a.headline)),
  el('div', {class: 'muted'}, `v${a.version} · `, when(a.versionCreated), ' · ', a.sources.join(', '),
    a.topics.length ? ' · ' + a.topics.map((t) => t.label).join(', ') : ''))));
}

async function openArticle(uri) {
  articles.selected = uri;
  renderArticleList();
  const path = '/api/articles/' + encodeURIComponent(uri);
  const [ninjs, versions] = await Promise.all([fetch(path).then(jsonOrNull), fetch(path + '/versions').then(jsonOrNull)]);
  if (articles.selected !== uri) return;
  const summary = articles.items.find((a) => a.uri === uri) || {};
  const withdrawn = (ninjs && ninjs.pubstatus === 'canceled') || summary.pubStatus === 'CANCELED';
  fill($('#article-view'),
    el('h2', {}, ninjs ? ninjs.headlines[0].value : summary.headline || uri),
    el('div', {class: 'muted'}, uri, ' · ', ninjs ? `version ${ninjs.version}, ${ninjs.pubstatus}` : 'not in the publish API yet'),
    withdrawn ? el('div', {class: 'withdrawn'}, 'Withdrawn: readers no longer see this article.') : articleActions(uri),
    el('iframe', {class: 'preview', sandbox: 'allow-popups', title: 'Article as readers see it', src: path + '/html?v=' + (ninjs ? ninjs.version : 0)}),
    el('h3', {}, 'Source stories'),
    el('ul', {class: 'sources'}, ((ninjs && ninjs.infosources) || []).map((s) => el('li', {},
      el('b', {}, s.name), ' ', el('code', {}, s.literal), s.role !== 'source' ? ` (${s.role})` : '',
      s.uri ? el('a', {href: s.uri, target: '_blank', rel: 'noopener noreferrer'}, ' original') : null))),
    el('h3', {}, 'Versions'),
    el('table', {class: 'grid versions'}, el('tbody', {}, (versions || []).slice().reverse().map((v) => el('tr', {},
      el('td', {}, 'v' + v.version), el('td', {}, when(v.versioncreated)), el('td', {}, v.pubstatus),
      el('td', {}, v.headlines[0].value, v.ednote ? el('div', {class: 'muted'}, v.ednote) : null))))));
}

function articleActions(uri) {
  const reason = el('input', {id: 'kill-reason', placeholder: 'Reason for the kill (kept in the audit trail)', maxlength: 2000});
  const note = el('input', {id: 'correct-note', placeholder: 'Correction note (published)', maxlength: 2000});
  const headline = el('input', {id: 'correct-headline', placeholder: 'New headline (optional)', maxlength: 300});
  const path = '/api/articles/' + encodeURIComponent(uri);
  return el('div', {class: 'article-actions'},
    el('div', {}, reason, actionButton('Kill', {id: 'kill-button', class: 'needs-operator danger'},
      () => act(path + '/kill', {reason: reason.value}))),
    el('div', {}, note, headline, actionButton('Correct', {id: 'correct-button'},
      () => act(path + '/correct', {note: note.value, headline: headline.value}))));
}

function jsonOrNull(response) {
  return response.ok ? response.json() : null;
}
