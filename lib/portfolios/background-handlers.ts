// Background handlers of the portfolio messages (lib/messaging/protocol.ts). The repository result
// becomes either the reply or an Error whose message the router passes to the page as it is.
import { todayIn } from '../deadlines/calendar-date';
import type { PortfolioRepo, SaveOutcome, SaveTarget } from './repo';
import type { PortfolioMeta } from './schema';

export type SavePortfolioRequest = { target: SaveTarget; asOf?: string; entries: unknown[] };

export async function savePortfolio(
  repo: PortfolioRepo,
  request: SavePortfolioRequest,
  today: () => string = () => todayIn(),
): Promise<SaveOutcome> {
  const saved = await repo.save({
    target: request.target,
    asOf: request.asOf ?? today(),
    entries: request.entries,
  });
  if (!saved.ok) throw new Error(saved.error);
  return saved.value;
}

export async function listPortfolios(repo: PortfolioRepo): Promise<{ portfolios: PortfolioMeta[] }> {
  const listed = await repo.list();
  if (!listed.ok) throw new Error(listed.error);
  return { portfolios: listed.value };
}
