// Where each event touches the text: actor, recipient, trigger, claimants, outlets, date and place
// as UTF-16 ranges (the API's offsets are UTF-16, like JavaScript strings), and the cutting of the
// text into runs that each carry the set of annotations covering them.

import { HIGHLIGHT_KINDS } from './labels.js';

const PRIORITY = new Map(HIGHLIGHT_KINDS.map((k, i) => [k.kind, i]));

function valid(range, length) {
  return range && Number.isInteger(range.start) && Number.isInteger(range.end) && range.start >= 0 && range.end <= length && range.end > range.start;
}

/** The annotations of every event: {start, end, kind, event, label}. Kind 'sentence' marks each mention's sentence. */
export function annotationsOf(events, text) {
  const length = text.length;
  const out = [];
  const add = (range, kind, event, label) => {
    if (valid(range, length)) out.push({ start: range.start, end: range.end, kind, event, label });
  };
  events.forEach((e, index) => {
    const what = `${e.event_type} (${e.cameo})`;
    add(e.actor, 'actor', index, `actor of ${what}`);
    add(e.recipient, 'recipient', index, `recipient of ${what}`);
    add(e.evidence?.trigger, 'trigger', index, `trigger of ${what}`);
    for (const c of e.claimed_by ?? []) add(c, 'claimant', index, `claims ${what} (${e.status})`);
    for (const o of e.reported_by ?? []) add(o, 'outlet', index, `reported ${what}`);
    if (e.place) add(e.place, 'place', index, `place of ${what}: ${e.place.name}`);
    if (e.date_text && e.evidence) {
      // The record gives the date's words, not their offsets: find them in the event's sentence.
      const at = text.indexOf(e.date_text, e.evidence.start);
      if (at >= 0 && at + e.date_text.length <= e.evidence.end) add({ start: at, end: at + e.date_text.length }, 'date', index, `date of ${what}: ${e.date}`);
    }
    const sentences = (e.mentions ?? []).length > 0 ? e.mentions : [e.evidence];
    for (const m of sentences) add(m, 'sentence', index, null);
  });
  return out;
}

/** Cuts [0, length) at every annotation boundary; each run lists the annotations covering it. */
export function runsOf(length, annotations) {
  const cuts = new Set([0, length]);
  for (const a of annotations) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= length).sort((a, b) => a - b);
  const runs = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i];
    const end = points[i + 1];
    const covering = annotations.filter((a) => a.start <= start && a.end >= end);
    runs.push({ start, end, annotations: covering });
  }
  return runs;
}

/** The kind a run is drawn as: the strongest non-sentence kind covering it, or null. */
export function primaryKind(annotations) {
  let best = null;
  for (const a of annotations) {
    if (a.kind === 'sentence') continue;
    if (best === null || PRIORITY.get(a.kind) < PRIORITY.get(best)) best = a.kind;
  }
  return best;
}
