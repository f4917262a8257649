/**
 * An error whose message is meant for the user as it is: the CLI prints it on one
 * line without a stack trace and exits non-zero.
 */
export class UserError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "UserError";
  }
}
