import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../src/background/badge';
import {
  ContentMessageSchema,
  type PackedFinding,
  packFindings,
  parseMessage,
  type TabState,
  ToContentMessageSchema,
  unpackFindings,
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
      tooltip: 0,
    })),
    tooltips: [tooltip],
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

describe('packed findings', () => {
  const tip = (heading: string) => ({
    heading,
    badge: null,
    grade: null,
    paragraphs: ['p'],
    note: null,
    crossCheck: null,
    sources: [],
  });
  const view = (id: string, tooltip: ReturnType<typeof tip>) =>
    ({
      id,
      kind: 'claim',
      text: 'boosts collagen',
      key: 'boosts-collagen',
      tone: 'unsupported',
      tooltip,
    }) as const;

  it('sends each shared tooltip once and gives every finding its own back', () => {
    const a = tip('Boosts collagen');
    const b = tip('Clinically proven');
    const views = [view('c0', a), view('c1', b), view('c2', a), view('c3', a)];
    const packed = packFindings(views);
    expect(packed.tooltips).toEqual([a, b]);
    expect(packed.findings.map((f) => f.tooltip)).toEqual([0, 1, 0, 0]);
    expect(unpackFindings(packed)).toEqual(views);
  });

  it('drops a finding whose tooltip index points nowhere', () => {
    const packed = packFindings([view('c0', tip('x'))]);
    packed.findings.push({ ...(packed.findings[0] as PackedFinding), id: 'c1', tooltip: 7 });
    expect(unpackFindings(packed).map((f) => f.id)).toEqual(['c0']);
  });
});
