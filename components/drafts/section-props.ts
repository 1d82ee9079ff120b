import type { Issue } from '@/lib/form5106/issues';
import type { Form5106 } from '@/lib/form5106/schema';

export type SectionProps = {
  form: Form5106;
  /** Issues at one path. */
  at: (path: string) => Issue[];
  set: (path: string, value: unknown) => void;
};
