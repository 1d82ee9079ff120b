// Mounts a big view in stages, one per frame: stage 1 at once, each next stage after the previous
// one has been painted. React can slice a transition's render, but not its commit, nor the
// browser's style and layout of everything the commit inserted: a 1M-line result's page (totals,
// chart, two tables, filters) in one go held the main thread for about 50 ms. In stages, each
// commit and each frame's layout is a fraction of that; the whole page is there a few frames later.
import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` stages to show for `key` (a new key starts again at 1). Never more than
 * `total`, and `total` once every stage has been reached.
 */
export function useStages(key: unknown, total: number): number {
  const [shown, setShown] = useState<{ key: unknown; stages: number }>({ key, stages: 1 });
  const stages = shown.key === key ? Math.min(shown.stages, total) : 1;

  useEffect(() => {
    if (stages >= total) return;
    const next = () => startTransition(() => setShown({ key, stages: stages + 1 }));
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (document.hidden) {
      // A background tab paints nothing (and runs no animation frames): no frame to wait for.
      timer = setTimeout(next, 0);
    } else {
      // An animation frame callback runs just before the frame's style and layout; a timeout set
      // from it runs after that frame, so the stage just committed has been laid out and painted.
      frame = requestAnimationFrame(() => {
        timer = setTimeout(next, 0);
      });
    }
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [key, stages, total]);

  return stages;
}
