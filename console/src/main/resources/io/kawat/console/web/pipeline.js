'use strict';
// The pipeline tab: messages per minute per topic, lag per consumer group, dead letters and their replay.

let openDeadLetters = null;

function renderPipeline() {
  const p = state.pipeline;
  $('#sampled').textContent = p.sampledAt ? 'sampled ' + ago(p.sampledAt) : 'first sample pending';
  fill($('#topic-table tbody'), p.topics.map((t) => el('tr', {'data-topic': t.topic},
    el('td', {}, t.topic), el('td', {class: 'number'}, num(t.perMinute)),
    el('td', {}, sparkline(t.series, 'messages per minute')), el('td', {class: 'number muted'}, num(t.endOffset)))));
  fill($('#group-table tbody'), p.groups.map((g) => el('tr', {'data-group': g.group},
    el('td', {}, g.group), el('td', {class: 'number' + (g.lag > 0 ? ' lagging' : '')}, num(g.lag)),
    el('td', {}, sparkline(g.series, 'lag')))));
  renderDeadLetters();
}

function renderDeadLetters() {
  const list = state.pipeline.deadLetters || [];
  const total = list.reduce((sum, d) => sum + d.pending, 0);
  $('#dlq-alert').hidden = total === 0;
  $('#dlq-alert').textContent = total;
  fill($('#dlq-table tbody'), list.map((d) => el('tr', {'data-dlq': d.topic, class: d.count > 0 ? 'has-letters' : ''},
    el('td', {}, d.topic, el('div', {class: 'muted'}, '→ ' + d.origin)),
    el('td', {class: 'number'}, num(d.count)), el('td', {class: 'number'}, num(d.pending)),
    el('td', {class: 'reason'}, d.latestReason || ''),
    el('td', {class: 'actions'},
      el('button', {type: 'button', disabled: d.count === 0, onclick: () => showDeadLetters(d.topic)}, 'Show'),
      actionButton(`Replay all (${d.pending})`, {'data-action': 'replay-all', disabled: !state.session.signedIn || d.pending === 0},
        () => act(`/api/dead-letters/${encodeURIComponent(d.topic)}/replay-all`))))));
  if (openDeadLetters) showDeadLetters(openDeadLetters);
}

async function showDeadLetters(topic) {
  openDeadLetters = topic;
  const response = await fetch(`/api/dead-letters/${encodeURIComponent(topic)}`);
  const letters = await response.json();
  fill($('#dlq-records'), el('h3', {}, `${topic}: newest ${letters.length}`,
    el('button', {type: 'button', class: 'link', onclick: () => { openDeadLetters = null; fill($('#dlq-records')); }}, 'close')),
  el('table', {class: 'grid'}, el('thead', {}, el('tr', {}, ['When', 'Key', 'Position', 'Stage', 'Reason', 'From', ''].map((h) => el('th', {}, h)))),
    el('tbody', {}, letters.map((l) => el('tr', {'data-letter': l.id},
      el('td', {}, when(l.timestamp)), el('td', {}, el('code', {}, l.key || '(none)')),
      el('td', {class: 'muted'}, `p${l.partition} @${l.offset}`, el('div', {}, num(l.size) + ' B')),
      el('td', {}, l.stage || ''), el('td', {class: 'reason'}, l.reason || '', el('div', {class: 'muted'}, l.errorClass || '')),
      el('td', {class: 'muted'}, l.originPosition || l.origin),
      el('td', {}, l.replayed ? el('span', {class: 'muted'}, 'replayed')
        : actionButton('Replay', {'data-action': 'replay'},
          () => act(`/api/dead-letters/${encodeURIComponent(topic)}/replay`, {partition: l.partition, offset: l.offset}))))))));
}

/** When a replay ends, the list of dead letters shows what was replayed. */
function jobChanged(job) {
  if (openDeadLetters && job.state !== 'RUNNING' && job.state !== 'QUEUED') showDeadLetters(openDeadLetters);
}
