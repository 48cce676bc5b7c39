// The size cap on its own, so that a front end refusing oversize input before reading it loads
// nothing else of the core.

/** The size cap for one input: 1 MiB. */
export const maxInputBytes = 1024 * 1024;
