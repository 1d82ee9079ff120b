// Finds form fields on pages whose markup we have never seen: by accessible name first, then by
// name/id/autocomplete hints, inside open shadow roots (ace-accounts.cbp.gov is a Salesforce
// Experience site built from Lightning web components) and same-origin iframes.
// Password fields are never returned: not read, not annotated, not filled.
import { classifyField, type FieldRule } from '../field-rules';

export type FieldElement = HTMLInputElement | HTMLTextAreaElement;
export type FoundField = { el: FieldElement; rule: FieldRule; accessibleName: string };

/** Input types that hold text we can check. Everything else (password included) is left alone. */
const TEXT_TYPES = ['', 'text', 'email', 'tel', 'number', 'search', 'url'];

/**
 * An <input> we may check: a text type, and not one that says it holds a password or a one-time
 * code whatever its type. A selector, so the browser decides it in one call from our world, not
 * two attribute reads.
 */
const CHECKABLE_INPUT = `input:is(:not([type]), ${TEXT_TYPES.map((t) => `[type="${t}" i]`).join(', ')}):not([autocomplete*="password" i], [autocomplete~="one-time-code" i])`;

// Tag names, not instanceof: elements from same-origin iframes belong to another realm.
export function isCheckableField(el: Element): el is FieldElement {
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && el.matches(CHECKABLE_INPUT);
}

/**
 * The only elements attachShadow() accepts (DOM standard, "valid shadow host name"): custom
 * elements (names with a hyphen) and these. Asking any other element for its shadow root is a
 * wasted call from our world; forms are mostly inputs, labels and options.
 */
const SHADOW_HOST_TAGS = new Set(
  'ARTICLE ASIDE BLOCKQUOTE BODY DIV FOOTER H1 H2 H3 H4 H5 H6 HEADER MAIN NAV P SECTION SPAN'.split(' '),
);

/** The element's open shadow root, unless it is one of ours (our overlay and hints hold inputs too). */
function pageShadowRoot(el: Element, tag: string): ShadowRoot | null {
  if (!tag.includes('-')) return SHADOW_HOST_TAGS.has(tag) ? el.shadowRoot : null;
  return tag.startsWith('ACE-ASSIST-') ? null : el.shadowRoot;
}

/**
 * Told of every custom element met without a shadow root (not ours), with its tag name and root
 * node (document or shadow root): the shared observer decides whether it waits for it to be
 * defined (see watchUpgrade). The walk knows both for free, so a page of thousands of component
 * tags (Angular) costs a map lookup per element, not calls into the page.
 */
export type BareHost = (el: Element, tag: string, root: Node) => void;

/**
 * The element's open shadow root to walk next (not ours), or null; a custom element without one
 * (a hyphenated tag, not ours) goes to `onBareHost`, as it may get one later.
 */
function shadowToWalk(el: Element, tag: string, root: Node, onBareHost?: BareHost): ShadowRoot | null {
  const shadow = pageShadowRoot(el, tag);
  if (!shadow && onBareHost && tag.includes('-') && !tag.startsWith('ACE-ASSIST-')) onBareHost(el, tag, root);
  return shadow;
}

function textOf(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function byIdInRoot(root: Node, id: string): Element | null {
  const r = root as Document | ShadowRoot;
  return typeof r.getElementById === 'function' ? r.getElementById(id) : null;
}

/**
 * Finds label[for=id] in the field's root (document or shadow root). One lookup per field would be
 * O(fields x labels): index a whole root once.
 */
export type LabelLookup = (field: Element, id: string) => Element | null;

export function createLabelLookup(container?: Container): LabelLookup {
  const indexes = new Map<Node, Map<string, Element>>();
  const small = container && container.nodeType === Node.ELEMENT_NODE ? (container as Element) : null;
  return (field, id) => {
    const root = field.getRootNode();
    // An added subtree (an SPA row) usually carries its own labels: look there first, it is small.
    // A field in a shadow root (a Lightning component's) is labelled inside that root: indexed below.
    if (small && root.nodeType === Node.DOCUMENT_NODE) {
      // Not querySelector(`label[for="${id}"]`): a new selector string per field is parsed anew
      // each time (the browser caches selectors by text), several times the cost of this loop.
      const labels = small.querySelectorAll('label[for]');
      for (let i = 0; i < labels.length; i++) {
        const label = labels[i] as Element;
        if (label.getAttribute('for') === id) return label;
      }
      return (root as Document).querySelector(`label[for="${CSS.escape(id)}"]`);
    }
    let index = indexes.get(root);
    if (!index) {
      index = new Map();
      for (const label of (root as Document | ShadowRoot).querySelectorAll?.('label[for]') ?? []) {
        const f = label.getAttribute('for');
        if (f && !index.has(f)) index.set(f, label);
      }
      indexes.set(root, index);
    }
    return index.get(id) ?? null;
  };
}

/**
 * Accessible name, simplified from accname (labelledby, aria-label, label[for], wrapping label,
 * preceding <label>, placeholder, title), and whether it came from a label the page made for the
 * field (`labelled`) or only from a placeholder or title (a hint of the format, often an example).
 */
export function nameOf(
  el: FieldElement,
  labelFor: LabelLookup = createLabelLookup(),
): { name: string; labelled: boolean } {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode();
    const text = labelledBy
      .split(/\s+/)
      .map((id) => textOf(byIdInRoot(root, id)))
      .filter(Boolean)
      .join(' ');
    if (text) return { name: text, labelled: true };
  }
  const aria = el.getAttribute('aria-label')?.trim();
  if (aria) return { name: aria, labelled: true };
  if (el.id) {
    const label = labelFor(el, el.id);
    if (label) return { name: textOf(label), labelled: true };
  }
  const wrapping = el.closest('label');
  if (wrapping) return { name: textOf(wrapping), labelled: true };
  // Lightning-style components: the label sits in the host's shadow root next to the input's
  // container; also accept a preceding sibling <label> without `for`.
  const prev = el.previousElementSibling;
  if (prev?.tagName === 'LABEL' && !prev.hasAttribute('for')) return { name: textOf(prev), labelled: true };
  const weak = el.getAttribute('placeholder')?.trim() || el.getAttribute('title')?.trim() || '';
  return { name: weak, labelled: false };
}

export function accessibleName(el: FieldElement, labelFor?: LabelLookup): string {
  return nameOf(el, labelFor).name;
}

/** Elements that can hold a visual label: a cell, a term, a bit of text. Not headings or legends. */
const LABEL_LIKE = new Set([
  'TH',
  'TD',
  'DT',
  'DIV',
  'SPAN',
  'LABEL',
  'B',
  'STRONG',
  'EM',
  'I',
  'FONT',
  'SMALL',
]);
/** What a visual label may contain besides text: inline formatting, a required marker. */
const INLINE = new Set(['B', 'STRONG', 'EM', 'I', 'SPAN', 'ABBR', 'FONT', 'SMALL', 'SUP', 'SUB', 'U', 'BR']);
/** The containers a field's visual label is looked for in: not past a row, a list, a section. */
const CELLS = new Set(['TD', 'TH', 'DD', 'LI']);
const BOUNDARIES = new Set([
  'FORM',
  'FIELDSET',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'BODY',
  'TR',
  'TABLE',
  'TBODY',
  'UL',
  'OL',
  'DL',
]);

/** The previous element sibling, our hints skipped (they sit right after every recognised field). */
function previousOf(el: Element): Element | null {
  let prev = el.previousElementSibling;
  while (prev?.tagName === 'ACE-ASSIST-HINT') prev = prev.previousElementSibling;
  return prev;
}

/** Form controls and what acts as one (ARIA widgets, editable regions). */
const CONTROLS =
  'input, select, textarea, button, [contenteditable], [role="radio"], [role="checkbox"], [role="combobox"], [role="textbox"], [role="listbox"], [role="switch"], [role="spinbutton"], [role="slider"], [role="radiogroup"]';

/** A control itself (custom elements count: they are often widgets with their own shadow DOM). */
function isControl(el: Element): boolean {
  return el.tagName.includes('-') || el.matches(CONTROLS);
}

/**
 * Text right after another field is that field's label ("[field] ZIP [field]"), or a message
 * about it ("[field] Email is required"): ambiguous, so not taken. Table rows that alternate label
 * and field cells are the exception: a cell after a field's cell is the next field's label cell.
 */
function followsControl(el: Element): boolean {
  const before = previousOf(el);
  if (!before) return false;
  if (isControl(before)) return true;
  return el.tagName !== 'TD' && el.tagName !== 'TH' && before.querySelector(CONTROLS) !== null;
}

/** The text of `el` if it looks like a field's visual label, else null. */
function visualLabel(el: Element): string | null {
  if (!LABEL_LIKE.has(el.tagName) || el.hasAttribute('role')) return null;
  // A <label for> belongs to the control it names.
  if (el.tagName === 'LABEL' && el.hasAttribute('for')) return null;
  // Only text and inline formatting, and no control anywhere inside: a box of cells, widgets or
  // radio buttons is not one label.
  for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling)
    if (!INLINE.has(c.tagName)) return null;
  if (el.firstElementChild !== null && el.querySelector(CONTROLS) !== null) return null;
  if (followsControl(el)) return null;
  const text = textOf(el);
  return text && text.length <= 60 ? text : null;
}

/**
 * The header cell above a body cell, when the table has one header row of plain cells: columns
 * counted with colspans; a header with cells spanning rows is not read (too easy to misalign).
 */
function columnHeader(cell: Element): string | null {
  const row = cell.parentElement as HTMLTableRowElement | null;
  if (cell.tagName !== 'TD' || row?.parentElement?.tagName !== 'TBODY') return null;
  const head = row.closest('table')?.tHead;
  if (!head || head.rows.length === 0) return null;
  for (const r of head.rows) for (const c of r.cells) if (c.rowSpan > 1) return null;
  let column = 0;
  for (let c = cell.previousElementSibling; c !== null; c = c.previousElementSibling)
    column += (c as HTMLTableCellElement).colSpan || 1;
  const headRow = head.rows[head.rows.length - 1] as HTMLTableRowElement;
  let x = 0;
  for (const th of headRow.cells) {
    if (x === column)
      return th.colSpan === 1 && (cell as HTMLTableCellElement).colSpan === 1 ? visualLabel(th) : null;
    x += th.colSpan || 1;
    if (x > column) return null;
  }
  return null;
}

/**
 * The text shown just before a field that has no label of its own (legacy and hand-made forms
 * label some fields only visually): the element before it, or before its container when the field
 * is the first thing there (a cell after a header cell, a <dd> after its <dt>), or the column's
 * header cell; never past a row, list or section, never a heading or legend, never text that sits
 * right after another field.
 */
export function nearbyText(el: Element): string {
  let node: Element = el;
  for (let depth = 0; depth < 3; depth++) {
    const prev = previousOf(node);
    // A cell: a label cell before it in the row, else its column's header cell.
    if (CELLS.has(node.tagName)) return (prev && visualLabel(prev)) || columnHeader(node) || '';
    if (prev) return visualLabel(prev) ?? '';
    const parent = node.parentElement;
    if (!parent || BOUNDARIES.has(parent.tagName)) return '';
    // A container of several fields (a row of them): text before it is not this field's.
    if (parent.querySelectorAll(CONTROLS).length > 1) return '';
    node = parent;
  }
  return '';
}

function hintsOf(el: FieldElement): string[] {
  return [el.getAttribute('name'), el.id, el.getAttribute('autocomplete')].filter((v): v is string => !!v);
}

export type Container = Document | ShadowRoot | Element;

/** A field candidate waiting to be classified, with the label index of the scan that found it. */
export type Candidate = { el: FieldElement; labelFor: LabelLookup };

/**
 * The text fields below `start`, not yet classified: one walk over `start`, its open shadow roots
 * and same-origin frames, in time slices (resumable), so the first scan of a page with thousands of
 * elements never becomes one long task; callers classify the candidates in slices too. `step(deadline)` walks until `performance.now()` passes the deadline and returns true once
 * the walk is complete. Fields found go to `found`; containers met go to `onContainer`.
 */
export class CandidateWalk {
  private readonly stack: Container[];
  private walker: TreeWalker | null = null;
  private root: Container | null = null;
  /** The document or shadow root the current container is in. */
  private rootNode: Node | null = null;
  private readonly labelFor: LabelLookup;

  constructor(
    start: Container,
    private readonly opts: {
      /** Fields found before: they go to `known` (a field the page moved needs its hint moved). */
      skip?: WeakSet<Element>;
      found: (c: Candidate) => void;
      known?: (el: FieldElement) => void;
      onContainer?: (container: Container) => void;
      /** Every iframe met (same-origin or not): the caller may watch it for documents to come. */
      onFrame?: (frame: HTMLIFrameElement) => void;
      /**
       * Custom elements met without a shadow root: if the page defines them later, the shadow root
       * they attach on upgrade appears without any mutation record (see BareHost).
       */
      onBareHost?: BareHost;
    },
  ) {
    this.stack = [start];
    this.labelFor = createLabelLookup(start);
  }

  step(deadline: number): boolean {
    let n = 0;
    for (;;) {
      let walker = this.walker;
      if (walker === null) {
        const node = this.stack.pop();
        if (node === undefined) return true;
        // Removed before we got to it (walks run in slices): found again if the page puts it back.
        if (!node.isConnected) continue;
        this.opts.onContainer?.(node);
        const doc =
          node.nodeType === Node.DOCUMENT_NODE ? (node as Document) : (node.ownerDocument ?? document);
        walker = doc.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
        this.walker = walker;
        this.root = node;
        this.rootNode = node.nodeType === Node.ELEMENT_NODE ? node.getRootNode() : node;
        if (node.nodeType === Node.ELEMENT_NODE) this.visit(node as Element);
      } else if (!this.root?.isConnected) {
        // The page removed the whole container meanwhile: nothing left to find in it.
        this.walker = null;
        continue;
      } else if (!walker.currentNode.isConnected || !walker.root.contains(walker.currentNode)) {
        // The page removed the node we stopped at (an SPA swapped its view), or moved it out of
        // this container (from there the walker would go on through the rest of the page): walk
        // this root again (elements already found are skipped).
        walker.currentNode = walker.root;
      }
      const el = walker.nextNode() as Element | null;
      if (el === null) {
        this.walker = null;
        continue;
      }
      this.visit(el);
      if ((++n & 127) === 0 && performance.now() >= deadline) return false;
    }
  }

  private visit(el: Element): void {
    const tag = el.tagName;
    const shadow = shadowToWalk(el, tag, this.rootNode as Node, this.opts.onBareHost);
    if (shadow) this.stack.push(shadow);
    if (tag === 'IFRAME') {
      this.opts.onFrame?.(el as HTMLIFrameElement);
      try {
        const inner = (el as HTMLIFrameElement).contentDocument;
        if (inner) this.stack.push(inner);
      } catch {
        // Cross-origin frame: not ours to read.
      }
    } else if (tag === 'INPUT' || tag === 'TEXTAREA') {
      if (this.opts.skip?.has(el)) this.opts.known?.(el as FieldElement);
      else if (isCheckableField(el)) this.opts.found({ el, labelFor: this.labelFor });
    }
  }
}

/**
 * Elements matching `selector` in `start` and the open shadow roots below it (not ours), `start`
 * itself included when it is an element, in document order. Page detection reads headings with
 * it: Lightning-built pages keep theirs in shadow roots. Walks at most `budget` elements looking
 * for shadow roots (the matching itself is native); `complete` is false when the budget ran out.
 * `onRoot` gets each shadow root met, so the caller can observe it; `onBareHost` each custom
 * element without a shadow root (one may come later).
 */
export function queryComposed(
  start: Document | Element,
  selector: string,
  opts: {
    budget?: number;
    onRoot?: (root: ShadowRoot) => void;
    onBareHost?: BareHost;
  } = {},
): { found: Element[]; complete: boolean; visited: number } {
  const found: Element[] = [];
  const budget = opts.budget ?? 20_000;
  let left = budget;
  const doc = start.nodeType === Node.DOCUMENT_NODE ? (start as Document) : (start.ownerDocument ?? document);
  const visit = (el: Element, into: ShadowRoot[], root: Node) => {
    const shadow = shadowToWalk(el, el.tagName, root, opts.onBareHost);
    if (shadow) into.push(shadow);
  };
  // Depth first, each container's shadow roots pushed in reverse: popped in document order, so a
  // budget cut drops the end of the page, not the top (where a view's heading is).
  const stack: (Document | Element | ShadowRoot)[] = [start];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const roots: ShadowRoot[] = [];
    const rootNode = node.nodeType === Node.ELEMENT_NODE ? node.getRootNode() : node;
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (el.matches(selector)) found.push(el);
      visit(el, roots, rootNode);
    } else if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) opts.onRoot?.(node as ShadowRoot);
    for (const el of node.querySelectorAll(selector)) found.push(el);
    const walker = doc.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
    for (
      let el = walker.nextNode() as Element | null;
      el !== null;
      el = walker.nextNode() as Element | null
    ) {
      if (--left < 0) {
        // Cut short: the shadow roots met so far are still searched (natively, not walked).
        for (const root of roots) {
          opts.onRoot?.(root);
          for (const inner of root.querySelectorAll(selector)) found.push(inner);
        }
        return { found, complete: false, visited: budget };
      }
      visit(el, roots, rootNode);
    }
    for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i] as ShadowRoot);
  }
  return { found, complete: true, visited: budget - left };
}

/**
 * Visits the fields (INPUT, TEXTAREA) and our hints in a subtree the page removed, open shadow
 * roots included, so the caller can drop what it tracked there at a cost set by what the page
 * removed, not by how many fields it tracks. Returns true when the subtree held an iframe: the
 * fields of a removed frame's document cannot be reached from here, the caller must look for them.
 */
const REMOVED_PARTS = 'input, textarea, ace-assist-hint, iframe';

export function visitRemoved(
  root: Element,
  visit: (el: Element) => void,
  /** False when no open shadow root has been met on this page: one native query then does. */
  shadows = true,
): boolean {
  let frame = false;
  const stack: Node[] = [];
  const take = (el: Element) => {
    const tag = el.tagName;
    if (tag === 'IFRAME') frame = true;
    else if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'ACE-ASSIST-HINT') visit(el);
    if (shadows) {
      const shadow = pageShadowRoot(el, tag);
      if (shadow) stack.push(shadow);
    }
  };
  take(root);
  // A leaf (a hint, a text-only element): nothing below it.
  if (root.firstElementChild === null && stack.length === 0) return frame;
  if (!shadows) {
    for (const el of root.querySelectorAll(REMOVED_PARTS)) take(el);
    return frame;
  }
  stack.push(root);
  const doc = root.ownerDocument;
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const walker = doc.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.nextNode() as Element | null; el !== null; el = walker.nextNode() as Element | null)
      take(el);
  }
  return frame;
}

/** Which rule (kind, fill key) a candidate matches, or null: the field is not one we know. */
export function classifyCandidate({ el, labelFor }: Candidate): FoundField | null {
  const { name, labelled } = nameOf(el, labelFor);
  const rule = classifyField({
    accessibleName: name,
    hints: () => hintsOf(el),
    // Text beside the field only when the page gave it no label: a label always says more.
    nearbyText: labelled ? undefined : () => nearbyText(el),
  });
  return rule ? { el, rule, accessibleName: name } : null;
}
