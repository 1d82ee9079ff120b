// The registration checklist, in order, from the guide the project started from, then the steps
// that matter for IEEPA refunds now (DOMAIN.md §1.3, §2.4, §4, §6.3). Data only: the panel renders it.
import type { PageId } from './pages';

export type ChecklistStep = {
  id: string;
  title: string;
  detail: string;
  /** Being on one of these pages shows the step is done; the panel offers to check it. */
  provedBy?: readonly PageId[];
  /** Why the page proves it, shown with the offer. */
  proofText?: string;
  group: 'registration' | 'refunds';
};

export const CHECKLIST: readonly ChecklistStep[] = [
  {
    id: 'create-portal-account',
    group: 'registration',
    title: 'Create an ACE portal account',
    detail:
      'Importers with a Form 5106 on file and no ACE account apply online at ace-accounts.cbp.gov/s/importer-form.',
    provedBy: ['portal-home', 'user-management', 'ach-refund', 'cape', 'reports'],
    proofText: 'You are signed in to the ACE portal, so the account exists.',
  },
  {
    id: 'choose-tao',
    group: 'registration',
    title: 'Choose the Trade Account Owner',
    detail:
      'The TAO is the person who manages user access for the company account; pick someone who will stay.',
    provedBy: ['user-management'],
    proofText: 'You can open user management, which only owners and proxies can.',
  },
  {
    id: 'account-holder-info',
    group: 'registration',
    title: 'Account holder information',
    detail: 'Name, title, company legal name, EIN and address, exactly as on the Form 5106 and IRS filings.',
  },
  {
    id: 'form-5106-current',
    group: 'registration',
    title: 'Form 5106 on file and current',
    detail:
      'It ties the importer-of-record identity to the EIN. Update it if anything changed in the last 12 months; the verification code goes to its email.',
  },
  {
    id: 'activation-email',
    group: 'registration',
    title: 'Activation email with the shared secret',
    detail: 'Usually 1 to 3 business days after approval, up to a week for complex setups.',
    provedBy: ['portal-home'],
    proofText: 'You are signed in, so the account was activated.',
  },
  {
    id: 'first-login-mfa',
    group: 'registration',
    title: 'First login and multi-factor authentication',
    detail:
      'Sign in at login.cbp.gov; CBP emails a security token. Sign in at least every 45 days or the account is deactivated.',
    provedBy: ['portal-home', 'user-management', 'ach-refund', 'cape', 'reports'],
    proofText: 'You are signed in to the ACE portal.',
  },
  {
    id: 'add-users',
    group: 'registration',
    title: 'Add users with scoped permissions',
    detail: 'AP staff, logistics, controller: each person gets their own login. Never share credentials.',
  },
  {
    id: 'ach-refund',
    group: 'refunds',
    title: 'ACH Refund Authorization',
    detail:
      'Add a refund bank account per importer number and suffix in the ACH Refund Authorization tab. ACH for payments does not count; refunds without it are rejected.',
  },
  {
    id: 'broker-access',
    group: 'refunds',
    title: "Link your broker's filer code and approve their access",
    detail: 'Give the broker user-level access scoped to protest and CAPE, not owner rights.',
  },
  {
    id: 'pull-reports',
    group: 'refunds',
    title: 'Pull ES-003 and ES-701',
    detail:
      'ES-003 Entry Summary Line Tariff Details with Liquidation Date and Liquidation Status added, for entry dates 2025-02-01 to 2026-02-23; ES-701 for liquidation notices.',
    provedBy: ['reports'],
    proofText: 'You opened ACE Reports.',
  },
  {
    id: 'file-cape-or-protest',
    group: 'refunds',
    title: 'File CAPE declarations or protests',
    detail:
      'Unliquidated entries and entries liquidated within 80 days go in a CAPE declaration; 81 to 180 days after liquidation, a protest.',
  },
] as const;

export const CHECKLIST_IDS = CHECKLIST.map((s) => s.id);

/** Steps this page proves done that are not yet checked. */
export function stepsProvedBy(page: PageId, done: ReadonlySet<string>): ChecklistStep[] {
  return CHECKLIST.filter((s) => s.provedBy?.includes(page) && !done.has(s.id));
}
