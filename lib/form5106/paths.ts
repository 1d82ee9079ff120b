// Read and immutably write a Form5106 value by its dot path ('section3.officers.0.ssn'): the editor
// binds every input by the same path the checks report issues on.
import type { Form5106 } from './schema';

type Tree = Record<string, unknown> | unknown[];

export function getAt(form: Form5106, path: string): unknown {
  let node: unknown = form;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export function setAt(form: Form5106, path: string, value: unknown): Form5106 {
  const keys = path.split('.');
  const write = (node: Tree, i: number): Tree => {
    const key = keys[i] as string;
    const copy: Tree = Array.isArray(node) ? [...node] : { ...node };
    const next =
      i === keys.length - 1 ? value : write(((copy as Record<string, unknown>)[key] ?? {}) as Tree, i + 1);
    (copy as Record<string, unknown>)[key] = next;
    return copy;
  };
  return write(form as unknown as Tree, 0) as unknown as Form5106;
}
