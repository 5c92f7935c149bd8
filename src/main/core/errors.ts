// An error whose message is written for the organiser: it says what happened and what to do next.
// Anything else that escapes a handler is logged and replaced by a generic message.
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: string = 'invalid',
  ) {
    super(message)
    this.name = 'UserError'
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError
}
