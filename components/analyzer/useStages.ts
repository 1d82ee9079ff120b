// Mounts a big view in stages, one per frame: stage 1 at once, each next stage after the previous
// one has been painted. React can slice a transition's render, but not its commit, nor the
// browser's style and layout of everything the commit inserted: with a 1M-line result's page
// (totals, chart, filters, two tables) mounted in one go, the frame after the commit took 45-60 ms
// on this project's 2-core machine, mostly layout. In stages, each commit and each frame's layout
// is a fraction of that (10-20 ms); the whole page is there a few frames (~70 ms) later.
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
