/** Walking the object graph a page can reach, to show a secret is not in it (docs/architecture.md §8). */

/** The paths from `roots` to strings containing `needle`, walking at most `maxDepth` levels. */
export function pathsTo(roots: Record<string, unknown>, needle: string, maxDepth = 14): string[] {
  const seen = new WeakSet<object>();
  const found: string[] = [];
  const visit = (value: unknown, path: string, depth: number): void => {
    if (typeof value === 'string') {
      if (value.includes(needle)) found.push(path);
      return;
    }
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return;
    if (seen.has(value) || depth > maxDepth || value === globalThis) return;
    seen.add(value);
    // Other DOM nodes are the page's, not the kit's objects (and the walk stays bounded).
    if (depth > 0 && value instanceof Node) return;
    if (value instanceof Map) {
      for (const [key, item] of value) {
        visit(key, `${path}<key>`, depth + 1);
        visit(item, `${path}.get(${String(key)})`, depth + 1);
      }
    } else if (value instanceof Set) {
      for (const item of value) visit(item, `${path}<item>`, depth + 1);
    }
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (!descriptor) continue;
      let child: unknown = descriptor.value;
      if (descriptor.get) {
        try {
          child = descriptor.get.call(value);
        } catch {
          continue;
        }
      }
      visit(child, `${path}.${String(key)}`, depth + 1);
    }
  };
  for (const [name, root] of Object.entries(roots)) visit(root, name, 0);
  return found;
}
