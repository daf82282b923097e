// Where a run's Node time went: the bundle's own code (what Apps Script's V8 would run) or the local
// runtime's emulation of the services (whose Apps Script time the latency model charges instead). Read from a
// sampling CPU profile taken around the run (node:inspector, synchronous on the main thread).
import { Session } from 'node:inspector';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Node milliseconds of a run: the bundle's (with its share of the garbage collector's) and the rest. */
export interface ComputeSplit {
  readonly bundleMs: number;
  /** Of bundleMs, the garbage collector's share (the bench's own large heap makes each collection dearer). */
  readonly bundleGcMs: number;
  readonly otherMs: number;
  /** The bundle's functions by the time spent in them and the built-ins they call, most first. */
  readonly hottest: readonly { readonly name: string; readonly ms: number }[];
}

/** The vm filename the runtime loads the bundle under (src/local/emulator/runtime.ts load). */
const BUNDLE_FILE = 'Code.js';

const session = new Session();
session.connect();

function post<T>(method: string, params: object = {}): T {
  let result: T | undefined;
  let failure: Error | null = null;
  session.post(method, params, (error, value) => {
    failure = error;
    result = value as T;
  });
  if (failure) throw failure;
  if (result === undefined) throw new Error(`inspector ${method} answered later than expected`);
  return result;
}

function stop(): Profile {
  const { profile } = post<{ profile: Profile }>('Profiler.stop');
  post('Profiler.disable');
  return profile;
}

/** Runs `work` under the sampling profiler (a sample every 0.5 ms) and splits its time. */
export function profiled<T>(work: () => T): { value: T; split: ComputeSplit } {
  post('Profiler.enable');
  post('Profiler.setSamplingInterval', { interval: 500 });
  post('Profiler.start');
  try {
    const value = work();
    return { value, split: splitOf(stop()) };
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * Each sample goes to the nearest frame on its stack that belongs to a script: the bundle's when that is
 * Code.js (a built-in it calls counts as the bundle's), the rest otherwise. The garbage collector's samples
 * have no stack: they are shared in proportion.
 */
function splitOf(profile: Profile): ComputeSplit {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  type Owner = { readonly kind: 'bundle' | 'other' | 'gc'; readonly name: string };
  const owner = new Map<number, Owner>();
  const ownerOf = (id: number): Owner => {
    const known = owner.get(id);
    if (known) return known;
    const { callFrame } = byId.get(id)!;
    let found: Owner;
    if (callFrame.functionName === '(garbage collector)') found = { kind: 'gc', name: '' };
    else if (callFrame.url !== '')
      found = {
        kind: callFrame.url.endsWith(BUNDLE_FILE) ? 'bundle' : 'other',
        name: callFrame.functionName || `(anonymous) ${BUNDLE_FILE}:${callFrame.lineNumber + 1}`,
      };
    else found = parent.has(id) ? ownerOf(parent.get(id)!) : { kind: 'other', name: '' };
    owner.set(id, found);
    return found;
  };
  const ms = { bundle: 0, other: 0, gc: 0 };
  const byName = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const { kind, name } = ownerOf(id);
    const sample = (profile.timeDeltas[i] ?? 0) / 1000;
    ms[kind] += sample;
    if (kind === 'bundle') byName.set(name, (byName.get(name) ?? 0) + sample);
  });
  const scripted = ms.bundle + ms.other;
  const bundleShare = scripted > 0 ? ms.bundle / scripted : 0;
  const hottest = [...byName].sort(([, a], [, b]) => b - a).map(([name, t]) => ({ name, ms: t }));
  return { bundleMs: ms.bundle + ms.gc * bundleShare, bundleGcMs: ms.gc * bundleShare, otherMs: ms.other + ms.gc * (1 - bundleShare), hottest };
}
