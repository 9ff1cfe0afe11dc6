// One coded event as a card: type, codes, status, who did it to whom, when, where, who claims it
// and who reported it. Data attributes carry the codes for tests and for styling.

import { h } from './dom.js';
import { formatNumber, participantName, quadClass } from './labels.js';

function row(term, ...value) {
  return [h('dt', null, term), h('dd', null, ...value)];
}

function dateText(e) {
  if (!e.date) return 'undated';
  const precision = e.date_precision === 'before' ? `on or before ${e.date}` : `${e.date} (${e.date_precision})`;
  return e.date_text ? `${precision}, from “${e.date_text}”` : precision;
}

/** Who decided the event type: the rule (with the model's probability of that type) or the model and how sure it was. */
function typedBy(t) {
  const p = t.p === null || t.p === undefined ? '' : `, p ${formatNumber(t.p, 2)}`;
  return t.by === 'model' ? `the model ${t.model ?? ''}${p}` : `the rule${p ? ` (model${p})` : ''}`;
}

export function eventCard(e, index) {
  const quad = quadClass(e.quad_class);
  const titleId = `event-${index}-title`;
  const claimants = (e.claimed_by ?? []).map(participantName).join('; ');
  const outlets = (e.reported_by ?? []).map((o) => (o.name && o.name !== o.text ? `${o.text} (${o.name})` : o.text)).join('; ');
  return h(
    'article',
    {
      class: `card card-${e.status}`,
      tabindex: '0',
      'aria-labelledby': titleId,
      dataset: {
        event: String(index),
        eventType: e.event_type,
        status: e.status,
        actorCountry: e.actor?.country ?? '',
        recipientCountry: e.recipient?.country ?? '',
        claimants: (e.claimed_by ?? []).map((c) => c.country || c.code).join(' '),
      },
    },
    h(
      'h3',
      { id: titleId },
      h('span', { class: 'type' }, e.event_type),
      e.mode ? h('span', { class: 'mode' }, e.mode) : null,
      h('span', { class: `status status-${e.status}` }, e.status),
    ),
    h('p', { class: 'dyad' }, participantName(e.actor), h('span', { class: 'arrow', 'aria-label': 'acts on' }, ' → '), e.recipient ? participantName(e.recipient) : 'no recipient'),
    h(
      'dl',
      null,
      row('CAMEO', `${e.cameo} · Goldstein ${formatNumber(e.goldstein)} · `, h('span', { class: 'quad', dataset: { quad: String(quad.id) } }, `${quad.short} ${quad.name}`)),
      (e.context ?? []).length ? row('Context', e.context.join(', ')) : null,
      row('Date', dateText(e)),
      e.place ? row('Place', `${e.place.name}${e.place.country ? `, ${e.place.country}` : ''} (${e.place.text})`) : null,
      claimants ? row('Claimed by', claimants) : null,
      outlets ? row('Reported by', outlets) : null,
      row('Rule', h('code', null, e.rule)),
      e.typed_by ? row('Typed by', typedBy(e.typed_by)) : null,
    ),
  );
}
