import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../src/background/badge';
import {
  ContentMessageSchema,
  parseMessage,
  type TabState,
  ToContentMessageSchema,
} from '../../../src/shared/messages';
import { parseSettings } from '../../../src/shared/settings';

const verdict = { isSkincareProduct: true, kind: 'skincare-product', confidence: 1, signals: ['x'] };

describe('message contracts', () => {
  it('accepts well-formed messages', () => {
    expect(
      parseMessage(ContentMessageSchema, { type: 'detector/verdict', verdict, candidate: true }),
    ).not.toBeNull();
    expect(parseMessage(ToContentMessageSchema, { type: 'content/reveal', findingId: 'c1' })).not.toBeNull();
  });

  it('drops malformed or unknown messages instead of throwing', () => {
    for (const bad of [null, 'x', 42, {}, { type: 'detector/verdict' }, { type: 'evil', code: 'alert(1)' }]) {
      expect(parseMessage(ContentMessageSchema, bad)).toBeNull();
    }
    expect(
      parseMessage(ContentMessageSchema, {
        type: 'detector/verdict',
        verdict: { ...verdict, confidence: 'high' },
        candidate: true,
      }),
    ).toBeNull();
  });
});

describe('badge', () => {
  const tooltip = {
    heading: 'h',
    badge: null,
    grade: null,
    paragraphs: [],
    note: null,
    crossCheck: null,
    sources: [],
  };
  const ready = (tones: [string, string][]): TabState => ({
    state: 'ready',
    report: { url: null, page: verdict, product: { name: null, brand: null }, ingredients: [], claims: [] },
    findings: tones.map(([kind, tone], i) => ({
      id: `f${i}`,
      kind: kind as 'claim',
      text: 't',
      key: 'k',
      tone,
      tooltip,
    })),
  });

  it('counts findings and colours by the worst claim verdict', () => {
    expect(
      badgeFor(
        ready([
          ['claim', 'drug-claim'],
          ['ingredient', 'info'],
        ]),
      ),
    ).toMatchObject({ text: '2', color: '#b91c1c' });
    expect(badgeFor(ready([['claim', 'limited-evidence']]))).toMatchObject({ text: '1', color: '#1d4ed8' });
  });

  it('is empty when there is nothing to show', () => {
    expect(badgeFor(null).text).toBe('');
    expect(badgeFor({ state: 'not-skincare', verdict }).text).toBe('');
    expect(badgeFor(ready([])).text).toBe('');
  });
});

describe('settings', () => {
  it('falls back to defaults for missing or invalid values', () => {
    expect(parseSettings(undefined)).toMatchObject({ quietMode: false });
    expect(parseSettings({ quietMode: 'yes' })).toMatchObject({ quietMode: false });
    expect(parseSettings({ quietMode: true })).toMatchObject({ quietMode: true });
  });
});
