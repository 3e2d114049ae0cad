/**
 * The summary of a product page: name and brand, the overall reading, claims grouped by verdict (each
 * expands to its explanation and sources, and can scroll the page to its highlight), cross-checks,
 * the ingredient list decoded in page order, and every source cited.
 */
import { type ComponentChildren, Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { ReportIngredient } from '../core/report';
import { verdictLabel } from '../core/tooltip-content';
import { t } from '../shared/i18n';
import { flagKey } from '../shared/i18n-format';
import type { FindingView } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { FindingBody } from '../shared/ui/FindingBody';
import { reveal } from './api';
import {
  allSources,
  type ClaimGroup,
  crossChecks,
  groupClaims,
  type IngredientPart,
  ingredientParts,
  leadingFunctions,
  type OnePercentMark,
  overallReading,
} from './summary';
import type { ReadyState } from './view';

const safeUrl = (url: string | null): string | null => (url && /^https:\/\//.test(url) ? url : null);

/** A flag id as the user reads it; unknown ids (newer data) are shown as written, never dropped. */
function flagLabel(id: string): string {
  const label = t(flagKey(id));
  return label === flagKey(id) ? id : label;
}

export function Header({ state, settings }: { state: ReadyState; settings: Settings }) {
  const { report, findings } = state;
  return (
    <header>
      <h1>{report.product.name ?? t('popup_unnamed_product')}</h1>
      {report.product.brand && <p class="brand">{t('popup_by_brand', report.product.brand)}</p>}
      <p class="reading" id="reading">
        <span class="sr-only">{t('popup_reading_label')}: </span>
        {overallReading(findings, report.ingredients, settings.avoid.length, t)}
      </p>
      {settings.quietMode && <p class="note">{t('popup_quiet_note')}</p>}
    </header>
  );
}

function ClaimRow({ finding, count, tabId }: { finding: FindingView; count: number; tabId: number }) {
  const [status, setStatus] = useState('');
  const show = (): void => {
    void reveal(tabId, finding.id).then((outcome) =>
      setStatus(
        outcome === 'shown' ? '' : t(outcome === 'hidden' ? 'popup_in_closed_section' : 'popup_not_on_page'),
      ),
    );
  };
  return (
    <li class="item" data-finding={finding.id}>
      <details>
        <summary>
          <span class="quote">
            “<bdi>{finding.text}</bdi>”
          </span>
          {count > 1 && <span class="count">{t('popup_claim_times', count)}</span>}
        </summary>
        <FindingBody content={finding.tooltip} />
      </details>
      <div class="row-actions">
        <button
          type="button"
          class="link reveal"
          onClick={show}
          aria-label={t('popup_show_on_page_label', finding.text)}
        >
          {t('popup_show_on_page')}
        </button>
        {status && (
          <span class="status" role="status">
            {status}
          </span>
        )}
      </div>
    </li>
  );
}

export function Claims({ groups, tabId }: { groups: ClaimGroup[]; tabId: number }) {
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">{t('popup_section_claims')}</h2>
      {groups.length === 0 ? (
        <p class="empty">{t('popup_claims_empty')}</p>
      ) : (
        groups.map((g) => (
          <div class={`verdict-group verdict-${g.verdict}`} key={g.verdict} data-verdict={g.verdict}>
            <h3 id={`verdict-${g.verdict}`}>
              {verdictLabel(g.verdict, t)} <span class="count">({g.items.length})</span>
            </h3>
            <ul class="claims" aria-labelledby={`verdict-${g.verdict}`}>
              {g.items.map((item) => (
                <ClaimRow key={item.finding.id} finding={item.finding} count={item.count} tabId={tabId} />
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

/** A part's heading: the page's own name for it, else what the reader found it to be, else its number. */
function partHeading(part: IngredientPart, n: number): ComponentChildren {
  if (part.label !== null) return <bdi>{part.label}</bdi>;
  if (part.role === 'actives') return t('popup_list_actives');
  if (part.role === 'inactives') return t('popup_list_inactives');
  return t('popup_list_unnamed', n + 1);
}

function Ingredients({ state }: { state: ReadyState }) {
  const { ingredients, ingredientList } = state.report;
  const parts = ingredientParts(ingredients, ingredientList?.onePercentLines, ingredientList?.listStarts);
  const unknown = ingredients.filter((i) => !i.known).length;
  return (
    <section aria-labelledby="ingredients-heading">
      <h2 id="ingredients-heading">{t('popup_section_ingredients')}</h2>
      <p class="caption">{t('popup_ingredients_count', ingredients.length, unknown)}</p>
      {parts.map((part, n) => {
        // A kit or a Drug Facts panel prints several lists: each is named as printed, or numbered.
        const named = parts.length > 1;
        const id = `ingredients-part-${part.from}`;
        return (
          <Fragment key={part.from}>
            {named && (
              <h3 class="list-part" id={id}>
                {partHeading(part, n)}
              </h3>
            )}
            <ol class="ingredients" aria-labelledby={named ? id : undefined}>
              {part.ingredients.map((i, n) => (
                <Fragment key={`${n}-${i.name}`}>
                  {n === part.line?.index && <OnePercentLine mark={part.line} />}
                  <IngredientRow ingredient={i} />
                </Fragment>
              ))}
            </ol>
          </Fragment>
        );
      })}
    </section>
  );
}

/** The estimated line, and why it falls here: the marker ingredient and what caps it. */
function OnePercentLine({ mark }: { mark: OnePercentMark }) {
  const why =
    mark.reason === 'legal-cap'
      ? t('popup_one_percent_legal_cap', mark.marker)
      : mark.reason === 'fragrance'
        ? t('popup_one_percent_fragrance', mark.marker)
        : null;
  return (
    <li class="one-percent">
      {t('popup_one_percent_line')}
      {why && <span class="why">{why}</span>}
    </li>
  );
}

function IngredientRow({ ingredient: i }: { ingredient: ReportIngredient }) {
  return (
    <li class={i.avoid?.length ? 'ingredient avoided' : 'ingredient'}>
      {/* Page text in its own bidi run: a direction override on the page cannot flip what follows. */}
      <bdi class="name">{i.name}</bdi>
      <span class="fn">
        {i.known ? (
          leadingFunctions(i.functions).join(', ')
        ) : (
          <span class="unknown">{t('popup_not_recognised')}</span>
        )}
      </span>
      {(i.flags.length > 0 || (i.avoid?.length ?? 0) > 0) && (
        <span class="flags">
          {(i.avoid?.length ?? 0) > 0 && <span class="flag avoid">{t('popup_avoid_marker')}</span>}
          {i.flags.map((f) => (
            <span class="flag" key={f}>
              {flagLabel(f)}
            </span>
          ))}
        </span>
      )}
    </li>
  );
}

function CrossChecks({ findings }: { findings: FindingView[] }) {
  const checks = crossChecks(findings);
  if (checks.length === 0) return null;
  return (
    <section aria-labelledby="cross-heading">
      <h2 id="cross-heading">{t('popup_section_crosscheck')}</h2>
      <ul class="cross-checks">
        {checks.map((c) => (
          <li key={c.id}>
            <strong>{c.heading}:</strong> {c.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Sources({ findings }: { findings: FindingView[] }) {
  const sources = allSources(findings);
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('popup_section_sources')}</h2>
      <ol class="source-list">
        {sources.map((s) => {
          const url = safeUrl(s.url);
          return (
            <li key={s.label}>
              {url ? (
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {s.label}
                </a>
              ) : (
                s.label
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function Report({
  state,
  tabId,
  withIngredients,
}: {
  state: ReadyState;
  tabId: number;
  withIngredients: boolean;
}) {
  return (
    <>
      <Claims groups={groupClaims(state.findings)} tabId={tabId} />
      <CrossChecks findings={state.findings} />
      {withIngredients && <Ingredients state={state} />}
      <Sources findings={state.findings} />
    </>
  );
}
