/** The toolbar badge: how many findings, coloured by the worst claim verdict on the page. */
import { pluralKey, t } from '../shared/i18n';
import type { TabState } from '../shared/messages';

const SEVERITY: Record<string, number> = {
  'drug-claim': 3,
  misleading: 3,
  unsupported: 2,
  'unregulated-term': 2,
  'limited-evidence': 1,
};

/** An avoid-list ingredient is the user's own red line: it colours the badge like the worst claims. */
const AVOID_SEVERITY = 3;

export function badgeFor(state: TabState | null): { text: string; color: string; title: string } {
  if (state?.state === 'disabled') return { text: '', color: '#6b7280', title: t('badge_title_disabled') };
  if (state?.state !== 'ready' || state.findings.length === 0) {
    return { text: '', color: '#6b7280', title: t('badge_title_idle') };
  }
  const severity = (f: { kind: string; tone: string }): number =>
    f.kind === 'claim' ? (SEVERITY[f.tone] ?? 0) : f.tone === 'avoid' ? AVOID_SEVERITY : 0;
  const worst = Math.max(0, ...state.findings.map(severity));
  const color = worst >= 3 ? '#b91c1c' : worst === 2 ? '#b45309' : '#1d4ed8';
  const claims = state.findings.filter((f) => f.kind === 'claim').length;
  const ingredients = state.findings.length - claims;
  return {
    text: String(state.findings.length),
    color,
    title: t(
      'badge_title',
      t(pluralKey(claims, 'badge_claims_one', 'badge_claims_other'), claims),
      t(pluralKey(ingredients, 'badge_notes_one', 'badge_notes_other'), ingredients),
    ),
  };
}
