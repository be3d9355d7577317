/**
 * One writer per file (SAFETY.md): the window that opens a file first holds a Web Lock named
 * after it; another window of the app (same origin: other Electron windows, other tabs of the
 * browser build) that opens the same file finds the lock taken and opens it read-only. The
 * lock is released when the window opens something else or closes.
 */
let release: (() => void) | undefined;

/** Resolves to true when this window now holds the file, false when another window does. */
export async function holdFile(key: string): Promise<boolean> {
  releaseFile();
  if (!('locks' in navigator)) return true;
  return new Promise<boolean>((resolve) => {
    void navigator.locks.request(`archway-file:${key}`, { ifAvailable: true }, (lock) => {
      if (!lock) {
        resolve(false);
        return undefined;
      }
      resolve(true);
      // Held until released: the lock lives as long as this promise is pending.
      return new Promise<void>((done) => {
        release = done;
      });
    });
  });
}

export function releaseFile(): void {
  release?.();
  release = undefined;
}
