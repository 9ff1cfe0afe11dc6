// The Code view: paste or open an article, set its date, code it (POST /api/code, nothing stored)
// and read it back with every actor, recipient, trigger, claimant, outlet, date and place
// highlighted. Cards and highlights are linked both ways: activating one shows the other, and the
// selected event's words take the colour of their role in it. The form folds away after coding so the
// results are in view. "#code?event=ID&report=N" opens a stored report's article the same way
// (GET /api/events/{id}/article), its event selected: the permalink of an event.

import { describeError, getJson, postJson } from './api.js';
import { eventCard } from './event-card.js';
import { field, h, replace, safeLink } from './dom.js';
import { annotationsOf, primaryKind, runsOf } from './highlight.js';
import { HIGHLIGHT_KINDS } from './labels.js';

export function codeView(root) {
  const text = h('textarea', { rows: '12', required: true, spellcheck: 'false', placeholder: 'Paste a news article: headline on the first line, then the body.' });
  const file = h('input', { type: 'file', accept: '.txt,text/plain' });
  const date = h('input', { type: 'date' });
  const title = h('input', { type: 'text', autocomplete: 'off' });
  const status = h('p', { class: 'status-line', role: 'status', 'aria-live': 'polite' });
  const results = h('div', { class: 'code-results' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Code article');

  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    text.value = await chosen.text();
    if (!title.value) title.value = chosen.name.replace(/\.[^.]+$/, '');
  });

  const form = h(
    'form',
    { class: 'code-form', 'aria-label': 'Article to code' },
    field('Article text', text).field,
    h(
      'div',
      { class: 'row' },
      field('Or open a text file', file).field,
      field('Publication date', date, 'Relative dates (“this Friday”) are resolved against it.').field,
      field('Title (optional)', title).field,
    ),
    h('div', { class: 'actions' }, submit),
  );

  const drawer = h('details', { class: 'code-drawer', open: true }, h('summary', null, 'Article to code'), form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      status.textContent = 'Paste or open an article first.';
      text.focus();
      return;
    }
    submit.disabled = true;
    status.textContent = 'Coding…';
    const article = text.value;
    try {
      const body = { text: article };
      if (date.value) body.date = date.value;
      if (title.value.trim()) body.title = title.value.trim();
      const coded = await postJson('/api/code', body);
      renderResult(results, article, coded);
      const n = coded.events.length;
      status.textContent = `${n} event${n === 1 ? '' : 's'} in ${coded.sentences.length} sentence${coded.sentences.length === 1 ? '' : 's'}. Open “Article to code” above to change the text.`;
      drawer.open = false;
      results.scrollIntoView({ block: 'start' });
    } catch (error) {
      replace(results);
      status.textContent = describeError(error);
    } finally {
      submit.disabled = false;
    }
  });

  let shownEvent = null;
  async function openStored(eventId, report) {
    status.textContent = 'Opening the stored article…';
    try {
      const stored = await getJson(`/api/events/${encodeURIComponent(eventId)}/article`, { report });
      const select = renderResult(results, stored.text, stored);
      select(0);
      drawer.open = false;
      const source = stored.url ? safeLink(stored.url, stored.title || stored.url) : stored.title || stored.doc_id;
      replace(status, `Stored event ${stored.event_id}, report ${stored.report + 1} of ${stored.reports}: `, source, ` (${stored.outlet}${stored.publication_date ? `, ${stored.publication_date}` : ''}). Its words are marked in the article.`);
    } catch (error) {
      replace(results);
      status.textContent = describeError(error);
    }
  }

  replace(root, h('h2', null, 'Code an article'), drawer, status, results);
  return {
    show(params) {
      const wanted = params.event ? `${params.event}/${params.report ?? 0}` : null;
      if (wanted === shownEvent) return;
      shownEvent = wanted;
      if (wanted) openStored(params.event, params.report ?? 0);
    },
  };
}

function legend() {
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Highlight colours' },
    HIGHLIGHT_KINDS.map((k) => h('li', null, h('mark', { class: `hl hl-${k.kind}` }, k.kind), ` ${k.label}`)),
  );
}

function renderResult(root, article, coded) {
  const events = coded.events;
  const annotations = annotationsOf(events, article);
  const marksByEvent = events.map(() => []);
  const sentenceRunsByEvent = events.map(() => []);
  const cards = events.map((e, i) => eventCard(e, i));
  const textBox = h('div', { class: 'document', 'aria-label': 'Article with highlights' });
  const kindOf = new Map();
  const recolour = (mark, kind) => {
    mark.classList.remove(...HIGHLIGHT_KINDS.map((k) => `hl-${k.kind}`));
    mark.classList.add(`hl-${kind}`);
  };

  for (const run of runsOf(article.length, annotations)) {
    const piece = article.slice(run.start, run.end);
    const kind = primaryKind(run.annotations);
    const sentenceOf = [...new Set(run.annotations.filter((a) => a.kind === 'sentence').map((a) => a.event))];
    if (kind === null) {
      const span = sentenceOf.length ? h('span', { class: 'in-sentence' }, piece) : document.createTextNode(piece);
      for (const i of sentenceOf) sentenceRunsByEvent[i].push(span);
      textBox.append(span);
      continue;
    }
    const marked = run.annotations.filter((a) => a.kind !== 'sentence');
    const eventIds = [...new Set(marked.map((a) => a.event))];
    // The kind these words have in each of their events, to colour them by their role in the selected one.
    const kindIn = new Map(eventIds.map((i) => [i, primaryKind(marked.filter((a) => a.event === i))]));
    const mark = h(
      'mark',
      {
        class: `hl hl-${kind}`,
        tabindex: '0',
        role: 'button',
        title: marked.map((a) => `${a.label} [event ${a.event + 1}]`).join('; '),
        'aria-label': `${piece}: ${marked.map((a) => a.label).join('; ')}`,
        dataset: { events: eventIds.join(' '), kinds: [...new Set(marked.map((a) => a.kind))].join(' ') },
      },
      piece,
    );
    let next = 0;
    const activateFromMark = () => {
      // Several events can share words (a claimant of one, the actor of another): repeated clicks step through them.
      const target = eventIds[next % eventIds.length];
      next += 1;
      activate(target, { from: 'text' });
    };
    mark.addEventListener('click', activateFromMark);
    mark.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        activateFromMark();
      }
    });
    mark.dataset.kind = kind;
    kindOf.set(mark, kindIn);
    for (const i of eventIds) marksByEvent[i].push(mark);
    for (const i of sentenceOf) sentenceRunsByEvent[i].push(mark);
    textBox.append(mark);
  }

  let active = null;
  // Activating from the text brings its card into view (and focus); from a card, its words in the text.
  function activate(index, { from, keyboard = false }) {
    if (active !== null) {
      cards[active].classList.remove('active');
      cards[active].removeAttribute('aria-current');
      for (const m of marksByEvent[active]) {
        m.classList.remove('active');
        recolour(m, m.dataset.kind);
      }
      for (const r of sentenceRunsByEvent[active]) r.classList.remove('active-sentence');
    }
    active = index;
    cards[index].classList.add('active');
    cards[index].setAttribute('aria-current', 'true');
    for (const m of marksByEvent[index]) {
      m.classList.add('active');
      recolour(m, kindOf.get(m).get(index));
    }
    for (const r of sentenceRunsByEvent[index]) r.classList.add('active-sentence');
    if (from === 'text') {
      cards[index].scrollIntoView({ block: 'nearest' });
      cards[index].focus({ preventScroll: true });
    } else if (marksByEvent[index].length) {
      marksByEvent[index][0].scrollIntoView({ block: 'nearest' });
      if (keyboard) marksByEvent[index][0].focus({ preventScroll: true });
    }
  }

  cards.forEach((card, i) => {
    card.addEventListener('click', () => activate(i, { from: 'card' }));
    card.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        activate(i, { from: 'card', keyboard: true });
      }
    });
  });

  const problems = (coded.problems ?? []).map((p) => h('li', null, `${p.severity}: ${p.message}`));
  replace(
    root,
    legend(),
    h(
      'div',
      { class: 'code-columns' },
      h('div', { class: 'document-column' }, h('h3', null, coded.title || 'Article'), textBox),
      h(
        'div',
        { class: 'cards-column' },
        h('h3', null, `Events (${events.length})`),
        events.length ? h('p', { class: 'hint' }, 'Select a card to see its words in the text; select highlighted words to find their event.') : h('p', null, 'No events were found in this text.'),
        h('div', { class: 'cards', role: 'list' }, cards.map((c) => {
          c.setAttribute('role', 'listitem');
          return c;
        })),
      ),
    ),
    problems.length ? h('ul', { class: 'problems', 'aria-label': 'Warnings' }, problems) : null,
  );
  return (index) => {
    if (index < events.length) activate(index, { from: 'card' });
  };
}
