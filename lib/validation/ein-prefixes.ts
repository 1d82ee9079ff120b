// EIN prefixes (first two digits) the IRS assigns. Source: DOMAIN.md §3.1, from the IRS list
// "How EINs are assigned and valid EIN prefixes" as transcribed in python-stdnum `stdnum/us/ein.dat`.
// The IRS adds prefixes from time to time: adding one is a one-line change here, and an unknown prefix
// is only ever a warning, never an error.
//
// Not assigned (for reference): 00, 07, 08, 09, 17, 18, 19, 28, 29, 49, 69, 70, 78, 79, 89, 96, 97.
// Which campus issues which prefix is deliberately not recorded: DOMAIN.md does not give the mapping.

/** Inclusive ranges of assigned prefixes, as the IRS list reads. */
export const VALID_EIN_PREFIX_RANGES = Object.freeze([
  [1, 6],
  [10, 16],
  [20, 27],
  [30, 48],
  [50, 68],
  [71, 77],
  [80, 88],
  [90, 95],
  [98, 99],
] as const);

/** The same, expanded to two-digit strings ('01', '02', ...). */
export const VALID_EIN_PREFIXES: ReadonlySet<string> = new Set(
  VALID_EIN_PREFIX_RANGES.flatMap(([from, to]) =>
    Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(2, '0')),
  ),
);
