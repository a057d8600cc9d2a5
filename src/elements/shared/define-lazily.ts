/**
 * Registering an element whose module loads on first use: the step templates (step-elements.ts)
 * and the provider buttons, so each costs the first load nothing.
 */
export type Loader = () => Promise<CustomElementConstructor>;

const loading = new Map<string, Promise<void>>();

/**
 * Loads and registers the element for `tag` (once; a tag another copy of the kit defined is left
 * alone). A failed load is forgotten, so the next time tries again.
 */
export function defineLazily(tag: string, loader: Loader): Promise<void> {
  if (customElements.get(tag)) return Promise.resolve();
  let load = loading.get(tag);
  if (!load) {
    load = loader().then((element) => {
      if (!customElements.get(tag)) customElements.define(tag, element);
    });
    load.catch(() => loading.delete(tag));
    loading.set(tag, load);
  }
  return load;
}

