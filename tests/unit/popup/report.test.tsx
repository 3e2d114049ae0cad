// @vitest-environment jsdom
/** The popup's summary rendered in jsdom: the decoded list, the 1 % line, verdict groups, avoid flags. */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { FindingView } from '../../../src/shared/messages';
import { defaultSettings } from '../../../src/shared/settings';
import { ingredient } from './report-rows';

vi.mock('../../../src/shared/browser', () => ({ browser: {} }));

const { Header, Report } = await import('../../../src/popup/Report');

const tooltip = {
  heading: 'H',
  badge: null,
  grade: null,
  paragraphs: ['Why.'],
  note: null,
  crossCheck: null,
  sources: [],
};
const claim = (id: string, text: string, tone: string): FindingView => ({
  id,
  kind: 'claim',
  text,
  key: text,
  tone,
  tooltip,
});
const verdict = { isSkincareProduct: true, kind: 'skincare-product', confidence: 1, signals: [] };
const state = {
  state: 'ready' as const,
  report: {
    url: null,
    page: verdict,
    product: { name: 'Night Cream', brand: 'Aurelle' },
    ingredients: [
      { name: 'Aqua', inci: 'Aqua', known: true, functions: ['SOLVENT'], flags: [] },
      { name: 'Glycerin', inci: 'Glycerin', known: true, functions: ['HUMECTANT'], flags: [] },
      { name: 'Mystery Complex', inci: null, known: false, functions: [], flags: [] },
      {
        name: 'Phenoxyethanol',
        inci: 'Phenoxyethanol',
        known: true,
        functions: ['PRESERVATIVE'],
        flags: ['eu-preservative'],
      },
      {
        name: 'Limonene',
        inci: 'Limonene',
        known: true,
        functions: ['PERFUMING'],
        flags: ['eu-fragrance-allergen'],
        avoid: ['group:fragrance-allergens'],
      },
    ],
    claims: [],
    ingredientList: {
      count: 5,
      recognised: 4,
      onePercentLines: [{ index: 3, marker: 'Phenoxyethanol', reason: 'legal-cap' }],
      listStarts: [0],
    },
  },
  findings: [
    claim('c1', 'clinically proven', 'limited-evidence'),
    claim('c2', 'boosts collagen', 'drug-claim'),
  ],
};

function mount(): HTMLElement {
  const root = document.createElement('div');
  render(
    <>
      <Header
        state={state}
        settings={{ ...defaultSettings(), avoid: [{ kind: 'group', id: 'fragrance-allergens' }] }}
      />
      <Report state={state} tabId={1} withIngredients={true} />
    </>,
    root,
  );
  return root;
}

describe('popup summary', () => {
  it('names the product and sums the page up in one line', () => {
    const root = mount();
    expect(root.querySelector('h1')?.textContent).toBe('Night Cream');
    expect(root.querySelector('.brand')?.textContent).toBe('by Aurelle');
    expect(root.querySelector('#reading')?.textContent).toContain(
      '2 claims (1 drug claim, 1 with little evidence); 1 fragrance allergen; 1 on your avoid list',
    );
  });

  it('groups claims by verdict, worst first, each with a labelled show-on-page button', () => {
    const root = mount();
    expect([...root.querySelectorAll('[data-verdict]')].map((g) => g.getAttribute('data-verdict'))).toEqual([
      'drug-claim',
      'limited-evidence',
    ]);
    expect(root.querySelector('button.reveal')?.getAttribute('aria-label')).toBe(
      'Show on page: “boosts collagen”',
    );
  });

  it('says where a claim is when the page does not show it', async () => {
    const { browser } = (await import('../../../src/shared/browser')) as unknown as {
      browser: Record<string, unknown>;
    };
    for (const [reply, status] of [
      [
        { revealed: false, hidden: true },
        'On the page, in a closed tab or section: open it to see the highlight.',
      ],
      [{ revealed: false }, 'Not highlighted on the page (quiet mode or category off).'],
      [{ revealed: true }, null],
    ] as const) {
      browser.runtime = { sendMessage: async () => reply };
      const root = mount();
      root.querySelector<HTMLButtonElement>('button.reveal')?.click();
      await vi.waitFor(() => {
        if (status !== null) expect(root.querySelector('[role="status"]')?.textContent).toBe(status);
      });
      if (status === null) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(root.querySelector('[role="status"]')).toBeNull();
      }
    }
  });

  it('decodes the list in page order, marks the unknown, the 1 % line and the avoid-list hit', () => {
    const root = mount();
    const rows = [...root.querySelectorAll('.ingredients > li')].map((li) =>
      li.classList.contains('one-percent') ? '--1%--' : (li.querySelector('.name')?.textContent ?? ''),
    );
    expect(rows).toEqual(['Aqua', 'Glycerin', 'Mystery Complex', '--1%--', 'Phenoxyethanol', 'Limonene']);
    expect(root.querySelector('.one-percent .why')?.textContent).toBe(
      'Phenoxyethanol is capped at 1 % or less in the EU, and labels list what is above 1 % first.',
    );
    expect(root.querySelector('.ingredients .unknown')?.textContent).toBe('not recognised');
    expect(root.querySelector('li.avoided .name')?.textContent).toBe('Limonene');
    expect(root.textContent).toContain('EU fragrance allergen');
  });

  it("heads a sunscreen's unnamed parts by what they are, and a printed name as printed", () => {
    const ingredients = [
      ingredient('Avobenzone', { listRole: 'actives' }),
      ingredient('Aqua', { listRole: 'inactives' }),
      ingredient('Zinc Oxide', { list: 'Wirkstoff' }),
    ];
    const sunscreen = {
      ...state,
      report: {
        ...state.report,
        ingredients,
        ingredientList: { count: 3, recognised: 3, onePercentLines: [], listStarts: [0, 1, 2] },
      },
    };
    const root = document.createElement('div');
    render(<Report state={sunscreen} tabId={1} withIngredients={true} />, root);
    expect([...root.querySelectorAll('h3.list-part')].map((h) => h.textContent)).toEqual([
      'Active Ingredients',
      'Inactive Ingredients',
      'Wirkstoff',
    ]);
  });
});
