/**
 * One time limit (a `timeout-minutes`) shared by programs that run one after another: each gets what the earlier
 * ones left, so the whole of them, not each one, is bounded. Only the time the programs run is charged.
 */
export class TimeBudget {
  private spent = 0;

  constructor(readonly minutes: number) {}

  get totalMs(): number {
    return this.minutes * 60_000;
  }

  /** What the programs run so far used. */
  get spentMs(): number {
    return this.spent;
  }

  /** What the next program may run for (never below 0). */
  remainingMs(): number {
    return Math.max(0, this.totalMs - this.spent);
  }

  charge(milliseconds: number): void {
    this.spent += Math.max(0, milliseconds);
  }
}
