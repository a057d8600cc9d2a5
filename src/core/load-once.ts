/**
 * A module fetched on first use, once: every caller shares the one import. A failed import (offline,
 * a redeploy removed the chunk) is not kept, so the next call fetches afresh instead of failing for
 * the rest of the page's life.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
