import {ContentError} from './content-error.js';
import {parseHttpUrl, reportableUrl} from './http-url.js';
import {ownOptions} from '../own-options.js';

export interface FetchLimits {
  /** Milliseconds before the request is abandoned. */
  readonly timeoutMs: number;
  /** Largest body accepted, in bytes. */
  readonly maxBytes: number;
  /** Aborts the request, e.g. when `src` changes. An aborted load reports nothing. */
  readonly signal: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 8000;
const MAX_TIMEOUT_MS = 60000;
export const MAX_BUNDLE_BYTES = 512 * 1024;

/** The `timeout` attribute as a usable number: anything not a positive number means the default; at most a minute. */
export const clampTimeout = (timeout: unknown): number =>
  typeof timeout === 'number' && timeout > 0 ? Math.min(timeout, MAX_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;

/**
 * Resolves `src` against the page and accepts only http(s) without credentials: no `javascript:`,
 * `data:` or `file:`. The message does not repeat `src`, which may carry tokens.
 */
export function httpUrl(src: string): URL {
  const url = parseHttpUrl(src, document.baseURI);
  if (!url) throw new ContentError({reason: 'invalid-url', message: 'src is not an http(s) URL without user name or password'});
  return url;
}

async function readCapped(response: Response, maxBytes: number, src: string): Promise<string> {
  const tooLarge = () =>
    new ContentError({reason: 'too-large', message: `the bundle is larger than ${maxBytes} bytes`, src});
  if (Number(response.headers.get('content-length')) > maxBytes) throw tooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(body);
}

/**
 * A signal that aborts when either does. `AbortSignal.any` is missing from browsers the widget
 * still serves (Safari before 17.4, early 2024), where it would fail every partner bundle.
 */
function eitherSignal(first: AbortSignal, second: AbortSignal): AbortSignal {
  if ('any' in AbortSignal) return AbortSignal.any([first, second]);
  const either = new AbortController();
  for (const signal of [first, second]) {
    if (signal.aborted) either.abort(signal.reason);
    else signal.addEventListener('abort', () => either.abort(signal.reason), ownOptions({once: true}));
  }
  return either.signal;
}

/**
 * Fetches a partner's bundle as untrusted JSON: no cookies or credentials, no referrer,
 * a timeout and a size cap. Every failure becomes a `ContentError` with a stable reason.
 */
export async function fetchBundleJson(url: URL, limits: FetchLimits): Promise<unknown> {
  const src = reportableUrl(url);
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = eitherSignal(limits.signal, timeout);
  let text: string;
  try {
    // Every option that changes the request is stated, in a bag with nothing to inherit: a page
    // that sets Object.prototype.method or .mode must not turn this into a POST or an opaque answer.
    const init = ownOptions<RequestInit>({
      method: 'GET',
      mode: 'cors',
      credentials: 'omit',
      cache: 'default',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      signal,
      headers: ownOptions({accept: 'application/json'}),
    });
    const response = await fetch(url, init);
    if (!response.ok)
      throw new ContentError({reason: 'http-status', message: `the server answered ${response.status}`, src, status: response.status});
    text = await readCapped(response, limits.maxBytes, src);
  } catch (error) {
    if (error instanceof ContentError || limits.signal.aborted) throw error;
    if (timeout.aborted)
      throw new ContentError({reason: 'timeout', message: `no complete answer within ${limits.timeoutMs} ms`, src});
    throw new ContentError({reason: 'network', message: `the request failed (${String(error)})`, src});
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ContentError({reason: 'not-json', message: 'the response is not JSON', src});
  }
}
