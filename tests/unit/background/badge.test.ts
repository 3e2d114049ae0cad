import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../src/background/badge';
import { type FindingView, packFindings, type TabState } from '../../../src/shared/messages';

const verdict = { isSkincareProduct: true, kind: 'skincare-product', confidence: 1, signals: [] };
const finding = (kind: 'claim' | 'ingredient', tone: string, id: string): FindingView => ({
  id,
  kind,
  text: id,
  key: id,
  tone,
  tooltip: {
    heading: '',
    badge: null,
    grade: null,
    paragraphs: [],
    note: null,
    crossCheck: null,
    sources: [],
  },
});
const ready = (findings: FindingView[]): TabState => ({
  state: 'ready',
  report: { url: null, page: verdict, product: { name: null, brand: null }, ingredients: [], claims: [] },
  ...packFindings(findings),
});

describe('badge', () => {
  it('colours an avoid-list ingredient like the worst claims: it is the user’s own red line', () => {
    const badge = badgeFor(
      ready([finding('claim', 'limited-evidence', 'a'), finding('ingredient', 'avoid', 'b')]),
    );
    expect(badge).toMatchObject({ text: '2', color: '#b91c1c' });
  });

  it('titles the counts through the catalogue, singular and plural', () => {
    expect(badgeFor(ready([finding('claim', 'misleading', 'a')])).title).toBe(
      'Skin Truth: 1 claim, 0 ingredient notes',
    );
    expect(
      badgeFor(
        ready([
          finding('claim', 'misleading', 'a'),
          finding('claim', 'supported', 'b'),
          finding('ingredient', 'info', 'c'),
        ]),
      ).title,
    ).toBe('Skin Truth: 2 claims, 1 ingredient note');
  });

  it('is empty on a site the user switched off, and says so in the title', () => {
    expect(badgeFor({ state: 'disabled' })).toMatchObject({
      text: '',
      title: 'Skin Truth: off on this site',
    });
  });
});
