// Schemas of the content-script path are built on first use, not when the module loads: building
// zod objects (and compiling zod's code the first time) at load time made the content script's
// evaluation one long task on every ACE page (bench:page). First use comes later, in the task that
// handles a storage or message reply.

/** A memoised factory: `make` runs once, on the first call. */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
