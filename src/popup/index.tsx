/**
 * The toolbar popup: the active tab's findings at a glance. It asks the background for the tab's state
 * and renders it; it never reads the page itself.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { type PopupMessage, type TabState, TabStateSchema } from '../shared/messages';
import { FINDING_CSS, FindingBody } from '../shared/ui/FindingBody';

/** The popup's tab: the active tab, or `?tab=<id>` when opened as a page (tests, the demo). */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function loadState(): Promise<TabState | null> {
  const tabId = await targetTabId();
  if (tabId === null) return null;
  const message: PopupMessage = { type: 'popup/get-state', tabId };
  const reply = (await browser.runtime.sendMessage(message)) as { state?: unknown } | undefined;
  const parsed = TabStateSchema.safeParse(reply?.state);
  return parsed.success ? parsed.data : null;
}

function Ready({ state }: { state: Extract<TabState, { state: 'ready' }> }) {
  const { report, findings } = state;
  const claims = findings.filter((f) => f.kind === 'claim');
  const notes = findings.filter((f) => f.kind === 'ingredient');
  const unknown = report.ingredients.filter((i) => !i.known).length;
  return (
    <>
      <h1>{report.product.name ?? 'This product'}</h1>
      {report.product.brand && <p class="brand">by {report.product.brand}</p>}
      <p class="summary">
        {claims.length} claim{claims.length === 1 ? '' : 's'} checked, {report.ingredients.length} ingredients
        read
        {unknown > 0 ? ` (${unknown} not recognised)` : ''}.
      </p>
      <h2>Claims</h2>
      {claims.length === 0 ? (
        <p class="empty">No marketing claims we know of on this page.</p>
      ) : (
        <ul class="claims">
          {claims.map((f) => (
            <li class="item" key={f.id} data-finding={f.id}>
              <details>
                <summary>
                  <span class="quote">“{f.text}”</span> <span>{f.tooltip.badge?.label}</span>
                </summary>
                <FindingBody content={f.tooltip} />
              </details>
            </li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <>
          <h2>Ingredients to know</h2>
          <ul>
            {notes.map((f) => (
              <li class="item" key={f.id} data-finding={f.id}>
                <details>
                  <summary>
                    <span class="quote">{f.text}</span>
                  </summary>
                  <FindingBody content={f.tooltip} />
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Ingredient list</h2>
      <ul class="ingredients">
        {report.ingredients.map((i, n) => (
          <li key={`${n}-${i.name}`}>
            <span>{i.name}</span>
            {i.known ? (
              <span class="fn">{i.functions.slice(0, 2).join(', ').toLowerCase()}</span>
            ) : (
              <span class="fn unknown">not recognised</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function Popup() {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  useEffect(() => {
    loadState()
      .then(setState)
      .catch(() => setState(null));
  }, []);
  return (
    <main>
      {state === undefined && <p class="empty">Reading this page…</p>}
      {state === null && <p class="empty">Nothing to show on this page.</p>}
      {state?.state === 'not-skincare' && <p class="empty">This is not a skincare product page.</p>}
      {state?.state === 'analysing' && <p class="empty">Analysing this product…</p>}
      {state?.state === 'ready' && <Ready state={state} />}
      <footer>
        Works offline: nothing leaves your browser. Ingredient data: CosIng, (c) European Union.
      </footer>
    </main>
  );
}

const style = document.createElement('style');
style.textContent = FINDING_CSS;
document.head.appendChild(style);
const app = document.getElementById('app');
if (app) render(<Popup />, app);
