/** The toolbar badge: how many findings, coloured by the worst claim verdict on the page. */
import type { TabState } from '../shared/messages';

const SEVERITY: Record<string, number> = {
  'drug-claim': 3,
  misleading: 3,
  unsupported: 2,
  'unregulated-term': 2,
  'limited-evidence': 1,
};

export function badgeFor(state: TabState | null): { text: string; color: string; title: string } {
  if (state?.state !== 'ready' || state.findings.length === 0) {
    return { text: '', color: '#6b7280', title: 'Skin Truth' };
  }
  const worst = Math.max(0, ...state.findings.map((f) => (f.kind === 'claim' ? (SEVERITY[f.tone] ?? 0) : 0)));
  const color = worst >= 3 ? '#b91c1c' : worst === 2 ? '#b45309' : '#1d4ed8';
  const claims = state.findings.filter((f) => f.kind === 'claim').length;
  const ingredients = state.findings.length - claims;
  return {
    text: String(state.findings.length),
    color,
    title: `Skin Truth: ${claims} claim${claims === 1 ? '' : 's'}, ${ingredients} ingredient note${ingredients === 1 ? '' : 's'}`,
  };
}
