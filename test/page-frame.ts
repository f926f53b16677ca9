/** Loads a page in an iframe and resolves once `ready(window)` is true (or rejects after `timeoutMs`). */
export async function loadFrame(
  src: string,
  ready: (win: Window & typeof globalThis) => boolean,
  timeoutMs = 5000
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = src;
  document.body.append(frame);
  const start = performance.now();
  for (;;) {
    const win = frame.contentWindow as (Window & typeof globalThis) | null;
    try {
      if (win && win.location.href !== 'about:blank' && win.document.readyState === 'complete' && ready(win)) return frame;
    } catch {
      // not ready yet
    }
    if (performance.now() - start > timeoutMs) throw new Error(`${src} did not become ready within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
