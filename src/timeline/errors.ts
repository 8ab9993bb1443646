// What the timeline refuses, as domain errors: the CLI decides the exit code
// (cli/main.ts), the TUI shows the message.

/** The request names what is not there: a version without that language, an article not in a version, a date before the first version. */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/**
 * The request reads time backwards: `attribution` names the acts that made the
 * changes from an older version to a newer one, so the newer cannot come first.
 */
export class ReversedPairError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReversedPairError';
  }
}

/** The stored data contradicts itself: pending wording names a point its article does not have. */
export class PendingTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PendingTargetError';
  }
}
