/**
 * Records every network request the extension's own contexts make, so each end-to-end run can prove
 * the promise of the product: nothing leaves the browser. Three sources, one per kind of context:
 * - the service worker: Playwright reports its requests on the context, marked with the worker;
 * - extension pages (popup, options): any request from a chrome-extension:// document to another scheme;
 * - content scripts: they share the tab's network, so the DevTools protocol's initiator stack tells
 *   their requests apart from the page's own (a frame from a chrome-extension:// script).
 * Requests for the extension's own files (chrome-extension://…) are not network and are not recorded.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';

export interface ExtensionRequest {
  context: 'service-worker' | 'extension-page' | 'content-script';
  url: string;
}

interface CallFrame {
  url: string;
}
interface StackTrace {
  callFrames: CallFrame[];
  parent?: StackTrace;
}
interface RequestWillBeSent {
  documentURL: string;
  request: { url: string };
  initiator: { type: string; url?: string; stack?: StackTrace };
}

const OWN = 'chrome-extension://';

function framesOf(stack: StackTrace | undefined): CallFrame[] {
  const frames: CallFrame[] = [];
  for (let s = stack; s; s = s.parent) frames.push(...s.callFrames);
  return frames;
}

/** True when an extension script started the request: its own URL, or a frame of its stack, is ours. */
export function initiatedByExtension(event: RequestWillBeSent): boolean {
  if (event.documentURL.startsWith(OWN)) return true;
  if (event.initiator.url?.startsWith(OWN)) return true;
  return framesOf(event.initiator.stack).some((f) => f.url.startsWith(OWN));
}

export interface NetworkRecorder {
  /** Requests the extension made so far. */
  readonly requests: readonly ExtensionRequest[];
  /** Resolves once every page opened so far is being watched. */
  settled(): Promise<void>;
  /** Returns the requests recorded so far and forgets them (for the recorder's own self-test). */
  take(): ExtensionRequest[];
}

export function recordExtensionNetwork(context: BrowserContext): NetworkRecorder {
  const requests: ExtensionRequest[] = [];
  const watching: Promise<void>[] = [];

  context.on('request', (request: Request) => {
    // Only our worker: pages register service workers of their own, and their traffic is theirs.
    const worker = request.serviceWorker();
    if (worker?.url().startsWith(OWN) && !request.url().startsWith(OWN))
      requests.push({ context: 'service-worker', url: request.url() });
  });

  const watch = async (page: Page): Promise<void> => {
    try {
      const cdp = await context.newCDPSession(page);
      cdp.on('Network.requestWillBeSent', (event: RequestWillBeSent) => {
        if (event.request.url.startsWith(OWN) || !initiatedByExtension(event)) return;
        requests.push({
          context: event.documentURL.startsWith(OWN) ? 'extension-page' : 'content-script',
          url: event.request.url,
        });
      });
      await cdp.send('Network.enable');
    } catch {
      // A page closed before the session attached made no request worth recording.
    }
  };
  for (const page of context.pages()) watching.push(watch(page));
  context.on('page', (page) => watching.push(watch(page)));

  return {
    requests,
    settled: async () => {
      await Promise.all(watching);
    },
    take: () => requests.splice(0),
  };
}
