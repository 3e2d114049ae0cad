/**
 * Main-thread cost from a Chromium trace: the top-level tasks of the page's renderer main thread
 * between two of the extension's User Timing marks. On the synthetic bench page no page script runs,
 * so after the detector's mark every main-thread task is ours (scripts, style, layout, paint).
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { navigationId?: string; url?: string } };
}

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'toplevel',
];

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    categories: TRACE_CATEGORIES.join(','),
    transferMode: 'ReturnAsStream',
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) => {
    cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream as string));
  });
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

export interface MainThreadCost {
  /** Sum of top-level task time inside the window, in ms. */
  busyMs: number;
  /** The longest top-level task overlapping the window, in ms. */
  longestTaskMs: number;
  /** What the longest task mostly did: its longest inner event ("UpdateLayoutTree", a script's URL…). */
  longestTaskWhat: string;
}

/** Finds a User Timing entry (mark or measure) by name: its thread and its start/end in trace µs. */
export function userTiming(
  events: TraceEvent[],
  name: string,
): { pid: number; tid: number; start: number; end: number }[] {
  const begins = events.filter((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const out: { pid: number; tid: number; start: number; end: number }[] = [];
  for (const e of begins) {
    if (e.ph === 'b') {
      const end = events.find((x) => x.name === name && x.ph === 'e' && x.ts >= e.ts && x.pid === e.pid);
      out.push({ pid: e.pid, tid: e.tid, start: e.ts, end: end?.ts ?? e.ts });
    } else if (e.ph === 'X' || e.ph === 'R' || e.ph === 'I' || e.ph === 'n') {
      out.push({ pid: e.pid, tid: e.tid, start: e.ts, end: e.ts + (e.dur ?? 0) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Time spent evaluating (compiling and running the top level of) the scripts whose file names `names`
 * holds, starting inside [from, to] (trace µs) in process `pid`, in ms.
 */
export function scriptEvaluationMs(
  events: TraceEvent[],
  pid: number,
  from: number,
  to: number,
  names: (file: string) => boolean,
): number {
  let total = 0;
  for (const e of events) {
    if (e.pid !== pid || e.name !== 'EvaluateScript' || e.ph !== 'X' || !e.dur) continue;
    if (e.ts < from || e.ts > to) continue;
    const file = (e.args?.data?.url ?? '').split('/').pop() ?? '';
    if (names(file)) total += e.dur;
  }
  return total / 1000;
}

/** Top-level tasks of the renderer main thread `pid`, overlapping [from, to] (trace µs). */
export function mainThreadCost(events: TraceEvent[], pid: number, from: number, to: number): MainThreadCost {
  const main = events.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.pid === pid &&
      (e.args as { name?: string })?.name === 'CrRendererMain',
  );
  const tid = main?.tid;
  let busy = 0;
  let longest: TraceEvent | null = null;
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.ph !== 'X' || e.name !== 'RunTask' || !e.dur) continue;
    const start = Math.max(e.ts, from);
    const end = Math.min(e.ts + e.dur, to);
    if (end <= start) continue;
    busy += end - start;
    if (!longest || e.dur > (longest.dur ?? 0)) longest = e;
  }
  return {
    busyMs: busy / 1000,
    longestTaskMs: (longest?.dur ?? 0) / 1000,
    longestTaskWhat: longest ? dominantEvent(events, longest) : 'none',
  };
}

/** Names the longest event nested in `task` (not a scheduler wrapper), with the script it ran, if any. */
function dominantEvent(events: TraceEvent[], task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  let best: TraceEvent | null = null;
  for (const e of events) {
    if (e === task || e.pid !== task.pid || e.tid !== task.tid || e.ph !== 'X' || !e.dur) continue;
    if (e.ts < task.ts || e.ts + e.dur > end || WRAPPERS.has(e.name)) continue;
    if (!best || e.dur > (best.dur ?? 0)) best = e;
  }
  if (!best) return 'RunTask';
  const url = best.args?.data?.url;
  return url ? `${best.name}(${url.split('/').pop()})` : best.name;
}

/** Events that only wrap the real work of a task. */
const WRAPPERS = new Set(['ThreadControllerImpl::RunTask', 'Receive mojo message', 'RunTask']);
