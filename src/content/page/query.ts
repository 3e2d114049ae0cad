/**
 * Selector queries that run a selector list one selector at a time. Measured in Chromium on a
 * 10k-element page: a list of 14 simple selectors costs 4.4 ms as one querySelectorAll and well under
 * 1 ms as 14 queries, and a list of three classes and an id 1.1 ms against nearly nothing, because
 * only a single selector takes the engine's fast paths (see docs/decisions/0021-selector-lists-split.md).
 * Never throws: a part this engine cannot parse matches nothing, and the other parts still run.
 */

const parts = new Map<string, string[]>();

/** The top-level selectors of a list: commas inside quotes, brackets or parentheses do not split. */
export function splitSelectorList(list: string): string[] {
  const cached = parts.get(list);
  if (cached) return cached;
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      out.push(list.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(list.slice(from).trim());
  const kept = out.filter((s) => s.length > 0);
  if (parts.size < 500) parts.set(list, kept);
  return kept;
}

/** Every element matching any selector of the list, each once; document order within each part only. */
export function queryAll(root: ParentNode, list: string): Element[] {
  const selectors = splitSelectorList(list);
  if (selectors.length === 1) return tryQueryAll(root, selectors[0] as string);
  const seen = new Set<Element>();
  const out: Element[] = [];
  for (const selector of selectors) {
    for (const el of tryQueryAll(root, selector)) {
      if (seen.has(el)) continue;
      seen.add(el);
      out.push(el);
    }
  }
  return out;
}

/** The first match of the first selector of the list that matches anything (adapters list by priority). */
export function queryFirst(root: ParentNode, list: string): Element | null {
  for (const selector of splitSelectorList(list)) {
    try {
      const found = root.querySelector(selector);
      if (found) return found;
    } catch {
      // Unparsable here: the next part may still match.
    }
  }
  return null;
}

/** Whether any element matches any selector of the list. */
export function queryExists(root: ParentNode, list: string): boolean {
  return queryFirst(root, list) !== null;
}

function tryQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}
