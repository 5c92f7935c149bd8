// An error whose message is written for the organiser: it says what happened and what to do next.
// Anything else that escapes a handler is logged and replaced by a generic message.
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: string = 'invalid',
    /** The input field it is about, so a form can show it there. */
    readonly field?: string,
  ) {
    super(message)
    this.name = 'UserError'
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError
}
