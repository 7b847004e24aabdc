/** Legal periods the determination engine checks, each with its article. */

/** A general licence is valid for at most 3 years (Regs Art. 15 ¶3). */
export const GENERAL_LICENCE_MAX_YEARS = 3;

/**
 * A serious administrative penalty for a dual-use export-control violation within the last 5 years
 * bars general licences and registration (Regs Art. 20(2)).
 */
export const SERIOUS_PENALTY_BAR_YEARS = 5;
