/**
 * The explanation of one finding: verdict, evidence grade, plain-language text, size note, the check
 * against this product's list, and sources. Shared by the page tooltip and the popup so both say the
 * same thing. Text is rendered as text (Preact escapes it); links open in a new tab, without referrer.
 */
import { t } from '../i18n';
import type { TooltipContentView } from '../messages';

const TONE_ICONS: Record<string, string> = {
  supported: '✓',
  'limited-evidence': '◐',
  unsupported: '✕',
  misleading: '!',
  'unregulated-term': '?',
  'drug-claim': '⚠',
  flagged: '⚑',
  avoid: '⊘',
};

/** Only https links from the knowledge base are ever made clickable. */
const safeUrl = (url: string | null): string | null => (url && /^https:\/\//.test(url) ? url : null);

export function FindingBody({ content }: { content: TooltipContentView }) {
  return (
    <div class="finding">
      <div class="head">
        {content.badge && (
          <span class={`badge tone-${content.badge.tone}`}>
            <span aria-hidden="true">{TONE_ICONS[content.badge.tone] ?? '•'}</span> {content.badge.label}
          </span>
        )}
        <strong class="heading">{content.heading}</strong>
      </div>
      {content.grade && <p class="grade">{content.grade}</p>}
      {content.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {content.note && (
        <p class="note">
          <strong>{t('finding_size')} </strong>
          {content.note}
        </p>
      )}
      {content.crossCheck && (
        <p class="cross">
          <strong>{t('finding_on_product')} </strong>
          {content.crossCheck}
        </p>
      )}
      {content.avoid && (
        <p class="avoid">
          <strong>{t('finding_avoid')} </strong>
          {content.avoid}
        </p>
      )}
      {content.sources.length > 0 && (
        <div class="sources">
          <span class="sources-title">{t('finding_sources')}</span>
          <ol>
            {content.sources.map((s) => {
              const url = safeUrl(s.url);
              return (
                <li key={s.label}>
                  {url ? (
                    <a
                      href={url}
                      target="_blank"
                      rel="noopener noreferrer"
                      aria-label={t('finding_link_new_tab', s.label)}
                    >
                      {s.label}
                    </a>
                  ) : (
                    s.label
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </div>
  );
}

/** Styles for FindingBody, used inside the tooltip's shadow root and in the popup. */
export const FINDING_CSS = `
.finding { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.finding p { margin: 6px 0; }
.head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; }
.heading { font-size: 14px; }
.badge { display: inline-flex; gap: 4px; align-items: center; font-size: 11px; font-weight: 600; padding: 2px 7px;
  border-radius: 999px; background: #e5e7eb; color: #111827; }
.tone-drug-claim, .tone-misleading, .tone-unsupported { background: #fee2e2; color: #7f1d1d; }
.tone-limited-evidence, .tone-unregulated-term, .tone-flagged { background: #fef3c7; color: #78350f; }
.tone-avoid { background: #ede9fe; color: #4c1d95; }
.tone-supported { background: #dcfce7; color: #14532d; }
.grade { font-size: 12px; color: #4b5563; }
.note, .cross { padding: 6px 8px; border-radius: 6px; background: #f3f4f6; }
.cross { background: #fff7ed; }
.avoid { padding: 6px 8px; border-radius: 6px; background: #f5f3ff; }
.sources { margin-top: 8px; font-size: 11px; color: #4b5563; }
.sources-title { font-weight: 600; }
.sources ol { margin: 4px 0 0; padding-left: 18px; }
.sources a { color: #1d4ed8; }
@media (prefers-color-scheme: dark) {
  .grade, .sources { color: #d1d5db; }
  .note { background: #374151; }
  .cross { background: #431407; }
  .avoid { background: #2e1065; }
  .tone-avoid { background: #4c1d95; color: #ede9fe; }
  .sources a { color: #93c5fd; }
  .badge { background: #374151; color: #f9fafb; }
  .tone-drug-claim, .tone-misleading, .tone-unsupported { background: #7f1d1d; color: #fee2e2; }
  .tone-limited-evidence, .tone-unregulated-term, .tone-flagged { background: #78350f; color: #fef3c7; }
  .tone-supported { background: #14532d; color: #dcfce7; }
}`;
