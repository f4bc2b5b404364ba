export type DecodeFailure = 'binary' | 'encoding' | 'too-large';

/** Why a file could not be read as text; the message is shown to the user as one line. */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly reason: DecodeFailure,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}
