import { ACTION_LABELS, ACTION_TYPES } from '@/lib/form5106/codes';
import { CheckGroup } from './Field';
import type { SectionProps } from './section-props';

export function SectionAction({ form, at, set }: SectionProps) {
  const isChange = form.typeOfAction.actions.some((a) => a !== 'notification');
  return (
    <CheckGroup
      path="typeOfAction.actions"
      label="Type of Action (check all that apply)"
      required
      issues={at('typeOfAction.actions')}
      value={form.typeOfAction.actions}
      options={ACTION_TYPES}
      labels={ACTION_LABELS}
      onChange={(v) => set('typeOfAction.actions', v)}
      hint={
        isChange
          ? 'With a continuous bond on file, a name or address change needs a bond rider (unless a CBP test such as eBond waives it).'
          : undefined
      }
    />
  );
}
