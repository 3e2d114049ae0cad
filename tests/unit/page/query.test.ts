// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { queryAll, queryExists, queryFirst, splitSelectorList } from '../../../src/content/page/query';

describe('splitSelectorList', () => {
  it('splits at top-level commas only', () => {
    expect(splitSelectorList('h1, .a ,#b')).toEqual(['h1', '.a', '#b']);
    expect(splitSelectorList('a[title="x, y"], :is(p, li) b, [data-x=\'1,2\']')).toEqual([
      'a[title="x, y"]',
      ':is(p, li) b',
      "[data-x='1,2']",
    ]);
    expect(splitSelectorList('.a\\,b, i')).toEqual(['.a\\,b', 'i']);
    expect(splitSelectorList(' , p,, ')).toEqual(['p']);
  });
});

describe('queryAll', () => {
  const root = (): HTMLElement => {
    document.body.innerHTML =
      '<h1 class="t">A</h1><p class="d" id="x">B</p><p class="d">C</p><b role="tab">D</b>';
    return document.body;
  };

  it('finds what the whole list finds, each element once', () => {
    const body = root();
    const list = '.d, #x, h1, [role="tab"], p';
    const split = queryAll(body, list);
    const whole = Array.from(body.querySelectorAll(list));
    expect(split).toHaveLength(whole.length);
    expect(new Set(split)).toEqual(new Set(whole));
  });

  it('skips a part the engine cannot parse and still runs the others', () => {
    const body = root();
    expect(queryAll(body, 'h1, p:unknown-pseudo(, .d').map((e) => e.textContent)).toEqual(['A']);
    expect(queryAll(body, '::nonsense, .d').map((e) => e.textContent)).toEqual(['B', 'C']);
    expect(queryAll(body, '[[')).toEqual([]);
  });

  it('answers whether any part matches', () => {
    const body = root();
    expect(queryExists(body, '.none, #x')).toBe(true);
    expect(queryExists(body, '.none, ::bad, #none')).toBe(false);
    // The first selector that matches wins, not the earliest element on the page.
    expect(queryFirst(body, '::bad, [role="tab"], h1')?.textContent).toBe('D');
    expect(queryFirst(body, '.none')).toBeNull();
  });
});
