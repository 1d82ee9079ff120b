// Node 20 lacks Map.groupBy and Object.groupBy (Node 21+), which Vitest 5's reporter calls when it
// prints failures. The project targets Node >= 20.19 (DEVELOPERS.md), so polyfill them here; the
// vitest configs import this file, which runs in Vitest's main process.
type GroupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;

if (typeof (Map as unknown as { groupBy?: GroupBy }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value: <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
      const out = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const list = out.get(k);
        if (list) list.push(item);
        else out.set(k, [item]);
      }
      return out;
    },
  });
}
if (typeof (Object as unknown as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    configurable: true,
    writable: true,
    value: <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) => {
      const out: Record<PropertyKey, T[]> = Object.create(null);
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        if (!out[k]) out[k] = [];
        out[k].push(item);
      }
      return out;
    },
  });
}
