export const milestonePercents = [25, 50, 75, 100] as const;

export interface Milestone {
  /** Fraction of the goal, 0.25 .. 1. */
  fraction: number;
  /** Actions needed to reach it. */
  count: number;
  reached: boolean;
}

/** The 25/50/75/100 % milestones of a goal, and whether the confirmed count has reached each. */
export function goalMilestones(confirmed: number, goal: number | null): Milestone[] {
  if (!goal || goal <= 0) return [];
  return milestonePercents.map((percent) => {
    const count = Math.ceil((goal * percent) / 100);
    return { fraction: percent / 100, count, reached: confirmed >= count };
  });
}
